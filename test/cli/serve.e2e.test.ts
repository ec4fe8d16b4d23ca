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
})
