import { describe, expect, it } from "vitest"
import type { Ticket } from "../../src/schemas/Domain.js"
import { serverClockOf } from "../../src/tools/serverClock.js"

const NOW = Date.UTC(2026, 11, 1, 10, 0, 0)

const ticket = (created: string, age: number) => ({ created, age }) as Ticket

describe("the OTRS server's clock", () => {
  it("is read from the ticket created last: its server time of creation, and its age", () => {
    // created 90 s ago, at 11:58:30 on a server at UTC+2 (seconds of latency are rounded away)
    expect(serverClockOf([ticket("2026-11-24 05:35:23", 650_000), ticket("2026-12-01 11:58:33", 90)], NOW))
      .toEqual({ offsetMinutes: 120, exact: true })
    expect(serverClockOf([ticket("2026-12-01 04:30:00", 1800)], NOW)?.offsetMinutes).toBe(-300)
    expect(serverClockOf([ticket("2026-12-01 15:15:00", 3600)], NOW)?.offsetMinutes).toBe(375)
  })

  it("is not exact unless that ticket was created today after any change to or from daylight saving time", () => {
    // three weeks ago, in summer time: today the offset may be an hour less
    expect(serverClockOf([ticket("2026-11-10 11:00:00", 21 * 86_400)], NOW))
      .toEqual({ offsetMinutes: 60, exact: false })
    // today, but at 02:30, when clocks may have gone back or forward since
    expect(serverClockOf([ticket("2026-12-01 02:30:00", 8.5 * 3600)], NOW))
      .toEqual({ offsetMinutes: 60, exact: false })
  })

  it("is unknown without a ticket to tell", () => {
    expect(serverClockOf([], NOW)).toBeUndefined()
  })
})
