import { spawn } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { toJsonSchema } from "../../src/mcp/StandardSchema.js"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { tools } from "../../src/tools/index.js"
import { bundlePath, projectRoot, startServer } from "../support/mcpHarness.js"

let simulator: OtrsSimulator
beforeAll(async () => {
  simulator = await startSimulator()
})
afterAll(() => simulator.close())

const otrsEnv = () => ({
  OTRS_BASE_URL: simulator.webServiceUrl(),
  OTRS_USERNAME: "agent1",
  OTRS_PASSWORD: "agent1pass"
})

/**
 * What a script does: write the requests, close stdin, read the answers; the server's exit code, the milliseconds
 * from the end of stdin to its exit, and the answers.
 */
const runScript = async (requests: ReadonlyArray<object>) => {
  const child = spawn(process.execPath, [bundlePath], { env: { PATH: process.env["PATH"] ?? "", ...otrsEnv() } })
  let stdout = ""
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve))
  child.stdin.end(requests.map((request) => `${JSON.stringify({ jsonrpc: "2.0", ...request })}\n`).join(""))
  const started = performance.now()
  const code = await exited
  const ms = performance.now() - started
  const answers = stdout.trim().split("\n").map((line) =>
    JSON.parse(line) as { id?: number; result?: { structuredContent?: unknown } }
  )
  return { answers, code, ms }
}

/** The shipped bundle (dist/otrs-mcp.js, made by `npm run build`) starts, answers and stops cleanly. */
describe("dist/otrs-mcp.js", () => {
  it("exists: run `npm run build` before these tests", () => {
    expect(existsSync(bundlePath)).toBe(true)
  })

  it("initializes as otrs-mcp with the package version, lists the registry and exits 0 on stdin EOF", async () => {
    const server = await startServer({ env: otrsEnv() })
    const { version } = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string }
    expect(server.client.getServerVersion()).toEqual({ name: "otrs-mcp", version })
    // the lists never change while the server runs: nothing for a client to listen for
    expect(server.client.getServerCapabilities()).toMatchObject({
      tools: { listChanged: false },
      resources: { listChanged: false }
    })
    await server.client.listTools()
    expect(await server.close()).toEqual({ code: 0, signal: null })
    expect(server.nonJsonRpcLines()).toEqual([])
  })

  it("loads its tools once idle after tools/list, before any call needs them", async () => {
    const server = await startServer({ env: { ...otrsEnv(), OTRS_LOG_LEVEL: "Debug" } })
    try {
      expect(server.stderr()).not.toMatch(/loaded the tools' modules/)
      await server.client.listTools()
      await server.waitForStderr(/loaded the tools' modules and built what they need/)
    } finally {
      await server.close()
    }
  })

  it("lists the JSON Schemas the tools' Effect Schemas convert to (the bundle has them from its build)", async () => {
    const server = await startServer({ env: otrsEnv() })
    const listed = (await server.client.listTools()).tools
    await server.close()
    expect(listed.map((tool) => tool.name).sort()).toEqual(tools.map((tool) => tool.name).sort())
    for (const tool of tools) {
      const schemas = listed.find((candidate) => candidate.name === tool.name)
      expect(schemas?.inputSchema, tool.name).toEqual(toJsonSchema(tool.input))
      expect(schemas?.outputSchema, tool.name).toEqual(toJsonSchema(tool.output, { purpose: "output" }))
    }
  })

  it("answers the requests it read before stdin ended, then exits 0", { timeout: 20_000 }, async () => {
    simulator.inject({ kind: "latency", ms: 300 }, { times: 4 })
    const created = simulator.stats().ticketsCreated
    const requests = [
      { id: 1, method: "initialize", params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "script", version: "0" } } },
      { method: "notifications/initialized" },
      { id: 2, method: "tools/call", params: { name: "get_ticket", arguments: { ticket_id: 56, article_limit: 0 } } },
      { id: 3, method: "tools/call", params: { name: "create_ticket", arguments: { title: "From a script", body: "x", customer_user: "customer1" } } },
      { id: 4, method: "tools/call", params: { name: "get_ticket", arguments: { ticket_id: 2 } } },
      // a cancelled request gets no answer, and is not waited for
      { method: "notifications/cancelled", params: { requestId: 4 } },
      // an id used again before its answer: both are waited for
      { id: 5, method: "tools/call", params: { name: "get_ticket", arguments: { ticket_id: 56, article_limit: 0 } } },
      { id: 5, method: "tools/call", params: { name: "search_tickets", arguments: { full_text: "printer" } } }
    ]
    const { answers, code, ms } = await runScript(requests)
    expect(code).toBe(0)
    expect(ms).toBeLessThan(10_000)
    expect(answers.map((answer) => answer.id).sort()).toEqual([1, 2, 3, 5, 5])
    expect(answers.find((answer) => answer.id === 3)?.result?.structuredContent)
      .toMatchObject({ ticket_id: expect.any(Number) })
    expect(simulator.stats().ticketsCreated).toBe(created + 1)
    simulator.clearFaults()
  })

  it("exits at the end of stdin though a 2026-07-28 client left a subscription open", { timeout: 20_000 }, async () => {
    const meta = {
      "io.modelcontextprotocol/protocolVersion": "2026-07-28",
      "io.modelcontextprotocol/clientCapabilities": {}
    }
    const requests = [
      { id: 1, method: "server/discover", params: { _meta: meta } },
      { id: 2, method: "subscriptions/listen", params: { _meta: meta, notifications: { toolsListChanged: true } } },
      { id: 3, method: "tools/call", params: { _meta: meta, name: "get_ticket", arguments: { ticket_id: 56 } } }
    ]
    const { answers, code, ms } = await runScript(requests)
    expect(code).toBe(0)
    // the SDK would hold the subscription until the 60 s after which the server stops anyway
    expect(ms).toBeLessThan(10_000)
    expect(answers.find((answer) => answer.id === 3)?.result).toMatchObject({ structuredContent: { ticket_id: 56 } })
  })

  it("exits 1 with the reason on stderr when the configuration is wrong", async () => {
    await expect(startServer({ env: { ...otrsEnv(), OTRS_LOG_LEVEL: "loud" } })).rejects.toThrow(
      /otrs-mcp cannot start: otrs-mcp is not configured correctly:\n {2}- OTRS_LOG_LEVEL: not a log level; expected one of debug/
    )
  })
})
