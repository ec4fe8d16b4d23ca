import { setTimeout as sleep } from "node:timers/promises"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { call, customer1, getTicket, login } from "./otrs.js"

const sessionValue = (answer: { json: any }, key: string) =>
  answer.json.SessionData.find((entry: { Key: string }) => entry.Key === key)?.Value

describe("sessions", () => {
  let simulator: OtrsSimulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())

  it("SessionCreate hands out a SessionID that works in every web service, and SessionGet tells whose it is", async () => {
    const sessionId = await login(simulator)
    expect(sessionId).toMatch(/^[A-Za-z0-9]{32}$/)
    const session = await call(simulator, `/Session/${sessionId}`, { webService: "GenericTicketConnectorREST" })
    expect(sessionValue(session, "UserLogin")).toBe("agent1")
    expect(sessionValue(session, "UserType")).toBe("User")
    const item = await call(simulator, "/ConfigItem/1", { webService: "GenericConfigItemConnectorREST", query: { SessionID: sessionId } })
    expect(item.json.ConfigItem[0].Name).toBe("ws-floor3-001")
  })

  it("customer users get sessions too", async () => {
    const sessionId = await login(simulator, customer1)
    const session = await call(simulator, `/Session/${sessionId}`)
    expect(sessionValue(session, "UserType")).toBe("Customer")
    expect(sessionValue(session, "UserCustomerID")).toBe("ACME")
  })

  it("expireSessions invalidates every SessionID, as idle expiry does", async () => {
    const sessionId = await login(simulator)
    expect((await getTicket(simulator, 2, {}, { SessionID: sessionId })).json.Ticket).toHaveLength(1)
    simulator.expireSessions()
    expect((await getTicket(simulator, 2, {}, { SessionID: sessionId })).json.Error).toEqual({
      ErrorCode: "TicketGet.AuthFail",
      ErrorMessage: "TicketGet: Authorization failing!"
    })
    const update = await call(simulator, "/Ticket/2", { method: "PATCH", body: { SessionID: sessionId, Ticket: { Priority: "3 normal" } } })
    expect(update.json.Error.ErrorMessage).toBe("TicketUpdate: User could not be authenticated!")
    expect((await call(simulator, `/Session/${sessionId}`)).json.Error.ErrorCode).toBe("SessionGet.SessionInvalid")
  })
})

describe("idle sessions", () => {
  it("expire after sessionIdleSeconds without use; each use starts the idle time over", async () => {
    const simulator = await startSimulator({ sessionIdleSeconds: 1 })
    try {
      const sessionId = await login(simulator)
      const works = async () => (await getTicket(simulator, 2, {}, { SessionID: sessionId })).json.Ticket !== undefined
      await sleep(600)
      expect(await works()).toBe(true)
      await sleep(600)
      expect(await works()).toBe(true)
      await sleep(1300)
      expect(await works()).toBe(false)
    } finally {
      await simulator.close()
    }
  })
})
