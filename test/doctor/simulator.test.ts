import { afterAll, afterEach, beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { startSimulator } from "../../src/simulator/index.js"
import type { OtrsSimulator } from "../../src/simulator/types.js"
import { diagnose, env, statuses, stepOf } from "./diagnose.js"

const agentPassword = "agent1pass"

describe("doctor against the OTRS simulator", () => {
  let simulator: OtrsSimulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterEach(() => simulator.clearFaults())
  afterAll(() => simulator.close())

  const agent1 = (extra: Record<string, string> = {}, webService?: string) =>
    env(simulator.webServiceUrl(webService), { OTRS_PASSWORD: agentPassword, ...extra })

  it.live("passes every step of a healthy setup", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1())
      expect(statuses(report)).toEqual({
        configuration: "pass",
        URL: "pass",
        DNS: "pass",
        TCP: "pass",
        TLS: "skip",
        redirects: "pass",
        "web service": "pass",
        routes: "pass",
        credentials: "pass",
        "queue permissions": "pass",
        "config item permissions": "pass"
      })
      expect(report.ok).toBe(true)
      expect(stepOf(report, "routes").detail).toBe("10 of 10 operations answer on their routes")
      expect(stepOf(report, "credentials").detail).toContain("logged in as agent1")
      expect(stepOf(report, "queue permissions").detail).toContain("queue 'Raw'")
      expect(JSON.stringify(report)).not.toContain(agentPassword)
    }))

  it.live("fails the credentials on a wrong password, without showing it", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(env(simulator.webServiceUrl(), { OTRS_PASSWORD: "wrong-Passw0rd" }))
      const credentials = stepOf(report, "credentials")
      expect(credentials.status).toBe("fail")
      expect(credentials.detail).toContain("OTRS rejected the login of 'agent1'")
      expect(credentials.fix).toContain("OTRS_USERNAME and OTRS_PASSWORD")
      expect(statuses(report)).toMatchObject({ routes: "pass", "queue permissions": "skip", "config item permissions": "skip" })
      expect(report.ok).toBe(false)
      expect(JSON.stringify(report)).not.toContain("wrong-Passw0rd")
    }))

  it.live("recognizes an unknown web service name by the closed connection", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({}, "NoSuchWebService"))
      const webService = stepOf(report, "web service")
      expect(webService.status).toBe("fail")
      expect(webService.detail).toContain("closed the connection without answering")
      expect(webService.fix).toContain("web service 'NoSuchWebService'")
      expect(webService.fix).toContain("Admin → Web Services")
      expect(statuses(report)).toMatchObject({ redirects: "skip", routes: "skip", credentials: "skip" })
    }))

  it.live("lists the operations a web service lacks", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({}, "GenericTicketConnectorREST"))
      const routes = stepOf(report, "routes")
      expect(routes.status).toBe("fail")
      expect(routes.detail).toContain("7 of 10 operations answer on their routes")
      expect(routes.detail).toContain("missing: TicketSearchPost (POST /TicketSearch)")
      expect(routes.detail).toContain("missing: ConfigItemGet (GET /ConfigItem/:ConfigItemID)")
      expect(routes.detail).toContain("missing: ConfigItemSearch (POST /ConfigItem/Search)")
      expect(routes.fix).toContain("otrs/OtrsMcp.yml")
      expect(routes.fix).toContain("OTRS_ROUTE_TICKET_SEARCH_POST")
      // what does work is still checked
      expect(statuses(report)).toMatchObject({
        credentials: "pass",
        "queue permissions": "pass",
        "config item permissions": "skip"
      })
      expect(stepOf(report, "config item permissions").detail).toBe("skipped: no usable ConfigItemSearch route (see routes)")
    }))

  it.live("gives a route the server fails on the advice for that failure, not the import of the routes", () =>
    Effect.gen(function*() {
      simulator.inject({ kind: "status", status: 502 }, { operations: ["TicketGet"] })
      simulator.inject({ kind: "reset" }, { operations: ["TicketSearch"] })
      const routes = stepOf(yield* diagnose(agent1()), "routes")
      expect(routes.status).toBe("fail")
      expect(routes.detail).toMatch(/\nfailing: TicketGet: GET http:\/\/\S+\/Ticket\/1 answers HTTP 502/)
      expect(routes.detail).toMatch(/\nfailing: TicketSearch: GET http:\/\/\S+\/Ticket failed: /)
      expect(routes.detail).not.toContain("unknown web service name")
      expect(routes.fix).toContain("OTRS is failing")
      expect(routes.fix).toContain("Check that OTRS is running and reachable at OTRS_BASE_URL.")
      expect(routes.fix).not.toContain("OtrsMcp.yml")
    }))

  it.live("refuses credentials in a full-URL route, without repeating them", () =>
    Effect.gen(function*() {
      const url = simulator.webServiceUrl().replace("http://", "http://admin:TopSecret1@")
      const report = yield* diagnose(agent1({ OTRS_ROUTE_SESSION_CREATE: `POST ${url}/Session` }))
      expect(stepOf(report, "configuration")).toMatchObject({ status: "fail" })
      expect(stepOf(report, "configuration").detail).toContain("OTRS_ROUTE_SESSION_CREATE: contains a user name or " +
        "password (user:password@)")
      expect(JSON.stringify(report)).not.toContain("TopSecret1")
    }))

  it.live("notices a route mapped to another operation", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({ OTRS_ROUTE_TICKET_GET: "GET /Ticket" }))
      const routes = stepOf(report, "routes")
      expect(routes.status).toBe("fail")
      expect(routes.detail).toContain("mapped elsewhere: TicketGet (GET /Ticket) runs TicketSearch")
      expect(stepOf(report, "queue permissions").status).toBe("skip")
    }))

  it.live("says when OTRS_BASE_URL leads to an HTML page", () =>
    Effect.gen(function*() {
      simulator.inject({ kind: "html" })
      const report = yield* diagnose(agent1())
      const webService = stepOf(report, "web service")
      expect(webService.status).toBe("fail")
      expect(webService.detail).toContain("HTML page")
      expect(webService.fix).toContain("nph-genericinterface.pl/Webservice/")
    }))

  it.live("names the OTRS_BASE_URL to use after a redirect", () =>
    Effect.gen(function*() {
      const target = "https://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"
      simulator.inject({ kind: "redirect", location: `${target}/Session` })
      const report = yield* diagnose(agent1())
      const redirects = stepOf(report, "redirects")
      expect(redirects.status).toBe("fail")
      expect(redirects.detail).toContain("the server wants https")
      expect(redirects.fix).toBe(`Set OTRS_BASE_URL=${target}`)
      expect(stepOf(report, "web service").status).toBe("skip")
    }))

  it.live("reports a server that does not answer in time", () =>
    Effect.gen(function*() {
      simulator.inject({ kind: "hang" }, { operations: ["SessionCreate"] })
      const report = yield* diagnose(agent1({ OTRS_TIMEOUT_MS: "300" }))
      expect(stepOf(report, "redirects").status).toBe("skip")
      expect(stepOf(report, "web service")).toMatchObject({ status: "fail" })
      expect(stepOf(report, "web service").detail).toContain("no answer within 0.3 s (OTRS_TIMEOUT_MS=300)")
      expect(stepOf(report, "web service").fix).toContain("Raise OTRS_TIMEOUT_MS if the server is just slow.")
    }))

  it.live("warns when the default queue shows no ticket", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({ OTRS_DEFAULT_QUEUE: "NoSuchQueue" }))
      const queue = stepOf(report, "queue permissions")
      expect(queue.status).toBe("warn")
      expect(queue.detail).toContain("OTRS does not tell which")
      expect(report.ok).toBe(true)
    }))

  it.live("warns when the agent may not use the CMDB", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(env(simulator.webServiceUrl(), { OTRS_USERNAME: "agent2", OTRS_PASSWORD: "agent2pass" }))
      const configItems = stepOf(report, "config item permissions")
      expect(configItems.status).toBe("warn")
      expect(configItems.detail).toContain("agent2 may not search config items")
      expect(report.ok).toBe(true)
    }))
})
