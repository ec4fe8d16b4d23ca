import { Agent, request } from "node:http"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { makeSimulator, type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { agent1, call, getTicket } from "./otrs.js"

describe("the GenericInterface HTTP protocol", () => {
  let simulator: OtrsSimulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())

  it("GET ignores its body: credentials must be in the query string, a broken body does no harm", async () => {
    const bodyOnly = await call(simulator, "/Ticket", { body: agent1 })
    expect(bodyOnly.json.Error.ErrorCode).toBe("TicketSearch.AuthFail")
    const broken = await call(simulator, "/Ticket", { query: agent1, body: "{bad" })
    expect(broken.json.TicketID.length).toBeGreaterThan(0)
  })

  it("a body that is no JSON is a transport error on POST and PATCH", async () => {
    for (const method of ["POST", "PATCH"]) {
      const answer = await call(simulator, method === "POST" ? "/Ticket" : "/Ticket/2", { method, body: "not json" })
      expect([answer.status, answer.contentType, answer.text]).toEqual([500, "text/plain; charset=UTF-8", "Error while decoding request content."])
    }
  })

  it("unknown routes and methods get OTRS's 500, unknown web services no answer at all", async () => {
    const route = await call(simulator, "/NoSuchRoute", { query: agent1 })
    expect([route.status, route.text]).toEqual([500, "HTTP::REST Error while determine Operation for request URI '/NoSuchRoute'."])
    const method = await call(simulator, "/Ticket/2", { method: "PUT", body: agent1 })
    expect([method.status, method.text]).toEqual([500, "HTTP::REST Error while determine Operation for request URI '/Ticket/2'."])
    expect((await call(simulator, "/Ticket/2", { query: agent1, webService: "NoSuchWebservice" })).status).toBeNull()
  })

  it("answers web services by id: 1 GenericTicketConnectorREST, 2 GenericConfigItemConnectorREST, 3 OtrsMcp", async () => {
    const byId = (id: number, route: string) => fetch(`${simulator.url}/otrs/nph-genericinterface.pl/WebserviceID/${id}${route}`)
    const json = async (response: Promise<Response>): Promise<any> => (await response).json()
    expect((await json(byId(1, "/Ticket/6?UserLogin=agent1&Password=agent1pass"))).Ticket[0].TicketID).toBe(6)
    expect((await byId(1, "/ConfigItem/1?UserLogin=agent1&Password=agent1pass")).status).toBe(500)
    expect((await json(byId(2, "/ConfigItem/1?UserLogin=agent1&Password=agent1pass"))).ConfigItem).toHaveLength(1)
    expect((await json(byId(3, "/TicketHistory/2?UserLogin=agent1&Password=agent1pass"))).TicketHistory).toHaveLength(1)
  })

  it("OtrsMcp maps the operations the tools use, the search both by GET and by POST", async () => {
    const get = await call(simulator, "/Ticket", { query: { ...agent1, Queues: ["Raw", "Junk"] } })
    expect(get.json.TicketID).toEqual(["7", "4", "1"])
    const post = await call(simulator, "/TicketSearch", { method: "POST", body: { ...agent1, DynamicField_Impact: { Equals: "low" } } })
    expect(post.json.TicketID).toEqual(["8"])
    const ignored = await call(simulator, "/Ticket", { query: { ...agent1, DynamicField_Impact: "low" } })
    expect(ignored.json.TicketID.length).toBe(11)
    const list = await call(simulator, "/TicketList", {
      query: { ...agent1, TicketID: [2, 3] },
      webService: "GenericTicketConnectorREST"
    })
    expect(list.json.Ticket.map((ticket: any) => ticket.TicketID)).toEqual([2, 3])
    const items = await call(simulator, "/ConfigItem/Search", { method: "POST", body: { ...agent1, ConfigItem: { Class: "Computer", Name: "srv-*" } } })
    expect(items.json.ConfigItemIDs).toEqual([2])
  })

  it("keeps connections alive", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const get = () =>
      new Promise<{ reused: boolean; connection: string | undefined }>((resolve, reject) => {
        const sent = request(`${simulator.webServiceUrl()}/Ticket/2?UserLogin=agent1&Password=agent1pass`, { agent }, (response) => {
          response.resume()
          response.on("end", () => resolve({ reused: sent.reusedSocket, connection: response.headers.connection }))
        })
        sent.on("error", reject)
        sent.end()
      })
    try {
      expect(await get()).toEqual({ reused: false, connection: "keep-alive" })
      expect(await get()).toEqual({ reused: true, connection: "keep-alive" })
    } finally {
      agent.destroy()
    }
  })

  it("serves 50 concurrent requests", async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, (_, index) => getTicket(simulator, (index % 8) + 1)))
    expect(answers.every((answer) => answer.status === 200 && answer.json.Ticket.length === 1)).toBe(true)
  })
})

describe("stats", () => {
  it.scoped("count requests, operations, sessions, tickets and articles; the seed does not count", () =>
    Effect.gen(function*() {
      const simulator = yield* makeSimulator()
      expect(simulator.stats()).toEqual({ requests: 0, byOperation: {}, sessionCreates: 0, ticketsCreated: 0, articlesCreated: 0 })
      yield* Effect.promise(async () => {
        await call(simulator, "/Session", { method: "POST", body: agent1 })
        await getTicket(simulator, 2)
        await getTicket(simulator, 3)
        await call(simulator, "/NoSuchRoute")
        const created = await call(simulator, "/Ticket", {
          method: "POST",
          body: {
            ...agent1,
            Ticket: { Title: "Stats", Queue: "Raw", State: "new", Priority: "3 normal", CustomerUser: "customer1" },
            Article: { Subject: "s", Body: "b", ContentType: "text/plain; charset=utf8" }
          }
        })
        await call(simulator, `/Ticket/${created.json.TicketID}`, { method: "PATCH", body: { ...agent1, Article: { Subject: "s", Body: "b" } } })
      })
      const snapshot = simulator.stats()
      expect(snapshot).toEqual({
        requests: 6,
        byOperation: { SessionCreate: 1, TicketGet: 2, TicketCreate: 1, TicketUpdate: 1 },
        sessionCreates: 1,
        ticketsCreated: 1,
        articlesCreated: 2
      })
      snapshot.byOperation["TicketGet"] = 99
      expect(simulator.stats().byOperation["TicketGet"]).toBe(2)
    })
  )
})
