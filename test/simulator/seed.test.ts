import { readFileSync } from "node:fs"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { loadFixtures } from "../support/fixtures.js"
import { agent1, call, getTicket } from "./otrs.js"
import { recordedSeedSource, seedFile } from "./seed/seedSource.js"

const fixtures = new Map(loadFixtures().map((fixture) => [fixture.name, fixture]))
const recorded = (name: string) => fixtures.get(name)!.response as any

const timeFields = new Set(["Age", "CreateTime", "ChangeTime", "IncomingTime"])
const withoutTimes = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !timeFields.has(key)))

describe("the seed", () => {
  let simulator: OtrsSimulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())

  it("is generated from the current fixtures (regenerate: npx vite-node test/simulator/seed/generate.ts)", () => {
    expect(readFileSync(seedFile, "utf8")).toBe(recordedSeedSource(loadFixtures()))
  })

  for (const [id, thread] of [[56, "vpn"], [57, "invoice"], [58, "printer"]] as const) {
    it(`holds thread ${thread} (ticket ${id}) as TicketGet recorded it`, async () => {
      const expected = recorded(`ticket-get.thread-${thread}.full`).Ticket[0]
      const query = { AllArticles: 1, Attachments: 1, DynamicFields: 1, Extended: 1 }
      const actual = (await getTicket(simulator, id, query)).json.Ticket[0]
      expect(withoutTimes(actual)).toEqual({ ...withoutTimes(expected), Article: actual.Article })
      expect(actual.Article.map(withoutTimes)).toEqual(expected.Article.map(withoutTimes))
    })

    it(`holds the history of thread ${thread}, up to OTRS's unlock-time bookkeeping`, async () => {
      const entry = (item: any) => `${item.HistoryType} ${item.Name} ${item.ArticleID}`
      const notMisc = (item: any) => item.HistoryType !== "Misc"
      const expected = recorded(`ticket-history-get.thread-${thread}`).TicketHistory[0].History
      const actual = (await call(simulator, `/TicketHistory/${id}`, { query: agent1 })).json.TicketHistory[0].History
      expect(actual.filter(notMisc).map(entry)).toEqual(expected.filter(notMisc).map(entry))
    })
  }

  it("serves the HTML of HTML mail as the file-2 attachment", async () => {
    const expected = recorded("ticket-get.thread-vpn.html").Ticket[0].Article
    const query = { AllArticles: 1, Attachments: 1, HTMLBodyAsAttachment: 1 }
    const actual = (await getTicket(simulator, 56, query)).json.Ticket[0].Article
    expect(actual.map((article: any) => article.Attachment)).toEqual(expected.map((article: any) => article.Attachment))
  })

  it("has the recorded test tickets, the welcome ticket and config items", async () => {
    const search = await call(simulator, "/Ticket", { query: { ...agent1, SortBy: "Age", OrderBy: "Up" } })
    expect(search.json.TicketID).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "56", "57", "58"])
    const tickets = (await getTicket(simulator, "2,3,4,5,6,7,8")).json.Ticket
    expect(tickets.map((ticket: any) => [ticket.TicketNumber, ticket.State, ticket.Queue, ticket.Owner])).toEqual([
      ["2026112410000019", "open", "Misc", "agent2"],
      ["2026112410000028", "pending auto close+", "Misc", "agent1"],
      ["2026112410000037", "closed successful", "Junk", "agent1"],
      ["2026112410000046", "new", "Restricted", "agent1"],
      ["2026112410000055", "pending reminder", "Misc", "agent1"],
      ["2026112410000064", "new", "Raw", "root@localhost"],
      ["2026112410000073", "open", "Misc", "agent1"]
    ])
    const items = await call(simulator, "/ConfigItem/Search", { method: "POST", body: { ...agent1, ConfigItem: { Class: "Computer" } } })
    expect(items.json.ConfigItemIDs).toEqual([1, 2, 4, 5, 6, 7])
  })
})
