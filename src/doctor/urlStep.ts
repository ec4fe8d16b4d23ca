import { withoutQuery } from "../services/OtrsResponse.js"
import type { Routes } from "../services/OtrsRoutes.js"
import { plainHttpWarnings } from "../services/transportSecurity.js"
import { type DoctorStep, pass, warn } from "./DoctorStep.js"

const name = "URL"

/** `/otrs/nph-genericinterface.pl/Webservice/OtrsMcp`, `/otobo/...`, `/znuny/...`, or `/.../WebserviceID/3` */
const genericInterfacePath = /^(?:\/[^/]+)*\/nph-genericinterface\.pl\/(?:Webservice\/([^/]+)|WebserviceID\/(\d+))$/

/** How the web service is named in OTRS_BASE_URL, for messages ("web service 'OtrsMcp'"). */
export const webServiceLabel = (baseUrl: URL): string => {
  const match = genericInterfacePath.exec(baseUrl.pathname)
  if (match?.[1] !== undefined) return `web service '${decodeURIComponent(match[1])}'`
  if (match?.[2] !== undefined) return `web service with ID ${match[2]}`
  return "the web service"
}

/**
 * Checks the shape of OTRS_BASE_URL, and the scheme of the routes given as full URLs, without touching the network;
 * the configuration has refused any scheme but http(s), a query string and user@ before.
 */
export const checkUrl = (baseUrl: string, routes: Routes): DoctorStep => {
  const url = new URL(baseUrl)
  const shown = withoutQuery(url)
  const warnings = [
    ...(genericInterfacePath.test(url.pathname)
      ? []
      : [{
        detail: `the path ${url.pathname} does not look like a GenericInterface web service URL`,
        fix: pathFix(url)
      }]),
    ...plainHttpWarnings(url, routes)
  ]
  if (warnings.length === 0) return pass(name, `${shown} (${webServiceLabel(url)})`)
  return warn(name, warnings.map(({ detail }) => detail).join("\n"), warnings.map(({ fix }) => fix).join(" "))
}

const pathFix = (url: URL): string => {
  const script = /^(.*?\/)(?:nph-)?(?:index|customer|public|genericinterface)\.pl(?:\/|$)/.exec(url.pathname)
  const prefix = script?.[1] ?? "/otrs/"
  const suggestion = `${url.origin}${prefix}nph-genericinterface.pl/Webservice/<name>`
  if (/\/nph-genericinterface\.pl\/Webservice\/[^/]+\//.test(url.pathname)) {
    return "OTRS_BASE_URL must end with the web service name; routes such as /Ticket are added by otrs-mcp " +
      "(change a route with its OTRS_ROUTE_* variable)."
  }
  return `OTRS_BASE_URL should look like ${suggestion} (paths start with /otrs/, /znuny/ or /otobo/ depending on ` +
    "the installation; <name> is the web service's name in Admin → Web Services)."
}
