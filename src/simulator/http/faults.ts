import type { Fault, FaultScope } from "../types.js"

interface ActiveFault {
  readonly fault: Fault
  remaining: number | undefined
  readonly operations: ReadonlyArray<string> | undefined
}

interface FaultPlan {
  /** summed latency of the matching latency faults */
  readonly delayMs: number
  /** the first matching fault of another kind */
  readonly fault: Fault | undefined
}

export interface Faults {
  readonly inject: (fault: Fault, scope?: FaultScope) => void
  readonly clear: () => void
  /** what to do to a request for these operation names (empty when it reaches no operation); counts it against `times` */
  readonly plan: (operations: ReadonlyArray<string>) => FaultPlan
}

const none: FaultPlan = { delayMs: 0, fault: undefined }

const kinds: ReadonlyArray<Fault["kind"]> = ["latency", "status", "html", "reset", "malformedJson", "redirect", "hang"]

/**
 * Why a fault cannot be injected, or undefined: a test whose fault never hits (a misspelt operation, a kind this
 * simulator lacks) would pass for the wrong reason, and one Node cannot send would fail on a 500 of its own.
 */
const faultProblem = (fault: Fault, scope: FaultScope | undefined, operations: ReadonlySet<string>) => {
  if (!kinds.includes(fault.kind)) return `unknown fault kind ${JSON.stringify(fault.kind)}; one of ${kinds.join(", ")}`
  if (fault.kind === "latency" && !(Number.isFinite(fault.ms) && fault.ms >= 0)) {
    return `latency ms must be a number of milliseconds >= 0, not ${fault.ms}`
  }
  // 1xx are interim answers, after which a client waits for the real one
  if (fault.kind === "status" && !(Number.isInteger(fault.status) && fault.status >= 200 && fault.status <= 599)) {
    return `status must be an HTTP status from 200 to 599, not ${fault.status}`
  }
  // what Node lets into a header value
  if (fault.kind === "redirect" && /[^\t\x20-\x7e\x80-\xff]/.test(fault.location)) {
    return "a redirect location may hold only the characters of an HTTP header (percent-encode the others)"
  }
  const unknown = (scope?.operations ?? []).filter((name) => !operations.has(name))
  if (unknown.length === 0) return undefined
  const near = unknown.map((name) => [...operations].find((known) => known.toLowerCase() === name.toLowerCase()))
  return `no operation is called ${unknown.map((name) => JSON.stringify(name)).join(", ")}` +
    (near.some((name) => name !== undefined) ? ` (did you mean ${near.filter(Boolean).join(", ")}?)` : "") +
    `; the operations are ${[...operations].join(", ")}`
}

/** `operations`: every name a request's operation may go by (its name in a web service, and its type). */
export const makeFaults = (operations: ReadonlySet<string>): Faults => {
  let active: Array<ActiveFault> = []
  const matches = (entry: ActiveFault, operations: ReadonlyArray<string>) =>
    entry.operations === undefined || entry.operations.some((name) => operations.includes(name))
  const use = (entry: ActiveFault) => {
    if (entry.remaining !== undefined) entry.remaining--
  }
  return {
    inject: (fault, scope) => {
      const problem = faultProblem(fault, scope, operations)
      if (problem !== undefined) throw new TypeError(`The simulator cannot inject this fault: ${problem}.`)
      if (scope?.times !== undefined && scope.times <= 0) return
      active.push({ fault, remaining: scope?.times, operations: scope?.operations })
    },
    clear: () => {
      active = []
    },
    plan: (operations) => {
      if (active.length === 0) return none
      let delayMs = 0
      let fault: Fault | undefined
      for (const entry of active) {
        if (!matches(entry, operations)) continue
        if (entry.fault.kind === "latency") {
          delayMs += entry.fault.ms
          use(entry)
        } else if (fault === undefined) {
          fault = entry.fault
          use(entry)
        }
      }
      active = active.filter((entry) => entry.remaining !== 0)
      return { delayMs, fault }
    }
  }
}
