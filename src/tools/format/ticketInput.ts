import { Either, Option, Schema } from "effect"
import type {
  ArticleInput,
  AttachmentInput as OtrsAttachment,
  DynamicFieldInput,
  PendingTime,
  TicketCreateRequest,
  TicketFields,
  TicketUpdateRequest
} from "../../schemas/Requests.js"
import { definedFields } from "../../schemas/Primitives.js"
import type { TicketDefaults } from "../../services/OtrsConfig.js"
import { prefix } from "../../shared/text.js"
import { ToolInputError } from "../ToolInputError.js"
import { htmlToText } from "./bodyHtml.js"
import {
  isPendingState,
  parsePendingUntil,
  pendingTimeIgnored,
  pendingTimeProblem,
  type ServerClock,
  toPendingTime
} from "./pendingTime.js"
import { TicketIdInput } from "./ticketReference.js"
import {
  Agent,
  AttachmentsInput,
  CommunicationChannel,
  ContentType,
  DynamicFieldsInput,
  Name,
  otrsContentType,
  PendingUntil,
  maxCharacters
} from "./ticketInputFields.js"

/** The arguments of create_ticket and update_ticket, and their mapping onto OTRS's TicketCreate/TicketUpdate. */

/** OTRS trims what it is sent, and refuses (or skips) what is left empty. */
const notBlank = Schema.filter<Schema.Schema<string>>(
  (text) => text.trim() !== "" || "expected text, got only white space",
  { jsonSchema: {} }
)

/**
 * A title, subject or address is one line: a line break would start a line of its own wherever it is shown (a
 * fake result line in a text rendering), or a header of its own in a mail OTRS sends; no other control character
 * (a NUL) belongs in one either.
 */
const oneLine = Schema.filter<Schema.Schema<string>>(
  (text) => !/[\p{Cc}\u2028\u2029]/u.test(text) || "expected one line of text, got a line break or control character",
  { jsonSchema: {} }
)

const Title = Schema.String.pipe(Schema.minLength(1), maxCharacters(255), notBlank, oneLine)

const Body = Schema.String.pipe(Schema.minLength(1), notBlank).annotations({
  description: "Text, or HTML with content_type text/html."
})
const Subject = Schema.String.pipe(Schema.minLength(1), maxCharacters(3800), notBlank, oneLine)

/** Time accounting, as get_ticket shows it per article; OTRS takes whole units (minutes on most installations). */
const TimeUnits = Schema.Int.pipe(Schema.nonNegative()).annotations({ description: "Time spent, e.g. minutes." })

const VisibleToCustomer = (fallback: boolean) =>
  Schema.Boolean.annotations({
    description: `In the customer portal (default ${fallback}); no e-mail is sent.`
  })

export const CreateTicketInput = Schema.Struct({
  title: Title,
  body: Body,
  subject: Schema.optional(Subject.annotations({ description: "Default: the title." })),
  queue: Schema.optional(Name()),
  state: Schema.optional(Name("e.g. \"open\"")),
  priority: Schema.optional(Name("e.g. \"4 high\"")),
  ticket_type: Schema.optional(Name()),
  customer_user: Schema.optional(
    Name("Login or e-mail; required unless the server has a default.")
  ),
  owner: Schema.optionalWith(Agent("Login, user id or \"me\" (default)."), { exact: true }),
  responsible: Schema.optionalWith(Agent("Login, user id or \"me\"."), { exact: true }),
  pending_until: Schema.optional(PendingUntil),
  content_type: Schema.optional(ContentType),
  communication_channel: Schema.optional(
    CommunicationChannel.annotations({
      description: "A label; nothing is sent. Default Internal."
    })
  ),
  visible_to_customer: Schema.optional(VisibleToCustomer(true)),
  sender_type: Schema.optional(
    Schema.Literal("agent", "customer").annotations({
      description: "Default agent."
    })
  ),
  from: Schema.optional(
    Schema.String.pipe(Schema.minLength(1), notBlank, oneLine).annotations({
      description: "e.g. \"Dana <dana@example.com>\""
    })
  ),
  time_units: Schema.optional(TimeUnits),
  dynamic_fields: Schema.optional(DynamicFieldsInput),
  attachments: Schema.optional(AttachmentsInput)
})
export type CreateTicketInput = typeof CreateTicketInput.Type

