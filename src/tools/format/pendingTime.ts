/** pending_until: the forms it takes, the PendingTime OTRS gets for it, and the states that need or drop one. */
import { Either } from "effect"
import type { PendingTime, PendingTimeAt } from "../../schemas/Requests.js"

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
  const parts = match.slice(1, 7).map((part) => part === undefined ? undefined : Number(part))
  const [Year, Month, Day, Hour, Minute, Second = 0] = parts as [number, number, number, number, number, number?]
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
    : Either.left(
      `${new Date(until.epochMs).toISOString()} is not in the future (now ${new Date(nowMs).toISOString()})`
    )
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
