import { Either, Schema } from "effect"
import { formatActual } from "../../mcp/SchemaIssues.js"
import type { PendingTime, PendingTimeAt } from "../../schemas/Requests.js"
import { prefix } from "../../shared/text.js"

/** Argument schemas shared by create_ticket and update_ticket, with the constraints OTRS would otherwise reject. */

/**
 * What pending_until names: a time on the OTRS server's clock (`2030-01-15 10:30`, OTRS's own format), or an instant
 * with its UTC offset (`2030-01-15T09:30:00Z`, the format get_ticket answers in), which OTRS takes as minutes from now
 * (`{Diff}`) because its time zone is unknown here.
 */
type PendingUntilTime =
  | { readonly _tag: "ServerTime"; readonly time: PendingTimeAt }
  | { readonly _tag: "Instant"; readonly epochMs: number }

const serverTimeFormat = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/
const instantFormat = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i

/** The calendar parts, when they name a real date and time. */
const calendarParts = (match: RegExpExecArray) => {
  const [Year, Month, Day, Hour, Minute, Second = 0] = match.slice(1, 7).map((part) => part === undefined ? undefined : Number(part)) as [
    number,
    number,
    number,
    number,
    number,
    number | undefined
  ]
  const date = new Date(Date.UTC(Year, Month - 1, Day, Hour, Minute))
  const real = date.getUTCFullYear() === Year && date.getUTCMonth() === Month - 1 && date.getUTCDate() === Day &&
    Hour < 24 && Minute < 60 && Second < 60
  return real ? { Year, Month, Day, Hour, Minute, Second } : undefined
}

/** `2030-01-15 10:30` or `2030-01-15T09:30:00Z`, or undefined when it is neither or no real date and time. */
export const parsePendingUntil = (text: string): PendingUntilTime | undefined => {
  const trimmed = text.trim()
  const server = serverTimeFormat.exec(trimmed)
  if (server !== null) {
    const parts = calendarParts(server)
    return parts === undefined ? undefined : {
      _tag: "ServerTime",
      time: { Year: parts.Year, Month: parts.Month, Day: parts.Day, Hour: parts.Hour, Minute: parts.Minute }
    }
  }
  const instant = instantFormat.exec(trimmed)
  if (instant === null) return undefined
  const parts = calendarParts(instant)
  const offset = instant[7]!
  if (parts === undefined || !/^(Z|[+-](0\d|1[0-4]):[0-5]\d)$/i.test(offset)) return undefined
  const local = Date.UTC(parts.Year, parts.Month - 1, parts.Day, parts.Hour, parts.Minute, parts.Second)
  const offsetMinutes = /^z$/i.test(offset)
    ? 0
    : (offset.startsWith("-") ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
  return { _tag: "Instant", epochMs: local - offsetMinutes * 60_000 }
}

/** The OTRS server's clock as its tickets tell it (see serverClock): its lead on UTC, and how sure that is. */
export interface ServerClock {
  readonly offsetMinutes: number
  /** false when daylight saving time may have begun or ended since the ticket it was read from: an hour either way */
  readonly exact: boolean
}

/**
 * PendingTime as OTRS takes it; an instant becomes whole minutes from `nowMs` (OTRS adds them to its own clock), and
 * fails with the problem when it is not in the future. A server time is checked against the server's clock when it
 * is known (when not exact, the message says how to be sure), else only against every time zone's.
 */
export const toPendingTime = (
  until: PendingUntilTime,
  nowMs: number,
  serverClock?: ServerClock
): Either.Either<PendingTime, string> => {
  if (until._tag === "ServerTime") {
    const { Day, Hour, Minute, Month, Year } = until.time
    // read as UTC, the server's time zone aside
    const asUtc = new Date(Date.UTC(Year, Month - 1, Day, Hour, Minute))
    const serverTime = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ")
    if (serverClock !== undefined) {
      const serverNow = new Date(nowMs + serverClock.offsetMinutes * 60_000)
      const past = serverClock.exact
        ? `${serverTime(asUtc)} (OTRS server time) is in the past: it is ${serverTime(serverNow)} there now`
        : `${serverTime(asUtc)} (OTRS server time) looks past: it is about ${serverTime(serverNow)} there now, to ` +
          "within the hour daylight saving time may have moved the server's clock; if it is still ahead there, " +
          "give it as ISO 8601 with its UTC offset, which needs no server clock"
      return asUtc.getTime() <= serverNow.getTime() ? Either.left(past) : Either.right(until.time)
    }
    // past in every time zone (UTC-12 to UTC+14) the server may have, OTRS would set it without a word
    return asUtc.getTime() < nowMs - SERVER_ZONE_SPREAD_MS
      ? Either.left(`${serverTime(asUtc)} (OTRS server time) is in the past`)
      : Either.right(until.time)
  }
  // OTRS adds the minutes to its clock, seconds and all, and shows pending times to the minute (get_ticket too):
  // counted up to the start of the instant's minute, the time lands in that minute rather than in the one before
  const minuteStart = Math.floor(until.epochMs / 60_000) * 60_000
  return until.epochMs > nowMs
    ? Either.right({ Diff: Math.max(1, Math.ceil((minuteStart - nowMs) / 60_000)) })
    : Either.left(`${new Date(until.epochMs).toISOString()} is not in the future (now ${new Date(nowMs).toISOString()})`)
}

/** How far a server's local time can be behind UTC, with room to spare: UTC-12, rounded up to 14 hours. */
const SERVER_ZONE_SPREAD_MS = 14 * 3_600_000

/** OTRS refuses a pending state without a pending time (TicketUpdate: "Can't set a ticket on a pending state ..."). */
export const isPendingState = (state: string): boolean => /^\s*pending/i.test(state)

/** The pending states every OTRS has, under these names. */
export const isStockPendingState = (state: string): boolean =>
  state === "pending reminder" || state === "pending auto close+" || state === "pending auto close-"

/**
 * OTRS's own states that are not pending: with one of them, OTRS drops a pending time without a word (it keeps one
 * only when the state it sets is pending). Other names may be pending states of an installation's own.
 */
const notPendingStates = new Set(["new", "open", "closed successful", "closed unsuccessful", "merged", "removed"])

/** The problem with giving pending_until together with `state`, if OTRS would drop the pending time. */
export const pendingTimeIgnored = (state: string, origin = ""): string | undefined =>
  notPendingStates.has(state.trim().toLowerCase())
    ? `state "${state}"${origin} is not a pending state, and OTRS keeps a pending time only with one: leave out ` +
      `pending_until, or choose a pending state such as "pending reminder"`
    : undefined

export const pendingTimeProblem = (state: string) =>
  `state "${state}" is a pending state, and OTRS requires a pending time for it: give pending_until ` +
  `("YYYY-MM-DD HH:MM" in the OTRS server's time zone, or ISO 8601 with a UTC offset) or choose another state`

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

export const AttachmentInput = Schema.Struct({
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
