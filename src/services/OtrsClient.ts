import { Context, type Effect } from "effect"
import type { ConfigItem, SessionInfo, Ticket, TicketCreated, TicketHistory, TicketUpdated } from "../schemas/Domain.js"
import type {
  ConfigItemSearchRequest,
  TicketCreateRequest,
  TicketGetRequest,
  TicketSearchRequest,
  TicketUpdateRequest
} from "../schemas/Requests.js"
import type { OtrsError } from "./OtrsErrors.js"

/** One typed method per GenericInterface operation; sessions, retries and errors are handled inside. */
export interface OtrsClientShape {
  /** Logs in anew (replacing the shared session) and reports who is logged in. */
  readonly sessionCreate: Effect.Effect<SessionInfo, OtrsError>
  /** Who the shared session belongs to (logs in first if needed). */
  readonly sessionGet: Effect.Effect<SessionInfo, OtrsError>
  readonly ticketCreate: (request: TicketCreateRequest) => Effect.Effect<TicketCreated, OtrsError>
  readonly ticketGet: (request: TicketGetRequest) => Effect.Effect<ReadonlyArray<Ticket>, OtrsError>
  /** Ticket ids in OTRS's order; uses the POST search route when `DynamicField` conditions are given. */
  readonly ticketSearch: (request: TicketSearchRequest) => Effect.Effect<ReadonlyArray<number>, OtrsError>
  readonly ticketUpdate: (request: TicketUpdateRequest) => Effect.Effect<TicketUpdated, OtrsError>
  readonly ticketHistoryGet: (
    ticketIds: readonly [number, ...Array<number>]
  ) => Effect.Effect<ReadonlyArray<TicketHistory>, OtrsError>
  readonly configItemGet: (
    configItemIds: readonly [number, ...Array<number>],
    options?: { readonly attachments?: boolean }
  ) => Effect.Effect<ReadonlyArray<ConfigItem>, OtrsError>
  readonly configItemSearch: (request: ConfigItemSearchRequest) => Effect.Effect<ReadonlyArray<number>, OtrsError>
}

export class OtrsClient extends Context.Tag("otrs-mcp/OtrsClient")<OtrsClient, OtrsClientShape>() {}
