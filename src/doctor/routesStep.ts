import { Effect } from "effect"
import { type Operation, operationNames, type Routes, routeVariable } from "../services/OtrsRoutes.js"
import type { OtrsTransportShape } from "../services/OtrsTransport.js"
import { type DoctorStep, fail, pass, warn } from "./DoctorStep.js"
import { isNoRoute, otrsErrorOf, probe, type ProbeResult, probeTarget, type ProbeTarget } from "./probe.js"
import type { Wait } from "./Wait.js"
import { type ProbeFailure, probeFailure } from "./webServiceSteps.js"

/** How one operation's route answered a request without credentials. */
type RouteFinding =
  | { readonly _tag: "Present"; readonly operation: Operation }
  | { readonly _tag: "Missing"; readonly operation: Operation; readonly target: ProbeTarget }
  | { readonly _tag: "Elsewhere"; readonly operation: Operation; readonly target: ProbeTarget; readonly answeredBy: string }
  /** the route may well exist: the server failed to answer through it */
  | { readonly _tag: "Failing"; readonly operation: Operation; readonly failure: ProbeFailure }

/** The OTRS operation each key stands for: the POST search route runs TicketSearch. */
const otrsOperation = (operation: Operation): string => operation === "TicketSearchPost" ? "TicketSearch" : operation

const isConfigItem = (operation: Operation) => operation.startsWith("ConfigItem")

/**
 * Only OTRS's "no route" and a 404 or 405 say the route is missing; any other failure is the server's, and gets the
 * web service step's advice for it. `baseFound`: the web service of OTRS_BASE_URL answered (see probeFailure).
 */
export const findRoute = (baseUrl: URL, target: ProbeTarget, result: ProbeResult, baseFound: boolean): RouteFinding => {
  const { operation } = target
  if (result._tag === "Answered") {
    const { response } = result
    if (isNoRoute(response) || response.status === 404 || response.status === 405) {
      return { _tag: "Missing", operation, target }
    }
    const answer = otrsErrorOf(response)
    if (answer !== undefined) {
      // Web service operations may carry a suffix (TicketSearchPOST); the code names the OTRS operation behind it.
      const expected = otrsOperation(operation).toLowerCase()
      return answer.operation === undefined || answer.operation.toLowerCase().startsWith(expected)
        ? { _tag: "Present", operation }
        : { _tag: "Elsewhere", operation, target, answeredBy: answer.operation }
    }
  }
  const failure = probeFailure(baseUrl, target, result, baseFound)
  return failure === undefined ? { _tag: "Present", operation } : { _tag: "Failing", operation, failure }
}

/** Runs once the web service step passed: on OTRS_BASE_URL's web service, unless SessionCreate's route is elsewhere. */
export const probeRoutes = (
  transport: OtrsTransportShape,
  baseUrl: string,
  routes: Routes,
  wait: Wait
): Effect.Effect<ReadonlyArray<RouteFinding>> => {
  const webService = new URL(baseUrl)
  const baseFound = probeTarget(baseUrl, "SessionCreate", routes.SessionCreate).routePath !== ""
  return Effect.forEach(operationNames, (operation) => {
    const target = probeTarget(baseUrl, operation, routes[operation])
    return Effect.map(probe(transport, target, wait), (result) => findRoute(webService, target, result, baseFound))
  }, { concurrency: 3 })
}

const routeOf = (finding: { readonly operation: Operation; readonly target: ProbeTarget }) =>
  `${finding.operation} (${finding.target.route.method} ${finding.target.route.path})`

export const judgeRoutes = (findings: ReadonlyArray<RouteFinding>): DoctorStep => {
  const name = "routes"
  const present = findings.filter((finding) => finding._tag === "Present")
  const missing = findings.filter((finding) => finding._tag === "Missing")
  const elsewhere = findings.filter((finding) => finding._tag === "Elsewhere")
  const failing = findings.filter((finding) => finding._tag === "Failing")
  const misrouted = [...missing, ...elsewhere]
  const blocking = [...misrouted, ...failing].filter((finding) => !isConfigItem(finding.operation))
  const summary = [
    `${present.length} of ${findings.length} operations answer on their routes`,
    ...missing.map((finding) => `missing: ${routeOf(finding)}`),
    ...elsewhere.map((finding) => `mapped elsewhere: ${routeOf(finding)} runs ${finding.answeredBy}`),
    ...failing.map((finding) => `failing: ${finding.operation}: ${finding.failure.detail}`)
  ].join("\n")
  const fix = [
    ...(misrouted.length === 0 ? [] : [routesFix(misrouted.map((finding) => finding.operation))]),
    ...new Set(failing.map((finding) => finding.failure.fix))
  ].join(" ")
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
