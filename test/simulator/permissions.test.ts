import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { agent1, agent2, call, customer1, getTicket } from "./otrs.js"

describe("permissions", () => {
  let simulator: OtrsSimulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())

  const denied = (operation: string, message = "User does not have access to the ticket!") => ({
    ErrorCode: `${operation}.AccessDenied`,
    ErrorMessage: `${operation}: ${message}`
  })

  it("agent2 cannot read, update or see ticket 5 in queue Restricted; agent1 can", async () => {
    expect((await getTicket(simulator, 5, {}, agent1)).json.Ticket[0].Queue).toBe("Restricted")
    expect((await getTicket(simulator, 5, {}, agent2)).json.Error).toEqual(denied("TicketGet"))
    expect((await getTicket(simulator, "2,5", {}, agent2)).json.Error).toEqual(denied("TicketGet"))
    const history = await call(simulator, "/TicketHistory/5", { query: agent2 })
    expect(history.json.Error).toEqual(denied("TicketHistoryGet", "User does not have access to the ticket 5!"))
    const update = await call(simulator, "/Ticket/5", { method: "PATCH", body: { ...agent2, Ticket: { State: "open" } } })
    expect(update.json.Error).toEqual(denied("TicketUpdate"))
    expect((await call(simulator, "/Ticket", { query: agent1 })).json.TicketID).toContain("5")
    expect((await call(simulator, "/Ticket", { query: agent2 })).json.TicketID).not.toContain("5")
  })

  it("agent2 may not create tickets in queue Restricted", async () => {
    const created = await call(simulator, "/Ticket", {
      method: "POST",
      body: {
        ...agent2,
        Ticket: { Title: "x", Queue: "Restricted", State: "new", Priority: "3 normal", CustomerUser: "customer1" },
        Article: { Subject: "x", Body: "x", ContentType: "text/plain; charset=utf8" }
      }
    })
    expect(created.json.Error.ErrorCode).toBe("TicketCreate.AccessDenied")
  })

  it("agent2 has no access to the CMDB", async () => {
    expect((await call(simulator, "/ConfigItem/1", { query: agent2 })).json.Error).toEqual({
      ErrorCode: "ConfigItemGet.AccessDenied",
      ErrorMessage: "ConfigItemGet: Can not get configuration item!"
    })
    const search = await call(simulator, "/ConfigItem/Search", { method: "POST", body: { ...agent2, ConfigItem: { Class: "Computer" } } })
    expect(search.json.Error.ErrorCode).toBe("ConfigItemSearch.AccessDenied")
  })

  it("customer users see their own tickets, and only the articles visible to them", async () => {
    const search = await call(simulator, "/Ticket", { query: customer1 })
    expect(search.json.TicketID).toContain("5")
    expect(search.json.TicketID).not.toContain("1")
    expect((await getTicket(simulator, 1, {}, customer1)).json.Error).toEqual(denied("TicketGet"))
    const asAgent = (await getTicket(simulator, 2, { AllArticles: 1 }, agent1)).json.Ticket[0].Article
    const asCustomer = (await getTicket(simulator, 2, { AllArticles: 1 }, customer1)).json.Ticket[0].Article
    expect(asAgent.map((article: any) => article.IsVisibleForCustomer)).toEqual([1, 0, 1])
    expect(asCustomer.map((article: any) => article.ArticleID)).toEqual([2, 9])
  })
})