const ArticleToAdd = Schema.Struct({
  body: Body,
  subject: Schema.optional(
    Subject.annotations({ description: "Default: from the body." })
  ),
  visible_to_customer: Schema.optional(VisibleToCustomer(false)),
  communication_channel: Schema.optional(
    CommunicationChannel.annotations({
      description: "A label; nothing is sent. Default Internal."
    })
  ),
  content_type: Schema.optional(ContentType),
  time_units: Schema.optional(TimeUnits),
  attachments: Schema.optional(AttachmentsInput)
}).annotations({
  description: "An article to add; by default an internal note."
})
type ArticleToAdd = typeof ArticleToAdd.Type

const ticketChanges = {
  title: Schema.optional(Title),
  queue: Schema.optional(Name()),
  state: Schema.optional(Name("e.g. \"closed successful\"")),
  priority: Schema.optional(Name()),
  ticket_type: Schema.optional(Name()),
  owner: Schema.optionalWith(Agent("Login, user id or \"me\"."), { exact: true }),
  responsible: Schema.optionalWith(Agent("Login, user id or \"me\"."), { exact: true }),
  lock: Schema.optional(Schema.Literal("lock", "unlock")),
  customer_user: Schema.optional(Name("Login or e-mail.")),
  pending_until: Schema.optional(PendingUntil),
  dynamic_fields: Schema.optional(DynamicFieldsInput)
}

const UpdateTicketFields = Schema.Struct({
  ticket_id: TicketIdInput("Not the ticket number."),
  ...ticketChanges,
  article: Schema.optional(ArticleToAdd)
})
type TicketChanges = Omit<typeof UpdateTicketFields.Type, "ticket_id">

/** Argument names of update_ticket that change something, in the order they are reported. */
const changeKeys: ReadonlyArray<keyof TicketChanges> = [
  "title",
  "queue",
  "state",
  "priority",
  "ticket_type",
  "owner",
  "responsible",
  "lock",
  "customer_user",
  "pending_until",
  "dynamic_fields",
  "article"
]

/** What an update asks to change, by argument name; dynamic fields as `dynamic_fields.<name>`. */
export const updatedFields = (changes: TicketChanges): ReadonlyArray<string> =>
  changeKeys.flatMap((key) =>
    changes[key] === undefined
      ? []
      : key === "dynamic_fields"
      ? Object.keys(changes.dynamic_fields ?? {}).map((name) => `dynamic_fields.${name}`)
      : [key]
  )

export const UpdateTicketInput = UpdateTicketFields.pipe(
  Schema.filter((input) =>
    updatedFields(input).length > 0 ||
    `nothing to change: give at least one of ${changeKeys.join(", ")}`
  ),
  // TicketUpdate locks first and then, setting a closed state, unlocks: the lock would be reported and not kept
  Schema.filter((input) =>
    input.lock !== "lock" || input.state === undefined || !/^\s*closed/i.test(input.state) || {
      path: ["lock"],
      message: `OTRS unlocks every ticket it closes, so it would not keep a lock sent with state "${input.state}": ` +
        "leave lock out"
    }
  )
)
export type UpdateTicketInput = typeof UpdateTicketInput.Type

const dynamicFieldInputs = (fields: DynamicFieldsInput | undefined): ReadonlyArray<DynamicFieldInput> =>
  Object.entries(fields ?? {}).map(([Name, Value]) => ({ Name, Value }))

const attachmentInputs = (attachments: AttachmentsInput | undefined): ReadonlyArray<OtrsAttachment> =>
  (attachments ?? []).map((attachment) => ({
    Filename: attachment.filename,
    ContentType: attachment.content_type ?? "application/octet-stream",
    Content: attachment.content_base64.replace(/\s+/g, "")
  }))
