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

/** The shipped bundle (dist/otrs-mcp.js, made by `npm run build`) starts, answers and stops cleanly. */
describe("dist/otrs-mcp.js", () => {
  it("exists: run `npm run build` before these tests", () => {
    expect(existsSync(bundlePath)).toBe(true)
  })

  it("initializes as otrs-mcp with the package version, lists the registry and exits 0 on stdin EOF", async () => {
    const server = await startServer({ env: otrsEnv() })
    const { version } = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string }
    expect(server.client.getServerVersion()).toEqual({ name: "otrs-mcp", version })
    expect(server.client.getServerCapabilities()).toMatchObject({ tools: {}, resources: {} })
    await server.client.listTools()
    expect(await server.close()).toEqual({ code: 0, signal: null })
    expect(server.nonJsonRpcLines()).toEqual([])
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

  it("exits 1 with the reason on stderr when the configuration is wrong", async () => {
    await expect(startServer({ env: { ...otrsEnv(), OTRS_LOG_LEVEL: "loud" } })).rejects.toThrow(
      /otrs-mcp cannot start: .*OTRS_LOG_LEVEL/
    )
  })
})
