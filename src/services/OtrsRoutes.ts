/**
 * The GenericInterface operations otrs-mcp calls, with the stock routes: GenericTicketConnectorREST's for the ticket
 * and session operations, and GenericConfigItemConnectorREST's (shared/otrs-webservices) for config items and the
 * POST ticket search. Admins may map other routes per web service: each is overridable by its OTRS_ROUTE_* variable.
 */
type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE"

export interface Route {
  readonly method: HttpMethod
  /** relative to OTRS_BASE_URL (`/Ticket/:TicketID`), or an absolute URL for an operation in another web service */
  readonly path: string
}

export const operations = {
  SessionCreate: { method: "POST", path: "/Session" },
  SessionGet: { method: "GET", path: "/Session/:SessionID" },
  TicketCreate: { method: "POST", path: "/Ticket" },
  TicketGet: { method: "GET", path: "/Ticket/:TicketID" },
  TicketSearch: { method: "GET", path: "/Ticket" },
  TicketSearchPost: { method: "POST", path: "/TicketSearch" },
  TicketUpdate: { method: "PATCH", path: "/Ticket/:TicketID" },
  TicketHistoryGet: { method: "GET", path: "/TicketHistory/:TicketID" },
  ConfigItemGet: { method: "GET", path: "/ConfigItem/:ConfigItemID" },
  ConfigItemSearch: { method: "POST", path: "/ConfigItem/Search" }
} as const satisfies Record<string, Route>

export type Operation = keyof typeof operations
export type Routes = { readonly [K in Operation]: Route }

export const operationNames = Object.keys(operations) as ReadonlyArray<Operation>

/** `TicketHistoryGet` -> `OTRS_ROUTE_TICKET_HISTORY_GET` */
export const routeVariable = (operation: Operation): string =>
  `OTRS_ROUTE_${operation.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase()}`

const methods: ReadonlyArray<HttpMethod> = ["GET", "POST", "PATCH", "PUT", "DELETE"]

/** Parses `PATCH /Ticket/:TicketID` or `/Ticket/:TicketID` (keeping the stock method). */
export const parseRoute = (operation: Operation, text: string): Route | string => {
  const parts = text.trim().split(/\s+/)
  const [first, second] = parts
  if (parts.length === 1 && first !== undefined && isPath(first)) {
    return { method: operations[operation].method, path: first }
  }
  if (parts.length === 2 && first !== undefined && second !== undefined && isPath(second)) {
    const method = first.toUpperCase() as HttpMethod
    if (methods.includes(method)) return { method, path: second }
  }
  const { method, path } = operations[operation]
  return `expected "[METHOD] /path" or "[METHOD] https://host/full/path", e.g. "${method} ${path}"`
}

const isFullUrl = (path: string) => /^https?:\/\//i.test(path)

const isPath = (text: string) => text.startsWith("/") || isFullUrl(text)

/**
 * The URL parser would drop user:password@ without a word, and messages quote routes: the credentials are refused
 * without being repeated. Shared with OTRS_BASE_URL's check (OtrsConfig).
 */
export const credentialsInUrl = "contains a user name or password (user:password@): remove it, OTRS_USERNAME and " +
  "OTRS_PASSWORD carry the credentials"

/** What makes a well-formed route unfit for its operation, a sentence per problem; none when it fits. */
export const routeProblems = (operation: Operation, route: Route): ReadonlyArray<string> => {
  if (isFullUrl(route.path)) {
    // OtrsHttp and doctor build the request's URL from it
    if (!URL.canParse(route.path)) {
      return [`not a URL; expected a path such as "${operations[operation].path}" or a full URL such as ` +
        `"https://host/otrs/nph-genericinterface.pl/Webservice/Name${operations[operation].path}"`]
    }
    const { password, username } = new URL(route.path)
    // the other problems would quote the route, and with it the password
    if (username !== "" || password !== "") return [credentialsInUrl]
  }
  return [...passwordInUrl(operation, route), ...unfilledPlaceholders(operation, route)]
}

/**
 * SessionCreate carries the password, and a GET request carries its parameters in the URL's query string, which web
 * servers and proxies write to their logs; every other method sends them in the body (see OtrsHttp).
 */
const passwordInUrl = (operation: Operation, route: Route): ReadonlyArray<string> =>
  operation === "SessionCreate" && route.method === "GET"
    ? [`GET would send the password in the URL's query string, which web servers and proxies write to their logs; ` +
      `use POST, e.g. "POST ${route.path}"`]
    : []

/**
 * The `:Name` placeholders in a route, found as OtrsHttp fills them; a full URL's port (`host:8443`) is none. Its
 * scheme and authority are left out, as the pattern would take a port for one.
 */
const placeholdersIn = (path: string): ReadonlyArray<string> =>
  Array.from(path.replace(/^https?:\/\/[^/?#]*/i, "").matchAll(/:(\w+)/g), (match) => match[1]!)

/**
 * OtrsClient gives values for the placeholders of each operation's stock route, and only those; a custom route may
 * leave them out (OtrsHttp then sends them in the query string or the body). Any other placeholder would reach OTRS
 * as written, and its "not found" would blame the object asked for.
 */
const unfilledPlaceholders = (operation: Operation, route: Route): ReadonlyArray<string> => {
  const filled = placeholdersIn(operations[operation].path)
  const unfilled = [...new Set(placeholdersIn(route.path))].filter((name) => !filled.includes(name))
  if (unfilled.length === 0) return []
  const [these, them] = unfilled.length === 1 ? ["the placeholder", "it"] : ["the placeholders", "them"]
  const fills = filled.length === 0 ? "none: remove it" : filled.map((name) => `:${name}`).join(", ")
  return [`${these} ${unfilled.map((name) => `:${name}`).join(", ")} ${unfilled.length === 1 ? "is" : "are"} not ` +
    `filled by ${operation} (OTRS would get ${them} as written); ${operation} fills ${fills}`]
}