type AttachmentsInput = typeof AttachmentsInput.Type

/**
 * A pending state without a pending time, which OTRS refuses, or a pending time with a state that drops it. Checked
 * with the request rather than in the Schema: the state may be a default, and a handler may add what the names in
 * use say of the state (withMisnamedState).
 */
const pendingTimeMismatch = (
  state: string,
  pendingUntil: string | undefined,
  stateNote = ""
): ToolInputError | undefined => {
  const problem = pendingUntil === undefined
    ? isPendingState(state) ? pendingTimeProblem(state) : undefined
    : pendingTimeIgnored(state, stateNote)
  return problem === undefined ? undefined : new ToolInputError({ field: "pending_until", problem })
}

/** When a request is sent, and what the server's clock is known to read then (see toPendingTime). */
export interface SendTime {
  readonly nowMs: number
  readonly serverClock?: ServerClock | undefined
}

/** pending_until as OTRS's PendingTime. */
const pendingTime = (
  pendingUntil: string | undefined,
  { nowMs, serverClock }: SendTime
): Either.Either<PendingTime | undefined, ToolInputError> => {
  const until = pendingUntil === undefined ? undefined : parsePendingUntil(pendingUntil)
  return until === undefined ? Either.right(undefined) : Either.mapLeft(
    toPendingTime(until, nowMs, serverClock),
    (problem) => new ToolInputError({ field: "pending_until", problem })
  )
}

const withLists = (
  dynamicFields: DynamicFieldsInput | undefined,
  attachments: AttachmentsInput | undefined
) => {
  const DynamicField = dynamicFieldInputs(dynamicFields)
  const Attachment = attachmentInputs(attachments)
  return {
    ...(DynamicField.length > 0 ? { DynamicField } : {}),
    ...(Attachment.length > 0 ? { Attachment } : {})
  }
}

/**
 * create_ticket's arguments with the configured defaults applied. Fails before OTRS is called when OTRS would
 * refuse anyway: no customer user anywhere, or a pending state without pending time.
 */
export const toTicketCreateRequest = (
  input: CreateTicketInput,
  defaults: TicketDefaults,
  sendTime: SendTime
): Either.Either<TicketCreateRequest, ToolInputError> => {
  const customerUser = Option.orElse(Option.fromNullable(input.customer_user), () => defaults.customerUser)
  if (Option.isNone(customerUser)) {
    return Either.left(
      new ToolInputError({
        field: "customer_user",
        problem: "OTRS requires a customer user for every ticket: pass customer_user (a customer user's login " +
          "or e-mail address), or set OTRS_DEFAULT_CUSTOMER_USER in the server's environment"
      })
    )
  }
  const state = input.state ?? defaults.state
  const mismatch = pendingTimeMismatch(
    state,
    input.pending_until,
    input.state === undefined ? " (the default, OTRS_DEFAULT_STATE)" : ""
  )
  if (mismatch !== undefined) return Either.left(mismatch)
  const PendingTime = pendingTime(input.pending_until, sendTime)
  if (Either.isLeft(PendingTime)) return Either.left(PendingTime.left)
  const ticket = definedFields<TicketFields>({
    Title: input.title,
    Queue: input.queue ?? defaults.queue,
    State: state,
    Priority: input.priority ?? defaults.priority,
    Type: input.ticket_type ?? defaults.type,
    CustomerUser: customerUser.value,
    ...agentFields(input),
    PendingTime: PendingTime.right
  })
  const article = definedFields<ArticleInput>({
    CommunicationChannel: input.communication_channel ?? "Internal",
    SenderType: input.sender_type ?? "agent",
    IsVisibleForCustomer: (input.visible_to_customer ?? true) ? 1 as const : 0 as const,
    Subject: input.subject ?? input.title,
    Body: input.body,
    ContentType: otrsContentType(input.content_type ?? "text/plain"),
    From: input.from,
    TimeUnit: input.time_units
  })
  return Either.right({ Ticket: ticket, Article: article, ...withLists(input.dynamic_fields, input.attachments) })
}

