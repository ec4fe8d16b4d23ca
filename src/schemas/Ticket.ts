import { Schema } from "effect"
import { ArticleFromWire } from "./Article.js"
import { Ticket, TicketCreated, TicketUpdated } from "./Domain.js"
import { DynamicFieldList, toDynamicFields } from "./DynamicField.js"
import {
  decodeOnly,
  definedFields,
  isoFromEpochSeconds,
  List,
  OptionalId,
  optionalKey,
  OptionalString,
  OtrsId,
  OtrsNumber,
  OtrsTimestampFromWire,
  StringLike,
  YesNo
} from "./Primitives.js"

/** One ticket of TicketGet. `Article` and `DynamicField` are there only when asked for. */
export const TicketWire = Schema.Struct({
  TicketID: OtrsId,
  TicketNumber: StringLike,
  Title: Schema.String,
  State: Schema.String,
  StateType: Schema.String,
  StateID: OtrsId,
  Queue: Schema.String,
  QueueID: OtrsId,
  Priority: Schema.String,
  PriorityID: OtrsId,
  Type: optionalKey(OptionalString),
  TypeID: optionalKey(OptionalId),
  Owner: Schema.String,
  OwnerID: OtrsId,
  Responsible: optionalKey(OptionalString),
  ResponsibleID: optionalKey(OptionalId),
  Lock: Schema.String,
  LockID: optionalKey(OptionalId),
  Service: optionalKey(OptionalString),
  SLA: optionalKey(OptionalString),
  CustomerUserID: optionalKey(OptionalString),
  CustomerID: optionalKey(OptionalString),
  Created: OtrsTimestampFromWire,
  Changed: OtrsTimestampFromWire,
  Age: OtrsNumber,
  /** absolute pending time in epoch seconds, 0 when not pending */
  RealTillTimeNotUsed: optionalKey(OtrsNumber),
  ArchiveFlag: optionalKey(YesNo),
  DynamicField: optionalKey(DynamicFieldList),
  Article: optionalKey(List(ArticleFromWire))
}).annotations({ identifier: "Ticket" })
export type TicketWire = typeof TicketWire.Type

const toTicket = (wire: TicketWire): Ticket =>
  definedFields<Ticket>({
    id: wire.TicketID,
    number: wire.TicketNumber,
    title: wire.Title,
    state: wire.State,
    stateType: wire.StateType,
    queue: wire.Queue,
    priority: wire.Priority,
    type: wire.Type,
    owner: wire.Owner,
    responsible: wire.Responsible,
    lock: wire.Lock,
    service: wire.Service,
    sla: wire.SLA,
    customerUser: wire.CustomerUserID,
    customerId: wire.CustomerID,
    created: wire.Created,
    changed: wire.Changed,
    age: wire.Age,
    pendingUntil: wire.RealTillTimeNotUsed !== undefined && wire.RealTillTimeNotUsed > 0
      ? isoFromEpochSeconds(wire.RealTillTimeNotUsed)
      : undefined,
    archived: wire.ArchiveFlag ?? false,
    ids: definedFields<Ticket["ids"]>({
      queue: wire.QueueID,
      state: wire.StateID,
      priority: wire.PriorityID,
      type: wire.TypeID,
      owner: wire.OwnerID,
      responsible: wire.ResponsibleID,
      lock: wire.LockID
    }),
    dynamicFields: wire.DynamicField === undefined ? undefined : toDynamicFields(wire.DynamicField),
    dynamicFieldNames: wire.DynamicField?.map((field) => field.Name),
    articles: wire.Article
  })

const TicketFromWire = decodeOnly(TicketWire, toTicket)

/** TicketGet (and TicketGetList): `{"Ticket": [...]}`. */
export const TicketGetResponse = Schema.Struct({ Ticket: List(TicketFromWire) })
  .annotations({ identifier: "TicketGet response" })
  .pipe(Schema.pluck("Ticket"))

export const TicketCreateResponse = decodeOnly(
  Schema.Struct({ TicketID: OtrsId, TicketNumber: StringLike, ArticleID: OtrsId }).annotations({
    identifier: "TicketCreate response"
  }),
  (wire): TicketCreated => ({ ticketId: wire.TicketID, ticketNumber: wire.TicketNumber, articleId: wire.ArticleID })
)

/** `ArticleID` only when the update added an article. */
export const TicketUpdateResponse = decodeOnly(
  Schema.Struct({ TicketID: OtrsId, TicketNumber: StringLike, ArticleID: optionalKey(OptionalId) }).annotations({
    identifier: "TicketUpdate response"
  }),
  (wire): TicketUpdated =>
    definedFields<TicketUpdated>({
      ticketId: wire.TicketID,
      ticketNumber: wire.TicketNumber,
      articleId: wire.ArticleID
    })
)
