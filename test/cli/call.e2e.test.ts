import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { startServer } from "../support/mcpHarness.js"
import { demoAnnouncement, runCli, textOf } from "./support.js"

/** `otrs-mcp call [--demo] [--json] <tool> '<json args>'`: one tool through the pipeline MCP uses. */
describe("otrs-mcp call --demo", () => {
  it("prints the text result and exits 0", async () => {
    const run = await runCli(["call", "--demo", "get_ticket", "{\"ticket_id\": 56}"])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Ticket 2026112410000555 \(ticket_id 56\)/)
    expect(run.stderr).toMatch(demoAnnouncement)
  })

  it("--json prints the structuredContent", async () => {
    const run = await runCli(["call", "--demo", "--json", "get_ticket", "{\"ticket_id\": 56, \"article_limit\": 0}"])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ ticket_id: 56, ticket_number: "2026112410000555" })
  })

  it("keeps every request in the simulator, whatever routes the environment sets for a real web service", async () => {
    const search = JSON.stringify({ dynamic_fields: [{ name: "Impact", equals: "high" }] })
    const run = await runCli(["call", "--demo", "search_tickets", search], {
      OTRS_ROUTE_TICKET_SEARCH_POST: "https://otrs.example.invalid/otrs/nph-genericinterface.pl/Webservice/X/Search",
      OTRS_ROUTE_TICKET_GET: "GET /Tickets/:TicketID",
      OTRS_ROUTE_TICKET_HISTORY_GET: "not a route"
    })
    expect(run.stderr).not.toContain("otrs.example.invalid")
    expect(run.code).toBe(0)
  })

  it("reads the arguments from stdin for -, as large as an attachment makes them", async () => {
    const content = Buffer.alloc(400_000, "log line\n").toString("base64")
    const args = { title: "Logs attached", body: "See the log.", attachments: [{ filename: "app.log", content_base64: content }] }
    const run = await runCli(["call", "--demo", "--json", "create_ticket", "-"], {}, undefined, JSON.stringify(args))
    expect(run.stderr).not.toContain("failed")
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ ticket_id: expect.any(Number) })
  })

  it("takes the arguments on stdin after a byte-order mark", async () => {
    const run = await runCli(["call", "--demo", "--json", "get_ticket", "-"], {}, undefined, "\uFEFF{\"ticket_id\": 56}")
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ ticket_id: 56 })
  })

  it("names stdin's content as not JSON, like arguments typed", async () => {
    const run = await runCli(["call", "--demo", "get_ticket", "-"], {}, undefined, "ticket 56")
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("the arguments for get_ticket are not JSON")
  })

  it("exits 1 on invalid arguments, naming the field, on stderr", async () => {
    const run = await runCli(["call", "--demo", "get_ticket", "{\"ticket_id\": \"fifty-six\"}"])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe("")
    expect(run.stderr).toContain("Invalid arguments for get_ticket:")
    expect(run.stderr).toContain("- ticket_id: expected an integer > 0, got \"fifty-six\"")
  })

  it("exits 2 on an unknown tool, listing the exposed ones", async () => {
    const run = await runCli(["call", "--demo", "get_tickets", "{}"], { OTRS_READ_ONLY: "true" })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("otrs-mcp: unknown tool 'get_tickets'")
    expect(run.stderr).toContain("The exposed tools: search_tickets, get_ticket,")
    expect(run.stderr).not.toContain("create_ticket")
    // a usage error is found before the simulator starts
    expect(run.stderr).not.toMatch(/demo mode/)
  })

  it("exits 2 on a tool the policy hides", async () => {
    const run = await runCli(["call", "--demo", "create_ticket", "{}"], { OTRS_READ_ONLY: "true" })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("create_ticket is hidden by the tool policy")
  })

  it("names every configuration problem at once, the tool policy's with the connection's", async () => {
    const run = await runCli(["call", "get_ticket", "{\"ticket_id\": 56}"], { OTRS_TOOLS_ALLOW: "get_tickets" })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("OTRS_BASE_URL: missing")
    expect(run.stderr).toContain("OTRS_TOOLS_ALLOW: names unknown tools (get_tickets)")
  })

  it("logs only warnings and errors when OTRS_LOG_LEVEL is blank, as when it is unset", async () => {
    const run = await runCli(["call", "--demo", "get_ticket", "{\"ticket_id\": 999999}"], { OTRS_LOG_LEVEL: " " })
    expect(run.code).toBe(1)
    expect(run.stderr).not.toMatch(/INFO/)
  })

  it("exits 2 when the arguments are not JSON", async () => {
    const run = await runCli(["call", "--demo", "get_ticket", "{ticket_id: 56}"])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("the arguments for get_ticket are not JSON")
    expect(run.stderr).toContain("'{\"ticket_id\": 1}'")
  })

  it("exits 2 when the arguments are JSON but not an object", async () => {
    for (const [args, shown] of [["[]", "an array"], ["null", "null"], ["\"56\"", "\"56\""]] as const) {
      const run = await runCli(["call", "--demo", "get_ticket", args])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(`the arguments for get_ticket are ${shown}, not a JSON object`)
    }
  })
})

describe("otrs-mcp call against the OTRS in the environment", () => {
  let simulator: OtrsSimulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())

  const env = () => ({
    OTRS_BASE_URL: simulator.webServiceUrl(),
    OTRS_USERNAME: "agent2",
    OTRS_PASSWORD: "agent2pass"
  })

  it("answers as the MCP server does, for a result and for an error", async () => {
    const server = await startServer({ env: env() })
    for (const args of [{ ticket_id: 56, article_limit: 1 }, { ticket_id: 999999 }, { ticket_id: 0 }]) {
      const viaMcp = await server.client.callTool({ name: "get_ticket", arguments: args })
      const run = await runCli(["call", "get_ticket", JSON.stringify(args)], env())
      expect(run.code).toBe(viaMcp.isError === true ? 1 : 0)
      expect(viaMcp.isError === true ? run.stderr : run.stdout).toBe(`${textOf(viaMcp)}\n`)
    }
    await server.close()
  })

  it("exits 1 with what to set when the connection variables are missing", async () => {
    const run = await runCli(["call", "get_ticket", "{\"ticket_id\": 56}"])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("OTRS_BASE_URL: missing")
    expect(run.stderr).toContain("--demo")
  })
})
