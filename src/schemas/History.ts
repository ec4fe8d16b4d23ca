import { Schema } from "effect"
import { HistoryEntry, TicketHistory } from "./Domain.js"
import {
  decodeOnly,
  definedFields,
  List,
  listField,
  OptionalId,
  optionalKey,
  OtrsId,
  OtrsTimestampFromWire
} from "./Primitives.js"

/** One history line; OTRS writes ArticleID 0 for lines that concern no article. */
export const HistoryEntryWire = Schema.Struct({
  TicketID: OtrsId,
  CreateTime: OtrsTimestampFromWire,
  HistoryType: Schema.String,
  Name: Schema.String,
  ArticleID: optionalKey(OptionalId),
  CreateBy: OtrsId,
  QueueID: optionalKey(OptionalId),
  StateID: optionalKey(OptionalId),
  OwnerID: optionalKey(OptionalId),
  PriorityID: optionalKey(OptionalId),
  TypeID: optionalKey(OptionalId)
}).annotations({ identifier: "History entry" })
export type HistoryEntryWire = typeof HistoryEntryWire.Type

const toHistoryEntry = (wire: HistoryEntryWire): HistoryEntry =>
  definedFields<HistoryEntry>({
    ticketId: wire.TicketID,
    created: wire.CreateTime,
    type: wire.HistoryType,
    name: wire.Name,
    articleId: wire.ArticleID,
    createdBy: wire.CreateBy,
    queueId: wire.QueueID,
    stateId: wire.StateID,
    ownerId: wire.OwnerID,
    priorityId: wire.PriorityID,
    typeId: wire.TypeID
  })

const HistoryEntryFromWire = decodeOnly(HistoryEntryWire, toHistoryEntry)

const TicketHistoryWire = Schema.Struct({
  TicketID: OtrsId,
  History: listField(HistoryEntryFromWire)
}).annotations({ identifier: "TicketHistory" })

const TicketHistoryFromWire = decodeOnly(
  TicketHistoryWire,
  (wire): TicketHistory => ({ ticketId: wire.TicketID, entries: wire.History })
)

/** TicketHistoryGet: `{"TicketHistory": [{"TicketID", "History": [...]}]}`, one element per requested ticket. */
export const TicketHistoryGetResponse = Schema.Struct({ TicketHistory: List(TicketHistoryFromWire) })
  .annotations({ identifier: "TicketHistoryGet response" })
  .pipe(Schema.pluck("TicketHistory"))
