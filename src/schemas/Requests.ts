import { Schema } from "effect"
import { DynamicFieldValue } from "./Domain.js"

/**
 * What the OtrsClient sends. Ticket, article and search parameters keep OTRS's own names because they go
 * onto the wire as they are; credentials are added by the client and never appear here.
 */

const NonEmptyIds = Schema.NonEmptyArray(Schema.Int.pipe(Schema.positive()))

export const TicketGetRequest = Schema.Struct({
  ticketIds: NonEmptyIds,
  articles: Schema.optional(Schema.Boolean),
  articleLimit: Schema.optional(Schema.Int.pipe(Schema.positive())),
  articleOrder: Schema.optional(Schema.Literal("ASC", "DESC")),
  articleSenderTypes: Schema.optional(Schema.Array(Schema.String)),
  dynamicFields: Schema.optional(Schema.Boolean),
  attachments: Schema.optional(Schema.Boolean),
  /** with `attachments`: also fetch the base64 contents, not just the metadata */
  attachmentContents: Schema.optional(Schema.Boolean),
  htmlBodyAsAttachment: Schema.optional(Schema.Boolean),
  extended: Schema.optional(Schema.Boolean)
})
export type TicketGetRequest = typeof TicketGetRequest.Type

export const DynamicFieldInput = Schema.Struct({ Name: Schema.String, Value: DynamicFieldValue })
export type DynamicFieldInput = typeof DynamicFieldInput.Type

export const AttachmentInput = Schema.Struct({
  Filename: Schema.String,
  ContentType: Schema.String,
  /** base64 */
  Content: Schema.String
})
export type AttachmentInput = typeof AttachmentInput.Type

/** A time on the OTRS server's clock, in its time zone. */
export const PendingTimeAt = Schema.Struct({
  Year: Schema.Int,
  Month: Schema.Int,
  Day: Schema.Int,
  Hour: Schema.Int,
  Minute: Schema.Int
})
export type PendingTimeAt = typeof PendingTimeAt.Type

/** Either a time on OTRS's clock or `Diff` minutes from its now (OTRS 6 takes both; see ticket-update.pending.json). */
export const PendingTime = Schema.Union(PendingTimeAt, Schema.Struct({ Diff: Schema.Int }))
export type PendingTime = typeof PendingTime.Type

export const ArticleInput = Schema.Struct({
  CommunicationChannel: Schema.optional(Schema.String),
  SenderType: Schema.optional(Schema.String),
  IsVisibleForCustomer: Schema.optional(Schema.Literal(0, 1)),
  Subject: Schema.String,
  Body: Schema.String,
  ContentType: Schema.String,
  From: Schema.optional(Schema.String),
  To: Schema.optional(Schema.String),
  Cc: Schema.optional(Schema.String),
  TimeUnit: Schema.optional(Schema.Number),
  HistoryType: Schema.optional(Schema.String),
  HistoryComment: Schema.optional(Schema.String)
})
export type ArticleInput = typeof ArticleInput.Type

export const TicketFields = Schema.Struct({
  Title: Schema.optional(Schema.String),
  Queue: Schema.optional(Schema.String),
  QueueID: Schema.optional(Schema.Number),
  State: Schema.optional(Schema.String),
  Priority: Schema.optional(Schema.String),
  Type: Schema.optional(Schema.String),
  Owner: Schema.optional(Schema.String),
  OwnerID: Schema.optional(Schema.Number),
  Responsible: Schema.optional(Schema.String),
  ResponsibleID: Schema.optional(Schema.Number),
  Lock: Schema.optional(Schema.Literal("lock", "unlock")),
  CustomerUser: Schema.optional(Schema.String),
  CustomerID: Schema.optional(Schema.String),
  Service: Schema.optional(Schema.String),
  SLA: Schema.optional(Schema.String),
  PendingTime: Schema.optional(PendingTime)
})
export type TicketFields = typeof TicketFields.Type

