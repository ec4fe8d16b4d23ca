import { describe, expect, it } from "vitest"
import type { Ticket } from "../../src/schemas/Domain.js"
import { serverUtcOffsetMinutes } from "../../src/tools/serverClock.js"

const NOW = Date.UTC(2026, 11, 1, 22, 0, 0)

const ticket = (created: string, age: number) => ({ created, age }) as Ticket

describe("the OTRS server's lead on UTC", () => {
  it("is read from the ticket created last: its server time of creation, and its age", () => {
    // created 90 s ago, at 23:58:30 on a server at UTC+2 (seconds of latency are rounded away)
    expect(serverUtcOffsetMinutes([ticket("2026-11-24 05:35:23", 650_000), ticket("2026-12-01 23:58:33", 90)], NOW))
      .toBe(120)
    expect(serverUtcOffsetMinutes([ticket("2026-12-01 16:30:00", 1800)], NOW)).toBe(-300)
    expect(serverUtcOffsetMinutes([ticket("2026-12-02 03:15:00", 3600)], NOW)).toBe(375)
  })

  it("is unknown without a ticket to tell", () => {
    expect(serverUtcOffsetMinutes([], NOW)).toBeUndefined()
  })
})
