import { type RouteMapping, webServicesById, webServicesByName } from "./webServices.js"

export type Resolution =
  | { readonly kind: "operation"; readonly route: RouteMapping; readonly params: Readonly<Record<string, string>> }
  /** OTRS closes the connection without an answer */
  | { readonly kind: "unknownWebService" }
  /** HTTP 500 "HTTP::REST Error while determine Operation for request URI '<path>'." */
  | { readonly kind: "unknownRoute"; readonly path: string }
  | { readonly kind: "notGenericInterface" }

const prefix = /^\/[^/]+\/nph-genericinterface\.pl\/(Webservice|WebserviceID)\/([^/]+)(\/.*)?$/

const decode = (value: string) => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** Finds the web service and the first route (in OTRS's order) whose path and method match. */
export const resolve = (method: string, pathname: string): Resolution => {
  const match = prefix.exec(pathname)
  if (match === null) return { kind: "notGenericInterface" }
  const [, by, key, rest] = match
  const service = by === "Webservice" ? webServicesByName.get(decode(key!)) : webServicesById.get(key!)
  if (service === undefined) return { kind: "unknownWebService" }
  const path = rest ?? ""
  for (const route of service.routes) {
    if (route.method !== method) continue
    const found = route.pattern.exec(path)
    if (found === null) continue
    const params: Record<string, string> = {}
    for (const [name, value] of Object.entries(found.groups ?? {})) params[name] = decode(value)
    return { kind: "operation", route, params }
  }
  return { kind: "unknownRoute", path }
}
