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

export const makeFaults = (): Faults => {
  let active: Array<ActiveFault> = []
  const matches = (entry: ActiveFault, operations: ReadonlyArray<string>) =>
    entry.operations === undefined || entry.operations.some((name) => operations.includes(name))
  const use = (entry: ActiveFault) => {
    if (entry.remaining !== undefined) entry.remaining--
  }
  return {
    inject: (fault, scope) => {
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