export const TicketCreateRequest = Schema.Struct({
  Ticket: TicketFields,
  Article: ArticleInput,
  DynamicField: Schema.optional(Schema.Array(DynamicFieldInput)),
  Attachment: Schema.optional(Schema.Array(AttachmentInput))
})
export type TicketCreateRequest = typeof TicketCreateRequest.Type

export const TicketUpdateRequest = Schema.Struct({
  ticketId: Schema.Int.pipe(Schema.positive()),
  Ticket: Schema.optional(TicketFields),
  Article: Schema.optional(ArticleInput),
  DynamicField: Schema.optional(Schema.Array(DynamicFieldInput)),
  Attachment: Schema.optional(Schema.Array(AttachmentInput))
})
export type TicketUpdateRequest = typeof TicketUpdateRequest.Type

/** One dynamic-field condition; OTRS needs the POST search route for these. */
export const DynamicFieldCondition = Schema.Struct({
  Name: Schema.String,
  Equals: Schema.optional(Schema.Union(Schema.String, Schema.Array(Schema.String))),
  Like: Schema.optional(Schema.String),
  GreaterThan: Schema.optional(Schema.String),
  GreaterThanEquals: Schema.optional(Schema.String),
  SmallerThan: Schema.optional(Schema.String),
  SmallerThanEquals: Schema.optional(Schema.String)
})
export type DynamicFieldCondition = typeof DynamicFieldCondition.Type

const Strings = Schema.Array(Schema.String)
const Numbers = Schema.Array(Schema.Number)

/** TicketSearch parameters, named as OTRS names them (Kernel::System::Ticket::TicketSearch). */
export const TicketSearchRequest = Schema.Struct({
  Title: Schema.optional(Schema.String),
  TicketNumber: Schema.optional(Schema.String),
  MIMEBase_From: Schema.optional(Schema.String),
  MIMEBase_To: Schema.optional(Schema.String),
  MIMEBase_Subject: Schema.optional(Schema.String),
  MIMEBase_Body: Schema.optional(Schema.String),
  FullTextIndex: Schema.optional(Schema.Literal(0, 1)),
  ContentSearch: Schema.optional(Schema.Literal("AND", "OR")),
  Queues: Schema.optional(Strings),
  QueueIDs: Schema.optional(Numbers),
  States: Schema.optional(Strings),
  StateType: Schema.optional(Strings),
  Priorities: Schema.optional(Strings),
  Types: Schema.optional(Strings),
  OwnerIDs: Schema.optional(Numbers),
  ResponsibleIDs: Schema.optional(Numbers),
  Locks: Schema.optional(Strings),
  CustomerUserLogin: Schema.optional(Strings),
  CustomerID: Schema.optional(Strings),
  TicketCreateTimeNewerDate: Schema.optional(Schema.String),
  TicketCreateTimeOlderDate: Schema.optional(Schema.String),
  TicketChangeTimeNewerDate: Schema.optional(Schema.String),
  TicketChangeTimeOlderDate: Schema.optional(Schema.String),
  TicketCreateTimeNewerMinutes: Schema.optional(Schema.Number),
  TicketCreateTimeOlderMinutes: Schema.optional(Schema.Number),
  SortBy: Schema.optional(Schema.String),
  OrderBy: Schema.optional(Schema.Literal("Up", "Down")),
  Limit: Schema.optional(Schema.Int.pipe(Schema.positive())),
  /** non-empty: the client uses the POST search route, where OTRS reads these */
  DynamicField: Schema.optional(Schema.Array(DynamicFieldCondition))
})
export type TicketSearchRequest = typeof TicketSearchRequest.Type

export const ConfigItemSearchRequest = Schema.Struct({
  Class: Schema.String,
  Name: Schema.optional(Schema.String),
  Number: Schema.optional(Schema.String),
  DeplStates: Schema.optional(Strings),
  InciStates: Schema.optional(Strings),
  CIXMLData: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  OrderBy: Schema.optional(Strings),
  OrderByDirection: Schema.optional(Schema.Array(Schema.Literal("Up", "Down"))),
  Limit: Schema.optional(Schema.Int.pipe(Schema.positive()))
})
export type ConfigItemSearchRequest = typeof ConfigItemSearchRequest.Type
