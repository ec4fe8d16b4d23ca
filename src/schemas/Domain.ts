import { Schema } from "effect"

/**
 * The clean domain model the rest of the code sees: numbers for ids, arrays for lists, optional fields
 * instead of "" or 0 placeholders. The wire schemas beside this file decode OTRS's payloads into these.
 */

/** OTRS's own `YYYY-MM-DD HH:MM:SS`, in the server's time zone, which OTRS does not tell. */
export const OtrsTimestamp = Schema.String.pipe(
  Schema.pattern(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
  Schema.brand("OtrsTimestamp")
)
export type OtrsTimestamp = typeof OtrsTimestamp.Type

export const DynamicFieldValue = Schema.Union(Schema.String, Schema.Number, Schema.Array(Schema.String))
export type DynamicFieldValue = typeof DynamicFieldValue.Type

/** Set dynamic fields only: OTRS lists unset ones as `null`, which carries no information. */
export const DynamicFields = Schema.Record({ key: Schema.String, value: DynamicFieldValue })
export type DynamicFields = typeof DynamicFields.Type

export const Attachment = Schema.Struct({
  fileId: Schema.Number,
  filename: Schema.String,
  contentType: Schema.String,
  size: Schema.Number,
  disposition: Schema.optional(Schema.String),
  contentId: Schema.optional(Schema.String),
  /** base64, only when requested with `attachmentContents` */
  content: Schema.optional(Schema.String)
})
export type Attachment = typeof Attachment.Type

export const Article = Schema.Struct({
  id: Schema.Number,
  number: Schema.optional(Schema.Number),
  senderType: Schema.String,
  channelId: Schema.optional(Schema.Number),
  from: Schema.optional(Schema.String),
  to: Schema.optional(Schema.String),
  cc: Schema.optional(Schema.String),
  bcc: Schema.optional(Schema.String),
  replyTo: Schema.optional(Schema.String),
  subject: Schema.String,
  created: OtrsTimestamp,
  visibleForCustomer: Schema.Boolean,
  mimeType: Schema.optional(Schema.String),
  contentType: Schema.optional(Schema.String),
  /** OTRS's plain-text rendering, even for HTML mail */
  body: Schema.String,
  timeUnits: Schema.optional(Schema.Number),
  attachments: Schema.Array(Attachment),
  dynamicFields: Schema.optional(DynamicFields)
})
export type Article = typeof Article.Type

export const Ticket = Schema.Struct({
  id: Schema.Number,
  number: Schema.String,
  title: Schema.String,
  state: Schema.String,
  stateType: Schema.String,
  queue: Schema.String,
  priority: Schema.String,
  type: Schema.optional(Schema.String),
  owner: Schema.String,
  responsible: Schema.optional(Schema.String),
  lock: Schema.String,
  service: Schema.optional(Schema.String),
  sla: Schema.optional(Schema.String),
  customerUser: Schema.optional(Schema.String),
  customerId: Schema.optional(Schema.String),
  created: OtrsTimestamp,
  changed: OtrsTimestamp,
  /** seconds since creation, as OTRS computed it */
  age: Schema.Number,
  /** absolute pending time (ISO 8601, UTC), only while the ticket is pending */
  pendingUntil: Schema.optional(Schema.String),
  archived: Schema.Boolean,
  ids: Schema.Struct({
    queue: Schema.Number,
    state: Schema.Number,
    priority: Schema.Number,
    type: Schema.optional(Schema.Number),
    owner: Schema.Number,
    responsible: Schema.optional(Schema.Number),
    lock: Schema.optional(Schema.Number)
  }),
  /** present when requested with `dynamicFields` */
  dynamicFields: Schema.optional(DynamicFields),
  /**
   * with `dynamicFields`: every ticket dynamic field OTRS has, set or not (TicketGet lists them all, the same for
   * every ticket), the names a write or a search condition can use; article fields are not among them
   */
  dynamicFieldNames: Schema.optional(Schema.Array(Schema.String)),
  /** present when requested with `articles` */
  articles: Schema.optional(Schema.Array(Article))
})
export type Ticket = typeof Ticket.Type

export const HistoryEntry = Schema.Struct({
  ticketId: Schema.Number,
  created: OtrsTimestamp,
  type: Schema.String,
  /** OTRS's raw history line, `%%`-separated arguments included */
  name: Schema.String,
  articleId: Schema.optional(Schema.Number),
  createdBy: Schema.Number,
  queueId: Schema.optional(Schema.Number),
  stateId: Schema.optional(Schema.Number),
  ownerId: Schema.optional(Schema.Number),
  priorityId: Schema.optional(Schema.Number),
  typeId: Schema.optional(Schema.Number)
})
export type HistoryEntry = typeof HistoryEntry.Type

export const TicketHistory = Schema.Struct({
  ticketId: Schema.Number,
  entries: Schema.Array(HistoryEntry)
})
export type TicketHistory = typeof TicketHistory.Type

/** CMDB attribute tree as OTRS sends it: strings, nested groups, and arrays for repeated attributes. */
export type XmlValue = string | null | ReadonlyArray<XmlValue> | { readonly [key: string]: XmlValue }
export const XmlValue: Schema.Schema<XmlValue> = Schema.Union(
  Schema.String,
  Schema.Null,
  Schema.Array(Schema.suspend(() => XmlValue)),
  Schema.Record({ key: Schema.String, value: Schema.suspend(() => XmlValue) })
)

export const ConfigItemAttachment = Schema.Struct({
  filename: Schema.String,
  contentType: Schema.String,
  size: Schema.Number,
  content: Schema.optional(Schema.String)
})
export type ConfigItemAttachment = typeof ConfigItemAttachment.Type

export const ConfigItem = Schema.Struct({
  id: Schema.Number,
  number: Schema.String,
  name: Schema.String,
  class: Schema.String,
  deploymentState: Schema.String,
  deploymentStateType: Schema.optional(Schema.String),
  incidentState: Schema.String,
  incidentStateType: Schema.optional(Schema.String),
  currentDeploymentState: Schema.optional(Schema.String),
  currentIncidentState: Schema.optional(Schema.String),
  versionId: Schema.Number,
  created: OtrsTimestamp,
  attributes: Schema.Record({ key: Schema.String, value: XmlValue }),
  attachments: Schema.Array(ConfigItemAttachment)
})
export type ConfigItem = typeof ConfigItem.Type

export const TicketCreated = Schema.Struct({
  ticketId: Schema.Number,
  ticketNumber: Schema.String,
  articleId: Schema.Number
})
export type TicketCreated = typeof TicketCreated.Type

export const TicketUpdated = Schema.Struct({
  ticketId: Schema.Number,
  ticketNumber: Schema.String,
  articleId: Schema.optional(Schema.Number)
})
export type TicketUpdated = typeof TicketUpdated.Type

/** What SessionGet tells about the logged-in user (never the SessionID itself). */
export const SessionInfo = Schema.Struct({
  userLogin: Schema.String,
  userId: Schema.optional(Schema.Number),
  fullName: Schema.optional(Schema.String),
  email: Schema.optional(Schema.String),
  userType: Schema.optional(Schema.String),
  sessionStarted: Schema.optional(Schema.String),
  /** every key/value OTRS returned, for library users who need more */
  data: Schema.Record({ key: Schema.String, value: Schema.NullOr(Schema.String) })
})
export type SessionInfo = typeof SessionInfo.Type
