import { Either, identity } from "effect"
import { leavesTls } from "../services/OtrsErrors.js"
import { interpretResponse, redirectTarget } from "../services/OtrsResponse.js"
import { operations, routeVariable } from "../services/OtrsRoutes.js"
import { type DoctorStep, fail, pass, skip } from "./DoctorStep.js"
import { isNoRoute, otrsErrorOf, probeExchange, type ProbeResult, type ProbeTarget } from "./probe.js"
import { webServiceLabel } from "./urlStep.js"
import { slowAnswerAdvice, within } from "./Wait.js"

/*
 * Both steps read the same request: SessionCreate's route without credentials, which OTRS answers with
 * SessionCreate.MissingParameter when the web service exists.
 */

export const checkRedirect = (target: ProbeTarget, result: ProbeResult): DoctorStep => {
  const name = "redirects"
  if (result._tag !== "Answered") return skip(name, "the request got no answer (see web service)")
  if (result.response.status < 300 || result.response.status >= 400) {
    return pass(name, target.url.protocol === "https:"
      ? "no redirect"
      : "the server answers on plain http without redirecting to https")
  }
  const { location, status } = result.response
  // the probe carries no secrets to conceal
  const redirect = redirectTarget(location, { url: target.url.href, routePath: target.routePath }, identity)
  // a Location that is no URL (`http://[bad-host/login`) says no more than a missing one
  if (redirect._tag !== "Url") {
    const unusable = redirect._tag === "Unusable" ? ` (its Location header, ${redirect.quoted}, is not a URL)` : ""
    return fail(name, `${target.shown} answers HTTP ${status} without saying where to${unusable}`,
      "Open OTRS_BASE_URL in a browser to see where it leads, and set OTRS_BASE_URL to that address.")
  }
  const { url: destination, baseUrl } = redirect
  const variable = urlVariable(target)
  if (leavesTls(target.url.href, destination)) {
    return fail(name,
      `${target.shown} is redirected (HTTP ${status}) from https to plain http: ${destination}`,
      `Keep ${variable} on https and have the redirect fixed on the server (its https site or proxy): following ` +
        "it would send the password and SessionIDs unencrypted.")
  }
  const toHttps = target.url.protocol === "http:" && destination.startsWith("https:")
  return fail(name,
    `${target.shown} is redirected (HTTP ${status}) to ${destination}${toHttps ? ": the server wants https" : ""}; ` +
      "otrs-mcp does not follow redirects, which would turn its POST requests into GETs",
    baseUrl === undefined
      ? `Set ${variable} to the web service URL on the server the redirect leads to.`
      : `Set OTRS_BASE_URL=${baseUrl}`)
}

/** The variable that sets the probed URL: OTRS_BASE_URL, or the route's own when it is a full URL. */
const urlVariable = (target: ProbeTarget) => target.routePath === "" ? routeVariable(target.operation) : "OTRS_BASE_URL"

const nameFix = (baseUrl: URL, target: ProbeTarget) =>
  "The web service name in " +
  (target.routePath === "" ? urlVariable(target) : `OTRS_BASE_URL (${webServiceLabel(baseUrl)})`) +
  " must match a web service in Admin → Web Services (names are case-sensitive), or import otrs/OtrsMcp.yml there " +
  "(Add web service → Import web service) as OtrsMcp."

const genericInterfaceFix = (target: ProbeTarget) =>
  target.routePath === ""
    ? `${urlVariable(target)} must lead to an operation of a GenericInterface web service, such as "` +
      `${target.route.method} https://host/otrs/nph-genericinterface.pl/Webservice/<name>` +
      `${operations[target.operation].path}" (/znuny/ or /otobo/ instead of /otrs/ on those).`
    : "OTRS_BASE_URL must be the GenericInterface URL of a web service, such as " +
      "https://host/otrs/nph-genericinterface.pl/Webservice/OtrsMcp (/znuny/ or /otobo/ instead of /otrs/ on those)."

/** A probe that reached no OTRS operation: what went wrong, naming the request, and what to do. */
export interface ProbeFailure {
  readonly detail: string
  readonly fix: string
}

/**
 * What is wrong when a probe got no answer from an OTRS operation nor OTRS's "no route" (which the callers tell
 * first), and what to do: the web service step reports it for SessionCreate's probe, the routes step for each
 * route's. Undefined when the answer is usable all the same. `baseFound`: the web service OTRS_BASE_URL names has
 * answered, so a connection closed on one of its routes is no sign of an unknown name.
 */
export const probeFailure = (
  baseUrl: URL,
  target: ProbeTarget,
  result: ProbeResult,
  baseFound: boolean
): ProbeFailure | undefined => {
  const failure = (detail: string, fix: string): ProbeFailure => ({ detail, fix })
  switch (result._tag) {
    case "TimedOut":
      return failure(`${target.shown} got no answer ${within(result.wait)}`,
        `OTRS or a proxy in front of it hangs: check the web server's error log. ${slowAnswerAdvice(result.wait)}`)
    case "NoAnswer":
      return result.problem === "ClosedWithoutAnswer" && !(baseFound && target.routePath !== "")
        ? failure(`the server closed the connection without answering ${target.shown}, which OTRS does for an ` +
          "unknown web service name", nameFix(baseUrl, target))
        : failure(`${target.shown} failed: ${result.detail}`,
          `Check that OTRS is running and reachable at ${urlVariable(target)}.`)
    case "Answered":
      break
  }
  const { response } = result
  return Either.match(interpretResponse(probeExchange(target), response), {
    onRight: () => undefined,
    onLeft: (error) => {
      switch (error._tag) {
        case "OtrsWebServiceError":
          if (error.problem === "HtmlPage") {
            return failure(`${target.shown} answers with an HTML page, not the GenericInterface`,
              genericInterfaceFix(target))
          }
          if (error.problem === "UnknownRoute") {
            return failure(`${target.shown} answers HTTP ${response.status}: there is no GenericInterface at ` +
              "that path", genericInterfaceFix(target))
          }
          return failure(`${target.shown}: ${error.detail}`,
            `Check ${urlVariable(target)} and any proxy authentication in front of OTRS.`)
        case "OtrsUnavailable":
          return failure(`${target.shown} answers HTTP ${error.status}: ${error.detail}`,
            "OTRS is failing: look at the web server's error log and OTRS's system log (Admin → System Log).")
        case "OtrsUnexpectedPayload":
          return failure(`${target.shown} does not answer like OTRS: ${error.detail}`, genericInterfaceFix(target))
        default:
          return undefined
      }
    }
  })
}

export const checkWebService = (baseUrl: URL, target: ProbeTarget, result: ProbeResult): DoctorStep => {
  const name = "web service"
  const label = webServiceLabel(baseUrl)
  if (result._tag === "Answered") {
    const answer = otrsErrorOf(result.response)
    if (answer !== undefined) return pass(name, `${label} answers (${answer.code || "an OTRS error object"})`)
    if (isNoRoute(result.response)) {
      return pass(name, `${label} answers, but has no ${target.route.method} route for SessionCreate (see routes)`)
    }
  }
  const failure = probeFailure(baseUrl, target, result, false)
  return failure === undefined ? pass(name, `${label} answers`) : fail(name, failure.detail, failure.fix)
}
