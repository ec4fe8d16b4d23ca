import { Schema } from "effect"
import { ArticleFromWire } from "./Article.js"
import { Ticket, TicketCreated, TicketUpdated } from "./Domain.js"
import { DynamicFieldList, toDynamicFields } from "./DynamicField.js"
import {
  decodeOnly,
  isoFromEpochSeconds,
  List,
  OptionalId,
  optionalKey,
  OptionalString,
  OtrsId,
  OtrsNumber,
  OtrsTimestampFromWire,
  present,
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

export const toTicket = (wire: TicketWire): Ticket => ({
  id: wire.TicketID,
  number: wire.TicketNumber,
  title: wire.Title,
  state: wire.State,
  stateType: wire.StateType,
  queue: wire.Queue,
  priority: wire.Priority,
  ...present("type", wire.Type),
  owner: wire.Owner,
  ...present("responsible", wire.Responsible),
  lock: wire.Lock,
  ...present("service", wire.Service),
  ...present("sla", wire.SLA),
  ...present("customerUser", wire.CustomerUserID),
  ...present("customerId", wire.CustomerID),
  created: wire.Created,
  changed: wire.Changed,
  age: wire.Age,
  ...present(
    "pendingUntil",
    wire.RealTillTimeNotUsed !== undefined && wire.RealTillTimeNotUsed > 0
      ? isoFromEpochSeconds(wire.RealTillTimeNotUsed)
      : undefined
  ),
  archived: wire.ArchiveFlag ?? false,
  ids: {
    queue: wire.QueueID,
    state: wire.StateID,
    priority: wire.PriorityID,
    ...present("type", wire.TypeID),
    owner: wire.OwnerID,
    ...present("responsible", wire.ResponsibleID),
    ...present("lock", wire.LockID)
  },
  ...present("dynamicFields", wire.DynamicField === undefined ? undefined : toDynamicFields(wire.DynamicField)),
  ...present("articles", wire.Article)
})

export const TicketFromWire = decodeOnly(TicketWire, toTicket)

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
  (wire): TicketUpdated => ({
    ticketId: wire.TicketID,
    ticketNumber: wire.TicketNumber,
    ...present("articleId", wire.ArticleID)
  })
)
