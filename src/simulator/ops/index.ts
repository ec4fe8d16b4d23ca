import { configItemCreate } from "./configItemCreate.js"
import { configItemDelete } from "./configItemDelete.js"
import { configItemGet } from "./configItemGet.js"
import { configItemSearch } from "./configItemSearch.js"
import { configItemUpdate } from "./configItemUpdate.js"
import type { Operation } from "./operation.js"
import { sessionCreate } from "./sessionCreate.js"
import { sessionGet } from "./sessionGet.js"
import { ticketCreate } from "./ticketCreate.js"
import { ticketGet } from "./ticketGet.js"
import { ticketHistoryGet } from "./ticketHistoryGet.js"
import { ticketSearch } from "./ticketSearch.js"
import { ticketUpdate } from "./ticketUpdate.js"

/** The operation types (OTRS's `Ticket::TicketGet` etc. without the namespace) a web service can map routes to. */
export const operationTypes = {
  SessionCreate: sessionCreate,
  SessionGet: sessionGet,
  TicketCreate: ticketCreate,
  TicketGet: ticketGet,
  TicketSearch: ticketSearch,
  TicketUpdate: ticketUpdate,
  TicketHistoryGet: ticketHistoryGet,
  ConfigItemCreate: configItemCreate,
  ConfigItemGet: configItemGet,
  ConfigItemSearch: configItemSearch,
  ConfigItemUpdate: configItemUpdate,
  ConfigItemDelete: configItemDelete
} as const satisfies Record<string, Operation>

export type OperationType = keyof typeof operationTypes
