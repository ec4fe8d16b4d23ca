import { request } from "node:http"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@effect/vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { agent1, call, getTicket } from "./otrs.js"

describe("faults", () => {
  let simulator: OtrsSimulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterEach(() => simulator.clearFaults())
  afterAll(() => simulator.close())

  it("status: that status with a plain-text body, closing the connection", async () => {
    simulator.inject({ kind: "status", status: 503 })
    const answer = await getTicket(simulator, 2)
    expect(answer.status).toBe(503)
    expect(answer.contentType).toBe("text/plain; charset=UTF-8")
    expect(answer.text).toBe("503 Service Unavailable")
  })

  it("html: a 200 HTML page instead of JSON", async () => {
    simulator.inject({ kind: "html" })
    const answer = await getTicket(simulator, 2)
    expect(answer.status).toBe(200)
    expect(answer.contentType).toMatch(/^text\/html/)
    expect(answer.text).toContain("<form")
  })

  it("reset: the connection ends without an answer", async () => {
    simulator.inject({ kind: "reset" })
    expect((await getTicket(simulator, 2)).status).toBeNull()
  })

  it("malformedJson: 200 application/json that does not parse", async () => {
    simulator.inject({ kind: "malformedJson" })
    const answer = await getTicket(simulator, 2)
    expect(answer.status).toBe(200)
    expect(answer.contentType).toBe("application/json; charset=UTF-8")
    expect(() => JSON.parse(answer.text)).toThrow()
  })

  it("redirect: 301 with a Location", async () => {
    simulator.inject({ kind: "redirect", location: "https://otrs.example/otrs/nph-genericinterface.pl/Webservice/OtrsMcp" })
    const response = await fetch(`${simulator.webServiceUrl()}/Ticket/2`, { redirect: "manual" })
    expect(response.status).toBe(301)
    expect(response.headers.get("location")).toBe("https://otrs.example/otrs/nph-genericinterface.pl/Webservice/OtrsMcp")
  })

  it("latency: the answer comes later, without holding up other requests", async () => {
    simulator.inject({ kind: "latency", ms: 400 }, { operations: ["TicketGet"] })
    const finished: Array<string> = []
    const slow = getTicket(simulator, 2).then((answer) => finished.push(`get ${answer.status}`))
    const fast = call(simulator, "/Ticket", { query: agent1 }).then((answer) => finished.push(`search ${answer.status}`))
    await Promise.all([slow, fast])
    expect(finished).toEqual(["search 200", "get 200"])
  })

  it("times and operations limit a fault", async () => {
    simulator.inject({ kind: "status", status: 502 }, { times: 2, operations: ["TicketGet"] })
    expect((await call(simulator, "/Ticket", { query: agent1 })).status).toBe(200)
    expect((await getTicket(simulator, 2)).status).toBe(502)
    expect((await getTicket(simulator, 2)).status).toBe(502)
    expect((await getTicket(simulator, 2)).status).toBe(200)
  })

  it("web service operation names select routes too (TicketSearchPOST is the POST search)", async () => {
    simulator.inject({ kind: "status", status: 500 }, { operations: ["TicketSearchPOST"] })
    expect((await call(simulator, "/Ticket", { query: agent1 })).status).toBe(200)
    expect((await call(simulator, "/TicketSearch", { method: "POST", body: agent1 })).status).toBe(500)
  })

  it("clearFaults ends every fault", async () => {
    simulator.inject({ kind: "reset" })
    simulator.clearFaults()
    expect((await getTicket(simulator, 2)).status).toBe(200)
  })
})

describe("a hanging request", () => {
  it("never answers, until the simulator closes", async () => {
    const simulator = await startSimulator()
    simulator.inject({ kind: "hang" })
    let settled = false
    const outcome = new Promise<string>((resolve) => {
      const hanging = request(`${simulator.webServiceUrl()}/Ticket/2?UserLogin=agent1&Password=agent1pass`, { agent: false }, () => resolve("answered"))
      hanging.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"))
      hanging.end()
    }).finally(() => {
      settled = true
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(settled).toBe(false)
    await simulator.close()
    expect(await outcome).toBe("ECONNRESET")
  })
})

describe("faults that cannot hit", () => {
  it("are refused when injected, saying why", async () => {
    const simulator = await startSimulator()
    const refused = (fault: unknown, scope?: unknown) =>
      expect(() => simulator.inject(fault as never, scope as never)).toThrow(TypeError)
    refused({ kind: "slow" })
    refused({ kind: "status", status: 1000 })
    refused({ kind: "status", status: 103 })
    refused({ kind: "redirect", location: "https://otrs.example/\u20ac" })
    refused({ kind: "latency", ms: -1 })
    refused({ kind: "redirect", location: "https://x\r\nSet-Cookie: a=b" })
    expect(() => simulator.inject({ kind: "reset" }, { operations: ["TicketSearchPost"] })).toThrow(
      /no operation is called "TicketSearchPost" \(did you mean TicketSearchPOST\?\)/
    )
    simulator.inject({ kind: "reset" }, { operations: ["TicketSearchPOST", "ConfigItemCreate"] })
    await simulator.close()
    expect(() => simulator.inject({ kind: "reset" })).toThrow(/closed/)
  })
})
