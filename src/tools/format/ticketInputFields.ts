import { Schema } from "effect"
import { formatActual } from "../../mcp/SchemaIssues.js"
import { prefix } from "../../shared/text.js"
import { parsePendingUntil } from "./pendingTime.js"

/** Argument schemas shared by create_ticket and update_ticket, with the constraints OTRS would otherwise reject. */

export const PendingUntil = Schema.String.pipe(
  Schema.filter((text) =>
    parsePendingUntil(text) !== undefined ||
    `expected "YYYY-MM-DD HH:MM" (OTRS server time, e.g. "2030-01-15 10:30") or ISO 8601 with a UTC offset ` +
      `(e.g. "2030-01-15T09:30:00Z"), as a real date and time; got ${JSON.stringify(text.slice(0, 40))}`, {
    jsonSchema: {}
  })
).annotations({
  description: "\"YYYY-MM-DD HH:MM\" OTRS time, or ISO 8601 with offset; with pending states."
})

const quotedName = (name: string) => JSON.stringify(name.length > 40 ? `${prefix(name, 40)}…` : name)

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

const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
const MAX_ATTACHMENTS = 10
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

/**
 * At most `limit` characters, as OTRS's database counts them and JSON Schema's maxLength does: an emoji is one,
 * where a JavaScript string's length counts two.
 */
export const maxCharacters = (limit: number) =>
  Schema.filter<Schema.Schema<string>>(
    (text) => text.length <= limit || [...text].length <= limit,
    { jsonSchema: { maxLength: limit } }
  )

/**
 * A control character would end the MIME header OTRS writes the name into, or vanish on the way; a bidirectional
 * override would show another extension than the file has ("invoice\u202Efdp.exe"); and a name needs a visible
 * character.
 */
const fileName = /^(?=.*\S)[^/\\\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]+$/u

export const AttachmentArgument = Schema.Struct({
  filename: Schema.String.pipe(Schema.minLength(1), maxCharacters(250), Schema.pattern(fileName, {
    message: () => "expected a file name without a directory or control characters (no /, \\, line breaks, " +
      "direction overrides)",
    jsonSchema: {}
  })).annotations({
    description: "Without a path."
  }),
  content_type: Schema.optional(
    Schema.String.pipe(Schema.pattern(/^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=("[^"]*"|[\w.+-]+))*$/, {
      message: () => "expected a MIME type such as text/plain or application/pdf, with parameters if any " +
        "(text/plain; charset=utf-8)",
      jsonSchema: {}
    })).annotations({
      description: "Default application/octet-stream."
    })
  ),
  content_base64: Base64Content
})
export type AttachmentArgument = typeof AttachmentArgument.Type

export const AttachmentsInput = Schema.Array(AttachmentArgument).pipe(
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

/**
 * Text whose surrounding blanks are dropped rather than refused ("Raw " is the queue Raw, " customer1" the login
 * customer1), refused with `message` when nothing is left, and refused with a control character inside, which no
 * name or searched word holds (a NUL or line break would reach OTRS, and come back raw in its error messages).
 * Nothing in JSON Schema: a minLength there would cost tools/list bytes for every such argument, to say what a model
 * hardly gets wrong.
 */
export const TrimmedText = (message: string) =>
  Schema.compose(
    Schema.Trim,
    Schema.String.pipe(
      Schema.filter((text) => text.length > 0 || message, { jsonSchema: {} }),
      Schema.filter((text) => !/\p{Cc}/u.test(text) || "expected one line of text, got a control character in it", {
        jsonSchema: {}
      })
    )
  )

/** A name OTRS looks up (queue, state, user, ...). */
export const Name = (description?: string) => {
  // said of the trimmed value, which is all an issue shows: "  " would read as ""
  const name = TrimmedText("expected a name, got an empty or blank text")
  return description === undefined ? name : name.annotations({ description })
}

/**
 * An agent, as results show one: a login, "me", or a user id (owner_id). Said in JSON Schema with a type list, a
 * third of the bytes of Effect's anyOf; one message for the union, not one per member.
 */
export const Agent = (description: string) =>
  Schema.Union(Name(), Schema.Int.pipe(Schema.positive())).annotations({
    jsonSchema: { type: ["string", "integer"], description },
    message: (issue) => ({
      message: `expected an agent's login, "me" or a user id (an integer > 0), got ${formatActual(issue.actual)}`,
      override: true
    })
  })
