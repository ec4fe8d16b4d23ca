import { Clock, Effect, Option } from "effect"
import type { Ticket } from "../schemas/Domain.js"
import type { SendTime } from "./format/ticketInput.js"
import { parsePendingUntil, type ServerClock } from "./format/pendingTime.js"
import { recentlyChangedTickets, type RecentTickets } from "./RecentTickets.js"

const QUARTER_HOUR_MS = 15 * 60_000

/** Clocks change to and from daylight saving time at night, by 03:00 local time where they change at all. */
const AFTER_CHANGEOVER_HOUR = 4

/**
 * How far the OTRS server's local time, in which it gives and takes times, is ahead of UTC. A ticket says it: its
 * creation time in server time (Created) and its age in seconds (Age), so that it was created at our now minus Age.
 * The ticket created last is read, rounded to a quarter-hour, as time zones are; its offset is today's for sure only
 * when it was created today, after any change to or from daylight saving time. Undefined when no ticket tells.
 */
export const serverClockOf = (tickets: ReadonlyArray<Ticket>, nowMs: number): ServerClock | undefined => {
  const newest = tickets.reduce<Ticket | undefined>(
    (found, ticket) => found === undefined || ticket.age < found.age ? ticket : found,
    undefined
  )
  const created = newest === undefined ? undefined : asUtcMs(newest.created)
  if (newest === undefined || created === undefined) return undefined
  const offsetMinutes = Math.round((created - (nowMs - newest.age * 1000)) / QUARTER_HOUR_MS) * 15
  const serverToday = new Date(nowMs + offsetMinutes * 60_000).toISOString().slice(0, 10)
  const createdToday = newest.created.slice(0, 10) === serverToday
  return { offsetMinutes, exact: createdToday && Number(newest.created.slice(11, 13)) >= AFTER_CHANGEOVER_HOUR }
}

/** "2026-11-24 05:35:23" read as if it were UTC. */
const asUtcMs = (timestamp: string): number | undefined => {
  const parts = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(timestamp)?.slice(1).map(Number)
  if (parts === undefined) return undefined
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number]
  return Date.UTC(year, month - 1, day, hour, minute, second)
}

/** serverClockOf the most recently changed tickets; undefined, not a failure, when they cannot be read. */
const serverClock = (nowMs: number): Effect.Effect<ServerClock | undefined, never, RecentTickets> =>
  recentlyChangedTickets.pipe(
    Effect.map((tickets) => serverClockOf(tickets, nowMs)),
    Effect.option,
    Effect.map(Option.getOrUndefined)
  )

/** When a write is sent, with the server's clock when its pending_until is in server time, to be checked against it. */
export const sendTimeOf = (pendingUntil: string | undefined): Effect.Effect<SendTime, never, RecentTickets> =>
  Effect.gen(function*() {
    const nowMs = yield* Clock.currentTimeMillis
    const inServerTime = pendingUntil !== undefined && parsePendingUntil(pendingUntil)?._tag === "ServerTime"
    return { nowMs, serverClock: inServerTime ? yield* serverClock(nowMs) : undefined }
  })
