/**
 * The GenericInterface operations otrs-mcp calls, with the stock routes: GenericTicketConnectorREST's for the ticket
 * and session operations, and GenericConfigItemConnectorREST's (shared/otrs-webservices) for config items and the
 * POST ticket search. Admins may map other routes per web service: each is overridable by its OTRS_ROUTE_* variable.
 */
export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE"

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
  return `expected "[METHOD] /path" or "[METHOD] https://host/full/path", e.g. "${operations[operation].method} ${operations[operation].path}"`
}

const isPath = (text: string) => text.startsWith("/") || /^https?:\/\//i.test(text)
