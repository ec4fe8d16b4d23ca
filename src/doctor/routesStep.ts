import { type Duration, Effect } from "effect"
import { type Operation, operationNames, type Routes, routeVariable } from "../services/OtrsRoutes.js"
import type { OtrsTransportShape } from "../services/OtrsTransport.js"
import { type DoctorStep, fail, pass, warn } from "./DoctorStep.js"
import { isNoRoute, otrsErrorOf, probe, type ProbeResult, probeTarget, type ProbeTarget } from "./probe.js"

/** How one operation's route answered a request without credentials. */
type RouteFinding =
  | { readonly _tag: "Present"; readonly operation: Operation }
  | { readonly _tag: "Missing"; readonly operation: Operation; readonly target: ProbeTarget }
  | { readonly _tag: "Elsewhere"; readonly operation: Operation; readonly target: ProbeTarget; readonly answeredBy: string }
  | { readonly _tag: "Unchecked"; readonly operation: Operation; readonly target: ProbeTarget; readonly reason: string }

/** The OTRS operation each key stands for: the POST search route runs TicketSearch. */
const otrsOperation = (operation: Operation): string => operation === "TicketSearchPost" ? "TicketSearch" : operation

const isConfigItem = (operation: Operation) => operation.startsWith("ConfigItem")

export const findRoute = (target: ProbeTarget, result: ProbeResult): RouteFinding => {
  const { operation } = target
  switch (result._tag) {
    case "TimedOut":
      return { _tag: "Unchecked", operation, target, reason: "no answer in time" }
    case "NoAnswer":
      return { _tag: "Unchecked", operation, target, reason: result.detail }
    case "Answered":
      break
  }
  const { response } = result
  if (isNoRoute(response)) {
    return { _tag: "Missing", operation, target }
  }
  const answer = otrsErrorOf(response)
  if (answer === undefined) {
    return response.status === 200 && response.contentType.includes("json")
      ? { _tag: "Present", operation }
      : { _tag: "Unchecked", operation, target, reason: `HTTP ${response.status} (${response.contentType || "no content type"})` }
  }
  // Web service operations may carry a suffix (TicketSearchPOST); the code names the OTRS operation behind it.
  const expected = otrsOperation(operation).toLowerCase()
  return answer.operation === undefined || answer.operation.toLowerCase().startsWith(expected)
    ? { _tag: "Present", operation }
    : { _tag: "Elsewhere", operation, target, answeredBy: answer.operation }
}

export const probeRoutes = (
  transport: OtrsTransportShape,
  baseUrl: string,
  routes: Routes,
  timeout: Duration.Duration
): Effect.Effect<ReadonlyArray<RouteFinding>> =>
  Effect.forEach(operationNames, (operation) => {
    const target = probeTarget(baseUrl, operation, routes[operation])
    return Effect.map(probe(transport, target, timeout), (result) => findRoute(target, result))
  }, { concurrency: 3 })

const routeOf = (finding: { readonly operation: Operation; readonly target: ProbeTarget }) =>
  `${finding.operation} (${finding.target.route.method} ${finding.target.route.path})`

export const judgeRoutes = (findings: ReadonlyArray<RouteFinding>): DoctorStep => {
  const name = "routes"
  const present = findings.filter((finding) => finding._tag === "Present")
  const missing = findings.filter((finding) => finding._tag === "Missing")
  const elsewhere = findings.filter((finding) => finding._tag === "Elsewhere")
  const unchecked = findings.filter((finding) => finding._tag === "Unchecked")
  const blocking = [...missing, ...elsewhere, ...unchecked].filter((finding) => !isConfigItem(finding.operation))
  const summary = [
    `${present.length} of ${findings.length} operations answer on their routes`,
    ...missing.map((finding) => `missing: ${routeOf(finding)}`),
    ...elsewhere.map((finding) => `mapped elsewhere: ${routeOf(finding)} runs ${finding.answeredBy}`),
    ...unchecked.map((finding) => `not checked: ${routeOf(finding)}: ${finding.reason}`)
  ].join("\n")
  const fix = routesFix([...missing, ...elsewhere, ...unchecked].map((finding) => finding.operation))
  if (blocking.length > 0) return fail(name, summary, fix)
  if (present.length < findings.length) {
    return warn(name, `${summary}\nthe config-item tools will not work (ITSM Configuration Management is optional)`, fix)
  }
  return pass(name, summary)
}

const routesFix = (operations: ReadonlyArray<Operation>) =>
  "Import otrs/OtrsMcp.yml, the web service definition otrs-mcp ships (Admin → Web Services → Add web service → " +
  "Import web service), or add the missing routes to your web service, or point " +
  operations.map(routeVariable).join(", ") + " at the routes your web service uses (\"METHOD /path\")." +
  (operations.some(isConfigItem) ? " ConfigItem operations need the ITSM Configuration Management package." : "")

/** Operations whose routes answered as expected, for the steps that call them. */
export const presentOperations = (findings: ReadonlyArray<RouteFinding>): ReadonlySet<Operation> =>
  new Set(findings.filter((finding) => finding._tag === "Present").map((finding) => finding.operation))
