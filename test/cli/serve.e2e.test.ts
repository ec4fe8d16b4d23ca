import { describe, expect, it } from "vitest"
import { startServer } from "../support/mcpHarness.js"
import { demoAnnouncement, runCli, textOf } from "./support.js"

/** `otrs-mcp` and `otrs-mcp --demo`: the MCP server on stdio. */
describe("otrs-mcp --demo", () => {

  it("serves the tools against the built-in simulator, announced on stderr only", async () => {
    const server = await startServer({ args: ["--demo"] })
    const { tools } = await server.client.listTools()
    expect(tools.map((tool) => tool.name)).toContain("create_ticket")
    const result = await server.client.callTool({ name: "get_ticket", arguments: { ticket_id: 56 } })
    expect(result.isError).toBeFalsy()
    expect(textOf(result)).toContain("Ticket 2026112410000555 (ticket_id 56)")
    expect(server.stderr()).toMatch(demoAnnouncement)
    expect(server.stderr().match(/demo mode/g)).toHaveLength(1)
    expect(await server.close()).toEqual({ code: 0, signal: null })
    expect(server.nonJsonRpcLines()).toEqual([])
  })

  it("creates tickets for the demo customer user without being told one", async () => {
    const server = await startServer({ args: ["--demo"] })
    const result = await server.client.callTool({
      name: "create_ticket",
      arguments: { title: "Printer on fire", body: "Please send help." }
    })
    expect(result.isError).toBeFalsy()
    expect(result.structuredContent).toMatchObject({ ticket_id: expect.any(Number) })
    await server.close()
  })

  it("keeps the tool policy of the environment", async () => {
    const server = await startServer({ args: ["--demo"], env: { OTRS_READ_ONLY: "true" } })
    const { tools } = await server.client.listTools()
    expect(tools.map((tool) => tool.name)).not.toContain("create_ticket")
    expect(tools.map((tool) => tool.name)).toContain("get_ticket")
    await server.close()
  })

  it("warns on stderr when the tool policy leaves no tool, and serves anyway", async () => {
    const server = await startServer({ args: ["--demo"], env: { OTRS_TOOLS_ALLOW: "create_ticket", OTRS_READ_ONLY: "true" } })
    expect((await server.client.listTools()).tools).toEqual([])
    expect(server.stderr()).toMatch(/WARN .*tool policy: OTRS_TOOLS_ALLOW names create_ticket, which OTRS_READ_ONLY=true hides/)
    expect(server.stderr()).toContain("leave no tool exposed")
    await server.close()
  })

  it("needs no login or password of its own: blank ones in the environment do not count", async () => {
    const server = await startServer({ args: ["--demo"], env: { OTRS_USERNAME: " ", OTRS_PASSWORD: "", OTRS_RETRIES: "" } })
    const result = await server.client.callTool({ name: "create_session", arguments: {} })
    expect(textOf(result)).toContain("Logged in to OTRS as agent1")
    expect(server.stderr()).not.toContain("WARN")
    await server.close()
  })

  it("uses the simulator even when the environment names an OTRS", async () => {
    const server = await startServer({
      args: ["--demo"],
      env: { OTRS_BASE_URL: "http://127.0.0.1:9/otrs/nph-genericinterface.pl/Webservice/OtrsMcp", OTRS_PASSWORD: "x" }
    })
    const result = await server.client.callTool({ name: "create_session", arguments: {} })
    expect(textOf(result)).toContain("Logged in to OTRS as agent1")
    await server.close()
  })
})

describe("otrs-mcp without configuration", () => {
  it("exits 1 at once, naming the missing variables and --demo, with nothing on stdout", async () => {
    const run = await runCli([])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe("")
    for (const variable of ["OTRS_BASE_URL", "OTRS_USERNAME", "OTRS_PASSWORD"]) {
      expect(run.stderr).toContain(`${variable}: missing`)
    }
    expect(run.stderr).toContain("--demo")
    expect(run.stderr).not.toMatch(/demo mode/)
  })
  it("exits 1 naming every wrong variable in one message, each with what it accepts", async () => {
    const run = await runCli([], {
      OTRS_BASE_URL: "http://127.0.0.1:9/x",
      OTRS_USERNAME: "a",
      OTRS_PASSWORD: "b",
      OTRS_TIMEOUT_MS: "abc",
      OTRS_READ_ONLY: "sometimes",
      OTRS_LOG_LEVEL: "loud",
      OTRS_TOOLS_ALLOW: "nope"
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe("")
    expect(run.stderr).toContain("otrs-mcp cannot start: otrs-mcp is not configured correctly:\n" + [
      "  - OTRS_TIMEOUT_MS: not a whole number; expected a whole number of milliseconds from 1 to 3600000, in decimal digits " +
      "(default 30000)",
      "  - OTRS_LOG_LEVEL: not a log level; expected one of debug, info, warning, error, none (in any case; default info)",
      "  - OTRS_TOOLS_ALLOW: names unknown tools (nope); the known tools are search_tickets, get_ticket, " +
      "get_ticket_history, create_ticket, update_ticket, search_config_items, get_config_item, create_session",
      "  - OTRS_READ_ONLY: not a yes/no value; expected true or false (also yes/no, on/off, 1/0; in any case)",
      "Fix these environment variables (see the README)."
    ].join("\n"))
    expect(run.stderr).not.toContain("Invalid data")
  })

  it("refuses an OTRS_BASE_URL with a query string at once", async () => {
    const run = await runCli([], { OTRS_BASE_URL: "http://127.0.0.1:9/x?foo=1", OTRS_USERNAME: "a", OTRS_PASSWORD: "b" })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("OTRS_BASE_URL: has a query string (?...): remove it")
  })
})