/** OTRS takes an agent by login (Owner) or by user id (OwnerID). */
const agentFields = (input: { readonly owner?: string | number; readonly responsible?: string | number }) => ({
  Owner: typeof input.owner === "string" ? input.owner : undefined,
  OwnerID: typeof input.owner === "number" ? input.owner : undefined,
  Responsible: typeof input.responsible === "string" ? input.responsible : undefined,
  ResponsibleID: typeof input.responsible === "number" ? input.responsible : undefined
})

/** The converted HTML without what the conversion adds for reading: link targets, list bullets, quote marks. */
const asSubjectText = (text: string) =>
  text.replace(/ ?\[(https?|mailto):[^\]\s]*\]/gi, "").replace(/^[ \t]*(?:[*>][ \t]*)+/gm, "")

/**
 * "Hello Dana,", "Dear Mr. Smith," or "Hallo zusammen!": how a reply opens, and no subject for it. A line with more
 * in it ("Hi, the VPN is down!") is no greeting alone.
 */
const greetings = "hello|hi|hey|dear|good (morning|afternoon|evening)|hallo|guten (morgen|tag|abend)" +
  "|sehr geehrte[rs]?|liebe[rs]?"
const salutation = new RegExp(`^(${greetings})\\b[^!?:;,]{0,40}[,!]$`, "i")

/**
 * OTRS requires a subject; the body's first line says more than any fixed label, unless it greets (a reply the
 * customer sees would carry "Hello Dana," as its subject). HTML goes through the parser that reads article bodies:
 * a pasted document's title, styles and entities are no text of the note.
 */
export const subjectFromBody = (body: string, contentType: ContentType): string => {
  const text = contentType === "text/html" ? asSubjectText(htmlToText(body)) : body
  const lines = text.split("\n").map((part) => part.replace(/\s+/g, " ").trim()).filter((part) => part.length > 0)
  const line = (lines.length > 1 && salutation.test(lines[0]!) ? lines[1] : lines[0]) ?? ""
  return line.length === 0 ? "Note" : line.length > 80 ? `${prefix(line, 79)}…` : line
}

const articleInput = (article: ArticleToAdd): ArticleInput => {
  const contentType = article.content_type ?? "text/plain"
  return definedFields<ArticleInput>({
    CommunicationChannel: article.communication_channel ?? "Internal",
    SenderType: "agent",
    IsVisibleForCustomer: (article.visible_to_customer ?? false) ? 1 as const : 0 as const,
    Subject: article.subject ?? subjectFromBody(article.body, contentType),
    Body: article.body,
    ContentType: otrsContentType(contentType),
    TimeUnit: article.time_units
  })
}

/**
 * update_ticket's arguments as one TicketUpdate; the input Schema already ensured there is a change. `pendingState`
 * is the state sent along with a pending time given alone: OTRS sets a pending time only with a pending state.
 */
export const toTicketUpdateRequest = (
  input: UpdateTicketInput,
  sendTime: SendTime,
  pendingState?: string
): Either.Either<TicketUpdateRequest, ToolInputError> => {
  const mismatch = input.state === undefined ? undefined : pendingTimeMismatch(input.state, input.pending_until)
  if (mismatch !== undefined) return Either.left(mismatch)
  const PendingTime = pendingTime(input.pending_until, sendTime)
  if (Either.isLeft(PendingTime)) return Either.left(PendingTime.left)
  const ticket = definedFields<TicketFields>({
    Title: input.title,
    Queue: input.queue,
    State: input.state ?? (PendingTime.right === undefined ? undefined : pendingState),
    Priority: input.priority,
    Type: input.ticket_type,
    ...agentFields(input),
    Lock: input.lock,
    CustomerUser: input.customer_user,
    PendingTime: PendingTime.right
  })
  return Either.right({
    ticketId: input.ticket_id,
    ...(Object.keys(ticket).length > 0 ? { Ticket: ticket } : {}),
    ...(input.article === undefined ? {} : { Article: articleInput(input.article) }),
    ...withLists(input.dynamic_fields, input.article?.attachments)
  })
}
