import { withoutQuery } from "../services/OtrsResponse.js"
import { type Operation, operationNames, type Routes, routeVariable } from "../services/OtrsRoutes.js"
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

const isLoopback = (host: string) =>
  host === "localhost" || host.endsWith(".localhost") || host.startsWith("127.") || host === "[::1]"

/** The password and the session would travel unencrypted to this URL, and across a network. */
const isPlainHttp = (url: URL) => url.protocol === "http:" && !isLoopback(url.hostname)

/** The routes given as full URLs in plain http, which the base URL's own warning does not cover when it is https. */
const plainHttpRoutes = (routes: Routes): ReadonlyArray<Operation> =>
  operationNames.filter((operation) => {
    const { path } = routes[operation]
    return URL.canParse(path) && isPlainHttp(new URL(path))
  })

const plainHttpWarning = (operations: ReadonlyArray<Operation>) => {
  if (operations.length === 0) return []
  const variables = operations.map(routeVariable).join(", ")
  const secrets = operations.includes("SessionCreate") ? "the password and session travel" : "the session travels"
  return [{
    detail: `${variables} ${operations.length === 1 ? "uses" : "use"} plain http: ${secrets} unencrypted`,
    fix: `Use https:// in ${variables} if the server offers it.`
  }]
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
    ...(isPlainHttp(url)
      ? [{
        detail: `${shown} uses plain http: the password and session travel unencrypted`,
        fix: "Use https:// in OTRS_BASE_URL if the server offers it."
      }]
      : plainHttpWarning(plainHttpRoutes(routes)))
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
