import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { textOf } from "./support/toolCalls.js"
import { projectRoot, startServer } from "./support/mcpHarness.js"

/**
 * What the Dockerfile's runtime stage ships: dist/ alone, without node_modules or package.json. Copied into an
 * empty directory, it must serve `--demo` by itself (otrs-mcp.js runs the bundle otrs-mcp.cjs next to it).
 */
describe("dist/ on its own, as in the Docker image", () => {
  const directory = mkdtempSync(join(tmpdir(), "otrs-mcp-dist-"))
  afterAll(() => rmSync(directory, { recursive: true, force: true }))

  it("answers initialize and tools/list, and get_ticket against the built-in simulator", async () => {
    cpSync(join(projectRoot, "dist"), directory, { recursive: true })
    expect(readdirSync(directory)).toEqual(expect.arrayContaining(["otrs-mcp.js", "otrs-mcp.cjs"]))
    const server = await startServer({ entry: join(directory, "otrs-mcp.js"), args: ["--demo"] })
    expect(server.client.getServerVersion()?.name).toBe("otrs-mcp")
    const { tools } = await server.client.listTools()
    expect(tools.map((tool) => tool.name)).toContain("get_ticket")
    const result = await server.client.callTool({ name: "get_ticket", arguments: { ticket_id: 56 } })
    expect(result.isError).toBeFalsy()
    expect(textOf(result)).toContain("ticket_id 56")
    expect(await server.close()).toEqual({ code: 0, signal: null })
    expect(server.nonJsonRpcLines()).toEqual([])
  })
})
