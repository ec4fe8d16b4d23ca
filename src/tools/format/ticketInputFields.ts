import { Schema } from "effect"
import type { PendingTime } from "../../schemas/Requests.js"

/** Argument schemas shared by create_ticket and update_ticket, with the constraints OTRS would otherwise reject. */

/** `2030-01-15 10:30` -> PendingTime, or undefined when it is no real calendar date and time. */
export const parsePendingTime = (text: string): PendingTime | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text.trim())
  if (match === null) return undefined
  const [Year, Month, Day, Hour, Minute] = match.slice(1).map(Number) as [number, number, number, number, number]
  const date = new Date(Date.UTC(Year, Month - 1, Day, Hour, Minute))
  const real = date.getUTCFullYear() === Year && date.getUTCMonth() === Month - 1 && date.getUTCDate() === Day &&
    Hour < 24 && Minute < 60
  return real ? { Year, Month, Day, Hour, Minute } : undefined
}

/** OTRS refuses a pending state without a pending time (TicketUpdate: "Can't set a ticket on a pending state ..."). */
export const isPendingState = (state: string): boolean => /^\s*pending/i.test(state)

export const pendingTimeProblem = (state: string) =>
  `state "${state}" is a pending state, and OTRS requires a pending time for it: give pending_until ` +
  `("YYYY-MM-DD HH:MM", the OTRS server's time zone) or choose another state`

export const PendingUntil = Schema.String.pipe(
  // the description gives the format; a pattern would only add bytes to every tools/list answer
  Schema.pattern(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, {
    message: () => "Expected \"YYYY-MM-DD HH:MM\", e.g. \"2030-01-15 10:30\"",
    jsonSchema: {}
  }),
  Schema.filter((text) => parsePendingTime(text) !== undefined || `"${text}" is not a real date and time`, {
    jsonSchema: {}
  })
).annotations({
  description: "\"YYYY-MM-DD HH:MM\", OTRS time; required with pending states."
})

const quotedName = (name: string) => JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)

/** A refined Record key would silently drop non-matching keys; a filter names them instead. */
export const DynamicFieldsInput = Schema.Record({
  key: Schema.String,
  value: Schema.Union(Schema.String, Schema.Array(Schema.String))
}).pipe(
  Schema.filter((fields) => {
    const bad = Object.keys(fields).filter((name) => !/^[A-Za-z0-9]+$/.test(name))
    return bad.length === 0 ||
      `${bad.map(quotedName).join(", ")}: dynamic field names have only letters and digits`
  }, { jsonSchema: {} })
).annotations({
  description: "By name: a value (dropdown: its key; date: \"YYYY-MM-DD HH:MM:SS\") or a list (multiselect), " +
    "e.g. {\"Impact\": \"high\"}."
})
export type DynamicFieldsInput = typeof DynamicFieldsInput.Type

export const ContentType = Schema.Literal("text/plain", "text/html").annotations({
  description: "Default text/plain."
})
export type ContentType = typeof ContentType.Type

/** OTRS 6 stores the charset with the MIME type; utf8 is what its own web interface sends. */
export const otrsContentType = (type: ContentType): string => `${type}; charset=utf8`

export const CommunicationChannel = Schema.Literal("Email", "Phone", "Internal")
export type CommunicationChannel = typeof CommunicationChannel.Type

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
export const MAX_ATTACHMENTS = 10
/** All attachments of one call together; the stdio transport reads requests of this much base64 and some text. */
export const MAX_ATTACHMENTS_TOTAL_BYTES = 20 * 1024 * 1024

const base64Alphabet = /^[A-Za-z0-9+/]*={0,2}$/

/** Bytes a base64 text decodes to, or undefined when it is no base64 (line breaks and spaces are allowed). */
export const base64Size = (text: string): number | undefined => {
  const compact = text.replace(/\s+/g, "")
  if (compact.length % 4 !== 0 || !base64Alphabet.test(compact)) return undefined
  const padding = compact.endsWith("==") ? 2 : compact.endsWith("=") ? 1 : 0
  return (compact.length / 4) * 3 - padding
}

const Base64Content = Schema.String.pipe(
  Schema.filter((text) => {
    const size = base64Size(text)
    if (size === undefined) return "not valid base64 (A-Z, a-z, 0-9, +, /, padded with = to a multiple of 4)"
    if (size === 0) return "the file is empty"
    return size <= MAX_ATTACHMENT_BYTES ||
      `the file has ${size} bytes; the limit is ${MAX_ATTACHMENT_BYTES} bytes (10 MiB) per attachment`
  }, { jsonSchema: {} })
).annotations({ description: "Base64, at most 10 MiB decoded." })

export const AttachmentInput = Schema.Struct({
  filename: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(250), Schema.pattern(/^[^/\\]+$/, { jsonSchema: {} })).annotations({
    description: "Without a path."
  }),
  content_type: Schema.optional(
    Schema.String.pipe(Schema.pattern(/^[\w.+-]+\/[\w.+-]+$/, { jsonSchema: {} })).annotations({
      description: "Default application/octet-stream."
    })
  ),
  content_base64: Base64Content
})
export type AttachmentInput = typeof AttachmentInput.Type

export const AttachmentsInput = Schema.Array(AttachmentInput).pipe(
  Schema.maxItems(MAX_ATTACHMENTS),
  Schema.filter((attachments) => {
    const total = attachments.reduce((sum, attachment) => sum + (base64Size(attachment.content_base64) ?? 0), 0)
    return total <= MAX_ATTACHMENTS_TOTAL_BYTES ||
      `the files have ${total} bytes together; the limit is ${MAX_ATTACHMENTS_TOTAL_BYTES} bytes (20 MiB) per ` +
        "call: add the others in further articles with update_ticket"
  }, { jsonSchema: {} })
).annotations({
  description: "Files to attach."
})

/** A name OTRS looks up (queue, state, user, ...): never empty. Surrounding blanks are dropped rather than refused: "Raw " means the queue Raw. */
export const Name = (description?: string) => {
  const name = Schema.compose(Schema.Trim, Schema.NonEmptyString)
  return description === undefined ? name : name.annotations({ description })
}
