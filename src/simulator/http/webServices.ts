import type { OperationType } from "../ops/index.js"

/** One RouteOperationMapping entry: the operation's name in the web service, its type, method and route. */
export interface RouteMapping {
  readonly operation: string
  readonly type: OperationType
  readonly method: string
  readonly route: string
}

interface WebService {
  readonly name: string
  readonly id: number
  /** in OTRS's matching order: sorted by operation name */
  readonly routes: ReadonlyArray<RouteMapping & { readonly pattern: RegExp }>
}

const mapping = (operation: string, type: OperationType, method: string, route: string): RouteMapping => ({
  operation,
  type,
  method,
  route
})

const ticketConnector = [
  mapping("SessionCreate", "SessionCreate", "POST", "/Session"),
  mapping("SessionGet", "SessionGet", "GET", "/Session/:SessionID"),
  mapping("TicketCreate", "TicketCreate", "POST", "/Ticket"),
  mapping("TicketGet", "TicketGet", "GET", "/Ticket/:TicketID"),
  mapping("TicketGetList", "TicketGet", "GET", "/TicketList"),
  mapping("TicketSearch", "TicketSearch", "GET", "/Ticket"),
  mapping("TicketUpdate", "TicketUpdate", "PATCH", "/Ticket/:TicketID"),
  mapping("TicketHistoryGet", "TicketHistoryGet", "GET", "/TicketHistory/:TicketID")
]

/** As in shared/otrs-webservices/GenericConfigItemConnectorREST.yml. */
const configItemConnector = [
  mapping("SessionCreate", "SessionCreate", "POST", "/Session"),
  mapping("ConfigItemCreate", "ConfigItemCreate", "POST", "/ConfigItem"),
  mapping("ConfigItemGet", "ConfigItemGet", "GET", "/ConfigItem/:ConfigItemID"),
  mapping("ConfigItemSearch", "ConfigItemSearch", "POST", "/ConfigItem/Search"),
  mapping("ConfigItemUpdate", "ConfigItemUpdate", "PATCH", "/ConfigItem/:ConfigItemID"),
  mapping("ConfigItemDelete", "ConfigItemDelete", "DELETE", "/ConfigItem/:ConfigItemID"),
  mapping("TicketSearchPOST", "TicketSearch", "POST", "/TicketSearch")
]

/** The path OTRS matches, with `:Name` placeholders as named groups. */
const compile = (route: RouteMapping) => ({
  ...route,
  pattern: new RegExp(`^${route.route.replace(/:(\w+)/g, "(?<$1>[^/]+)")}$`)
})

const webService = (name: string, id: number, routes: ReadonlyArray<RouteMapping>): WebService => ({
  name,
  id,
  routes: [...routes].sort((a, b) => (a.operation < b.operation ? -1 : a.operation > b.operation ? 1 : 0)).map(compile)
})

/** As in otrs/OtrsMcp.yml, the web service otrs-mcp ships: what the tools use, nothing more. */
const otrsMcpOperations = new Set([
  "SessionCreate",
  "SessionGet",
  "TicketCreate",
  "TicketGet",
  "TicketSearch",
  "TicketSearchPOST",
  "TicketUpdate",
  "TicketHistoryGet",
  "ConfigItemGet",
  "ConfigItemSearch"
])
const otrsMcp = [...ticketConnector, ...configItemConnector.filter((route) => route.operation !== "SessionCreate")]
  .filter((route) => otrsMcpOperations.has(route.operation))

const webServices: ReadonlyArray<WebService> = [
  webService("GenericTicketConnectorREST", 1, ticketConnector),
  webService("GenericConfigItemConnectorREST", 2, configItemConnector),
  webService("OtrsMcp", 3, otrsMcp)
]

/** Every name a request's operation goes by: its name in a web service (TicketSearchPOST) and its type. */
export const operationNames: ReadonlySet<string> = new Set(
  webServices.flatMap((service) => service.routes.flatMap((route) => [route.operation, route.type]))
)

export const webServicesByName = new Map(webServices.map((service) => [service.name, service]))
export const webServicesById = new Map(webServices.map((service) => [String(service.id), service]))
