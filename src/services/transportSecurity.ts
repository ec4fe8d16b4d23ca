import type { ConfigWarning, OtrsConfigShape } from "./OtrsConfig.js"
import { type Operation, operationNames, type Routes, routeVariable } from "./OtrsRoutes.js"

/**
 * Where the password and SessionIDs would cross a network unencrypted, or go to a server nobody checked: warned
 * about when the server starts (cli/Connection) and by doctor's URL step.
 */

// an address in 127.0.0.0/8, not a name that starts with "127." (127.corp.example.com)
const isLoopback = (host: string) =>
  host === "localhost" || host.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(host) || host === "[::1]"

/** The password and the session would travel unencrypted to this URL, and across a network. */
const isPlainHttp = (url: URL): boolean => url.protocol === "http:" && !isLoopback(url.hostname)

/** The routes given as full URLs in plain http. */
const plainHttpRoutes = (routes: Routes): ReadonlyArray<Operation> =>
  operationNames.filter((operation) => {
    const { path } = routes[operation]
    return URL.canParse(path) && isPlainHttp(new URL(path))
  })

/**
 * Plain http to another machine, in OTRS_BASE_URL (shown without its query) or else in a route given as a full URL,
 * which the base URL's own warning does not cover when it is https.
 */
export const plainHttpWarnings = (baseUrl: URL, routes: Routes): ReadonlyArray<ConfigWarning> => {
  if (isPlainHttp(baseUrl)) {
    return [{
      detail: `${baseUrl.origin}${baseUrl.pathname} uses plain http: the password and session travel unencrypted`,
      fix: "Use https:// in OTRS_BASE_URL if the server offers it."
    }]
  }
  const operations = plainHttpRoutes(routes)
  if (operations.length === 0) return []
  const variables = operations.map(routeVariable).join(", ")
  const secrets = operations.includes("SessionCreate") ? "the password and session travel" : "the session travels"
  return [{
    detail: `${variables} ${operations.length === 1 ? "uses" : "use"} plain http: ${secrets} unencrypted`,
    fix: `Use https:// in ${variables} if the server offers it.`
  }]
}

const unverifiedWarning: ConfigWarning = {
  detail: "OTRS_VERIFY_SSL=false: the server's certificate is not checked, so anyone on the network path could pose " +
    "as OTRS and take the password",
  fix: "Set OTRS_CA_FILE to the CA bundle that signed the certificate and remove OTRS_VERIFY_SSL=false."
}

const usesTls = ({ baseUrl, routes }: OtrsConfigShape) =>
  [baseUrl, ...operationNames.map((operation) => routes[operation].path)].some((url) => /^https:/i.test(url))

/** What the server warns about at start, as doctor does in its URL and TLS steps. */
export const insecureTransportWarnings = (config: OtrsConfigShape): ReadonlyArray<ConfigWarning> => [
  ...plainHttpWarnings(new URL(config.baseUrl), config.routes),
  ...(config.verifySsl || !usesTls(config) ? [] : [unverifiedWarning])
]
