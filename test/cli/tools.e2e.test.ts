import { describe, expect, it } from "vitest"
import { tools } from "../../src/tools/index.js"
import { runCli } from "./support.js"

/** `otrs-mcp tools [--markdown]`: needs no OTRS configuration. */
describe("otrs-mcp tools", () => {
  const writing = tools.filter((tool) => tool.writes).map((tool) => tool.name)
  const reading = tools.filter((tool) => !tool.writes).map((tool) => tool.name)

  it("lists every tool, one per line: name, read or write, title", async () => {
    const run = await runCli(["tools"])
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split("\n")
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(tools.map((tool) => tool.name))
    for (const tool of tools) {
      expect(lines.find((line) => line.startsWith(`${tool.name} `))).toMatch(
        new RegExp(`^${tool.name} +${tool.writes ? "write" : "read "}  ${tool.title}$`)
      )
    }
    expect(run.stderr).toBe("")
  })

  it("leaves out the write tools with OTRS_READ_ONLY=true", async () => {
    const run = await runCli(["tools"], { OTRS_READ_ONLY: "true" })
    expect(run.code).toBe(0)
    const names = run.stdout.trimEnd().split("\n").map((line) => line.split(/\s+/)[0])
    expect(names).toEqual(reading)
    expect(writing.length).toBeGreaterThan(0)
  })

  it("follows OTRS_TOOLS_ALLOW and OTRS_TOOLS_DENY", async () => {
    const run = await runCli(["tools"], { OTRS_TOOLS_ALLOW: "get_ticket,search_tickets", OTRS_TOOLS_DENY: "search_tickets" })
    expect(run.stdout.trimEnd().split("\n").map((line) => line.split(/\s+/)[0])).toEqual(["get_ticket"])
  })

  it("exits 1 on a tool policy naming unknown tools, worded as the server and call word it", async () => {
    const run = await runCli(["tools"], { OTRS_TOOLS_DENY: "delete_everything" })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("  - OTRS_TOOLS_DENY: names unknown tools (delete_everything); the known tools are")
    expect(run.stdout).toBe("")
  })

  it("exits 1 naming a wrong OTRS_LOG_LEVEL, which it would otherwise take for the default", async () => {
    const run = await runCli(["tools"], { OTRS_LOG_LEVEL: "loud" })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("  - OTRS_LOG_LEVEL: not a log level")
    expect(run.stdout).toBe("")
  })

  it("--markdown documents every tool whatever the policy", async () => {
    const run = await runCli(["tools", "--markdown"], { OTRS_READ_ONLY: "true" })
    expect(run.code).toBe(0)
    for (const tool of tools) expect(run.stdout).toContain(`### \`${tool.name}\`: ${tool.title}`)
    expect(run.stdout).toContain("### Resources")
  })
})
