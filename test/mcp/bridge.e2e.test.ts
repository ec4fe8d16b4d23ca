import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js"
import { Client as ClientV1 } from "@modelcontextprotocol/sdk/client/index.js"
import type { Client } from "@modelcontextprotocol/client"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bundleEntry, type Harness, startServer, startServerV1 } from "../support/mcpHarness.js"

/** The bridge end to end: test tools (test/support/bridge-fixture.ts) in a real process, over stdio. */

let fixture: string
beforeAll(async () => {
  fixture = await bundleEntry("test/support/bridge-fixture.ts")
})

const textOf = (result: { content?: unknown }) =>
  (result.content as ReadonlyArray<{ type: string; text?: string }>).map((part) => part.text ?? "").join("\n")

const containsRef = (value: unknown): boolean =>
  typeof value === "object" && value !== null &&
  Object.entries(value).some(([key, inner]) => key === "$ref" || key === "$defs" || containsRef(inner))

describe("one running fixture server", () => {
  let server: Harness<Client>
  beforeAll(async () => {
    server = await startServer({ entry: fixture })
  })
  afterAll(async () => {
    expect(server.nonJsonRpcLines()).toEqual([])
    expect(await server.close()).toEqual({ code: 0, signal: null })
  })

  it("lists the tools with inline 2020-12 schemas, descriptions and annotations", async () => {
    const { tools } = await server.client.listTools()
    expect(tools.map((tool) => tool.name)).toEqual(["echo_ticket", "fail_tagged", "die", "slow"])
    const echo = tools.find((tool) => tool.name === "echo_ticket")!
    expect(containsRef(echo.inputSchema)).toBe(false)
    expect(containsRef(echo.outputSchema)).toBe(false)
    expect(echo.inputSchema).not.toHaveProperty("$schema")
    expect(echo.inputSchema).toMatchObject({
      type: "object",
      required: ["ticket_id"],
      additionalProperties: false,
      properties: {
        ticket_id: { type: "integer", exclusiveMinimum: 0, description: "The ticket's id (not its number)." },
        nested: { type: "object", properties: { level: { enum: ["low", "high"], description: "How urgent." } } }
      }
    })
    // the output schema is the shape only: clients check results against it, models do not read it
    expect(echo.outputSchema).toEqual({
      type: "object",
      properties: expect.objectContaining({ created: { type: "string" } })
    })
    expect(echo.title).toBe("Echo a ticket")
    // destructiveHint and idempotentHint mean nothing on a read-only tool, and openWorldHint true is the default
    expect(echo.annotations).toEqual({ readOnlyHint: true })
  })

  it("answers a call with the encoded output as structuredContent and the rendering as text", async () => {
    const result = await server.client.callTool({ name: "echo_ticket", arguments: { ticket_id: 7, note: "hi" } })
    expect(result.isError).toBeFalsy()
    expect(result.structuredContent).toEqual({
      ticket_id: 7,
      desk: "Fixture Desk",
      created: "2026-01-02T03:04:05.000Z",
      note: "hi"
    })
    expect(result.content).toEqual([{ type: "text", text: "Ticket 7 at Fixture Desk: hi" }])
  })

  it.each([
    ["a missing argument", {}, "- ticket_id: missing: expected an integer > 0"],
    [
      "a string for a number",
      { ticket_id: "7" },
      "- ticket_id: expected an integer > 0, got \"7\", in quotes: write 7, without quotes"
    ],
    ["a number out of range", { ticket_id: -1 }, "- ticket_id: expected an integer > 0, got -1"],
    ["a fraction", { ticket_id: 1.5 }, "- ticket_id: expected an integer > 0, got 1.5"],
    ["an empty string", { ticket_id: 1, note: "" }, "- note: expected a string of at least 1 character, got \"\""],
    ["a misspelt field", { ticket_id: 1, tiket_id: 2 }, "- tiket_id: unknown field: did you mean \"ticket_id\"?"],
    [
      "an unknown field",
      { ticket_id: 1, tiket: 2 },
      "- tiket: unknown field; this object takes: ticket_id, note, tags, nested"
    ],
    ["a wrong array element", { ticket_id: 1, tags: ["a", "c"] }, "- tags[1]: expected one of \"a\", \"b\", got \"c\""],
    [
      "a wrong nested field",
      { ticket_id: 1, nested: { level: "medium" } },
      "- nested.level: expected one of \"low\", \"high\", got \"medium\""
    ]
  ])("answers %s with isError naming the field", async (_, args, line) => {
    const result = await server.client.callTool({ name: "echo_ticket", arguments: args })
    expect(result.isError).toBe(true)
    const text = textOf(result)
    expect(text).toContain("Invalid arguments for echo_ticket:")
    expect(text.split("\n")).toContain(line)
    expect(text).toContain("call echo_ticket again")
  })

  it("lists every problem of one call", async () => {
    const result = await server.client.callTool({ name: "echo_ticket", arguments: { note: 5, extra: true } })
    expect(textOf(result).split("\n").filter((line) => line.startsWith("- "))).toEqual([
      "- extra: unknown field; this object takes: ticket_id, note, tags, nested",
      "- ticket_id: missing: expected an integer > 0",
      "- note: expected a string of at least 1 character, got 5, a number: if you mean the text \"5\", " +
      "write it in quotes"
    ])
  })

  it("answers a tagged failure with isError and the error's message", async () => {
    const result = await server.client.callTool({ name: "fail_tagged", arguments: { ticket_id: 9 } })
    expect(result).toEqual({
      content: [{
        type: "text",
        text: "fail_tagged failed: ticket 9 does not exist. Check the id with a search first."
      }],
      isError: true
    })
  })

  it("answers a defect with isError, logs the cause on stderr and keeps serving", async () => {
    const result = await server.client.callTool({ name: "die", arguments: {} })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toMatch(/^Internal error in die; it was logged on the server's stderr\./)
    await server.waitForStderr(/internal error in tool die[\s\S]*fixture defect: the unexpected happened/)
    const next = await server.client.callTool({ name: "echo_ticket", arguments: { ticket_id: 1 } })
    expect(next.isError).toBeFalsy()
  })

  it("interrupts the handler's fiber when the client cancels the call", async () => {
    const controller = new AbortController()
    const call = server.client.callTool({ name: "slow", arguments: {} }, { signal: controller.signal })
    await server.waitForStderr(/slow tool started/)
    controller.abort("the user changed their mind")
    await expect(call).rejects.toThrow()
    await server.waitForStderr(/slow tool interrupted/)
    const next = await server.client.callTool({ name: "echo_ticket", arguments: { ticket_id: 2 } })
    expect(next.isError).toBeFalsy()
  })

  it("answers a call to an unknown tool with the SDK's JSON-RPC error", async () => {
    await expect(server.client.callTool({ name: "no_such_tool", arguments: {} })).rejects.toThrow(
      /Tool no_such_tool not found/
    )
  })

  it("reads template and fixed resources as JSON", async () => {
    const { resourceTemplates } = await server.client.listResourceTemplates()
    expect(resourceTemplates).toEqual([expect.objectContaining({
      name: "fixture_ticket",
      uriTemplate: "fixture://ticket/{ticket_id}",
      mimeType: "application/json"
    })])
    const { resources } = await server.client.listResources()
    expect(resources.map((resource) => resource.uri)).toEqual(["fixture://about"])

    const ticket = await server.client.readResource({ uri: "fixture://ticket/12" })
    expect(ticket.contents).toEqual([{
      uri: "fixture://ticket/12",
      mimeType: "application/json",
      text: JSON.stringify({ ticket_id: 12, desk: "Fixture Desk" })
    }])
    const about = await server.client.readResource({ uri: "fixture://about" })
    expect(about.contents[0]).toMatchObject({ text: "{\"fixture\":true}" })
  })

  it("answers a bad resource URI or a failing resource with a JSON-RPC error naming the problem", async () => {
    await expect(server.client.readResource({ uri: "fixture://ticket/abc" })).rejects.toThrow(
      /Invalid resource URI fixture:\/\/ticket\/abc: ticket_id: expected an integer > 0: Unable to decode "abc" into a number/
    )
    await expect(server.client.readResource({ uri: "fixture://ticket/404" })).rejects.toThrow(
      /ticket 404 does not exist/
    )
  })
})

describe("the tool policy", () => {
  it("removes write tools in read-only mode, and the SDK refuses calls to them", async () => {
    const server = await startServer({ entry: fixture, env: { OTRS_READ_ONLY: "true", OTRS_TOOLS_DENY: "die" } })
    const { tools } = await server.client.listTools()
    expect(tools.map((tool) => tool.name)).toEqual(["echo_ticket", "slow"])
    await expect(server.client.callTool({ name: "fail_tagged", arguments: { ticket_id: 1 } })).rejects.toThrow(
      /Tool fail_tagged disabled/
    )
    await expect(server.client.callTool({ name: "die", arguments: {} })).rejects.toThrow(/Tool die disabled/)
    expect(await server.close()).toEqual({ code: 0, signal: null })
  })

  it("exposes only the allowed tools", async () => {
    const server = await startServer({ entry: fixture, env: { OTRS_TOOLS_ALLOW: "slow, echo_ticket" } })
    expect((await server.client.listTools()).tools.map((tool) => tool.name)).toEqual(["echo_ticket", "slow"])
    await server.close()
  })

  it("withdraws the resources of a removed tool, which serve the same data", async () => {
    const server = await startServer({ entry: fixture, env: { OTRS_TOOLS_DENY: "echo_ticket" } })
    expect((await server.client.listResources()).resources).toEqual([])
    expect((await server.client.listResourceTemplates()).resourceTemplates).toEqual([])
    await server.close()
  })

  it("refuses to start with an unknown tool name, naming it and the known tools on stderr", async () => {
    await expect(startServer({ entry: fixture, env: { OTRS_TOOLS_DENY: "delete_everything" } })).rejects.toThrow(
      "OTRS_TOOLS_DENY names unknown tools: delete_everything. The known tools are: echo_ticket, fail_tagged, die, slow."
    )
  })
})

describe("the process", () => {
  it("exits 0 and releases its layers when stdin closes", async () => {
    const server = await startServer({ entry: fixture })
    await server.client.listTools()
    expect(await server.close()).toEqual({ code: 0, signal: null })
    expect(server.stderr()).toContain("fixture layer released")
    expect(server.nonJsonRpcLines()).toEqual([])
  })

  it.each(["SIGTERM", "SIGINT", "SIGHUP"] as const)("exits 0 and releases its layers on %s, even during a call", async (signal) => {
    const server = await startServer({ entry: fixture })
    void server.client.callTool({ name: "slow", arguments: {} }).catch(() => undefined)
    await server.waitForStderr(/slow tool started/)
    server.child.kill(signal)
    expect(await server.exited).toEqual({ code: 0, signal: null })
    expect(server.stderr()).toMatch(/slow tool interrupted[\s\S]*fixture layer released/)
  })

  it("writes its logs on stderr only, at the level OTRS_LOG_LEVEL sets", async () => {
    const debug = await startServer({ entry: fixture, env: { OTRS_LOG_LEVEL: "debug" } })
    await debug.client.callTool({ name: "fail_tagged", arguments: { ticket_id: 3 } })
    await debug.close()
    expect(debug.stderr()).toContain("exposing 4 of 4 tools")
    expect(debug.nonJsonRpcLines()).toEqual([])

    const quiet = await startServer({ entry: fixture, env: { OTRS_LOG_LEVEL: "none" } })
    await quiet.client.callTool({ name: "fail_tagged", arguments: { ticket_id: 3 } })
    await quiet.close()
    expect(quiet.stderr()).toBe("")
  })
})

describe("clients of other protocol versions", () => {
  it("serves the 1.x SDK client, which negotiates protocol version 2025-11-25", async () => {
    const server = await startServerV1({ entry: fixture })
    const initialize = JSON.parse(server.stdoutLines()[0]!) as { result: { protocolVersion: string } }
    expect(initialize.result.protocolVersion).toBe("2025-11-25")
    expect(server.client.getServerVersion()).toMatchObject({ name: "otrs-mcp" })
    const result = await server.client.callTool({ name: "echo_ticket", arguments: { ticket_id: 5 } })
    expect(result.structuredContent).toMatchObject({ ticket_id: 5 })
    expect(await server.close()).toEqual({ code: 0, signal: null })
  })

  it("serves the 1.x SDK client over its own StdioClientTransport", async () => {
    const client = new ClientV1({ name: "v1-stdio", version: "0.0.0" })
    const transport = new StdioClientTransport({ command: process.execPath, args: [fixture], stderr: "pipe" })
    await client.connect(transport)
    const result = await client.callTool({ name: "echo_ticket", arguments: { ticket_id: 6 } })
    expect(result.content).toEqual([{ type: "text", text: "Ticket 6 at Fixture Desk" }])
    await client.close()
  })

  it("serves a v2 client that negotiates the 2026-07-28 protocol", async () => {
    const server = await startServer({ entry: fixture, clientOptions: { versionNegotiation: { mode: "auto" } } })
    expect(server.client.getProtocolEra()).toBe("modern")
    const result = await server.client.callTool({ name: "echo_ticket", arguments: { ticket_id: 8 } })
    expect(result.structuredContent).toMatchObject({ ticket_id: 8 })
    const invalid = await server.client.callTool({ name: "echo_ticket", arguments: { ticket_id: 0 } })
    expect(textOf(invalid)).toContain("- ticket_id: expected an integer > 0, got 0")
    expect(await server.close()).toEqual({ code: 0, signal: null })
  })
})
