import {
  ConfigItemCreateResponse,
  ConfigItemDeleteResponse,
  ConfigItemGetResponse,
  ConfigItemUpdateResponse
} from "./ConfigItem.js"
import { TicketHistoryGetResponse } from "./History.js"
import { ConfigItemSearchResponse, TicketSearchResponse } from "./Search.js"
import { SessionCreateResponse, SessionGetResponse } from "./Session.js"
import { TicketCreateResponse, TicketGetResponse, TicketUpdateResponse } from "./Ticket.js"

/** The success payload of each GenericInterface operation; errors (`{"Error": ...}`) decode with OtrsErrorResponse. */
export const OperationResponses = {
  SessionCreate: SessionCreateResponse,
  SessionGet: SessionGetResponse,
  TicketCreate: TicketCreateResponse,
  TicketGet: TicketGetResponse,
  TicketGetList: TicketGetResponse,
  TicketSearch: TicketSearchResponse,
  TicketUpdate: TicketUpdateResponse,
  TicketHistoryGet: TicketHistoryGetResponse,
  ConfigItemGet: ConfigItemGetResponse,
  ConfigItemSearch: ConfigItemSearchResponse,
  ConfigItemCreate: ConfigItemCreateResponse,
  ConfigItemUpdate: ConfigItemUpdateResponse,
  ConfigItemDelete: ConfigItemDeleteResponse
} as const

export type OperationName = keyof typeof OperationResponses

export const isOperationName = (name: string): name is OperationName => Object.hasOwn(OperationResponses, name)
