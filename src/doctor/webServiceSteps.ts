import { Duration, Either, identity } from "effect"
import { interpretResponse, redirectTarget } from "../services/OtrsResponse.js"
import { type DoctorStep, fail, pass, skip } from "./DoctorStep.js"
import { isNoRoute, otrsErrorOf, probeExchange, type ProbeResult, type ProbeTarget } from "./probe.js"
import { webServiceLabel } from "./urlStep.js"

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
  const toHttps = target.url.protocol === "http:" && destination.startsWith("https:")
  return fail(name,
    `${target.shown} is redirected (HTTP ${status}) to ${destination}${toHttps ? ": the server wants https" : ""}; ` +
      "otrs-mcp does not follow redirects, which would turn its POST requests into GETs",
    baseUrl === undefined
      ? "Set OTRS_BASE_URL to the web service URL on the server the redirect leads to."
      : `Set OTRS_BASE_URL=${baseUrl}`)
}

const nameFix = (baseUrl: URL) =>
  `The name in OTRS_BASE_URL (${webServiceLabel(baseUrl)}) must match a web service in Admin → Web Services ` +
  "(names are case-sensitive), or import otrs/OtrsMcp.yml there (Add web service → Import web service) as OtrsMcp."

const genericInterfaceFix = "OTRS_BASE_URL must be the GenericInterface URL of a web service, such as " +
  "https://host/otrs/nph-genericinterface.pl/Webservice/OtrsMcp (/znuny/ or /otobo/ instead of /otrs/ on those)."

export const checkWebService = (baseUrl: URL, target: ProbeTarget, result: ProbeResult): DoctorStep => {
  const name = "web service"
  const label = webServiceLabel(baseUrl)
  switch (result._tag) {
    case "TimedOut":
      return fail(name, `${target.shown} got no answer within ${Duration.toSeconds(result.timeout)} s`,
        "OTRS or a proxy in front of it hangs: check the web server's error log, or raise OTRS_TIMEOUT_MS if " +
          "the server is just slow.")
    case "NoAnswer":
      return result.problem === "ClosedWithoutAnswer"
        ? fail(name, `the server closed the connection without answering ${target.shown}, which OTRS does for ` +
          `an unknown web service name`, nameFix(baseUrl))
        : fail(name, `${target.shown} failed: ${result.detail}`,
          "Check that OTRS is running and reachable at OTRS_BASE_URL.")
    case "Answered":
      break
  }
  const { response } = result
  const answer = otrsErrorOf(response)
  if (answer !== undefined) return pass(name, `${label} answers (${answer.code || "an OTRS error object"})`)
  if (isNoRoute(response)) {
    return pass(name, `${label} answers, but has no ${target.route.method} route for SessionCreate (see routes)`)
  }
  return Either.match(interpretResponse(probeExchange(target), response), {
    onRight: () => pass(name, `${label} answers`),
    onLeft: (error) => {
      switch (error._tag) {
        case "OtrsWebServiceError":
          if (error.problem === "HtmlPage") {
            return fail(name, `${target.shown} answers with an HTML page, not the GenericInterface`, genericInterfaceFix)
          }
          if (error.problem === "UnknownRoute") {
            return fail(name, `${target.shown} answers HTTP ${response.status}: there is no GenericInterface at ` +
              "that path", genericInterfaceFix)
          }
          return fail(name, error.detail, "Check OTRS_BASE_URL and any proxy authentication in front of OTRS.")
        case "OtrsUnavailable":
          return fail(name, `${target.shown} answers HTTP ${error.status}: ${error.detail}`,
            "OTRS is failing: look at the web server's error log and OTRS's system log (Admin → System Log).")
        case "OtrsUnexpectedPayload":
          return fail(name, `${target.shown} does not answer like OTRS: ${error.detail}`, genericInterfaceFix)
        default:
          return pass(name, `${label} answers`)
      }
    }
  })
}
