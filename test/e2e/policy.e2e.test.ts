import type { Client } from "@modelcontextprotocol/client"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import type { Harness } from "../support/mcpHarness.js"
import { call, growth, otrsEnv, runToExit, textOf, type ToolResult, withServer } from "./support.js"

/**
 * The tool policy (OTRS_READ_ONLY, OTRS_TOOLS_ALLOW, OTRS_TOOLS_DENY) as an MCP client sees it from the built
 * server (dist/otrs-mcp.js, `npm run build` first): what tools/list and the resource lists offer, what a call to a
 * hidden tool gets, and a server that refuses to start. Also the size of the full tools/list answer, which every
 * conversation pays for.
 */

const allTools = [
  "search_tickets",
  "get_ticket",
  "get_ticket_history",
  "create_ticket",
  "update_ticket",
  "search_config_items",
  "get_config_item",
  "create_session"
]

/** What MCP clients put into the model's context for tools/list; kept under 16 KB. */
const TOOLS_LIST_BUDGET = 16_384

let sim: OtrsSimulator

beforeAll(async () => {
  sim = await startSimulator()
})

afterAll(async () => {
  await sim?.close()
})

const toolNames = async (server: Harness<Client>) => (await server.client.listTools()).tools.map((tool) => tool.name)

const templates = async (server: Harness<Client>) =>
  (await server.client.listResourceTemplates()).resourceTemplates.map((template) => template.uriTemplate)

const fixedResources = async (server: Harness<Client>) =>
  (await server.client.listResources()).resources.map((resource) => resource.uri)

/** A call to a tool the policy hides is refused by the MCP layer, before any handler or OTRS request runs. */
const expectRefused = async (server: Harness<Client>, name: string, args: Record<string, unknown>) => {
  const before = sim.stats()
  const outcome = await server.client.callTool({ name, arguments: args }).then(
    (result) => {
      expect(result.isError, `${name} should be refused`).toBe(true)
      return textOf(result as ToolResult)
    },
    (error: unknown) => String(error)
  )
  expect(outcome).toMatch(new RegExp(`${name}.*disabled`))
  expect(growth(before, sim.stats())).toMatchObject({ requests: 0, ticketsCreated: 0, articlesCreated: 0 })
}

describe("without a policy", () => {
  it("lists all eight tools, each with input and output schemas and annotations", async () => {
    await withServer(sim, "agent1", {}, async (server) => {
      const { tools } = await server.client.listTools()
      expect(tools.map((tool) => tool.name)).toEqual(allTools)
      for (const tool of tools) {
        expect(tool.inputSchema.type, tool.name).toBe("object")
        expect(tool.outputSchema?.type, tool.name).toBe("object")
        expect(tool.annotations?.readOnlyHint, tool.name).toBe(!["create_ticket", "update_ticket"].includes(tool.name))
      }
      expect(await templates(server)).toEqual(expect.arrayContaining([
        "otrs://ticket/{ticket_id}",
        "otrs://ticket/{ticket_id}/history",
        "otrs://configitem/{config_item_id}"
      ]))
      expect(await fixedResources(server)).toEqual(["otrs://search/tickets", "otrs://names"])
    })
  })

  it(`answers tools/list in at most ${TOOLS_LIST_BUDGET} bytes`, async () => {
    await withServer(sim, "agent1", {}, async (server) => {
      const size = JSON.stringify(await server.client.listTools()).length
      expect(size, `tools/list is ${size} bytes`).toBeLessThanOrEqual(TOOLS_LIST_BUDGET)
    })
  })
})

describe("OTRS_READ_ONLY=true", () => {
  it("lists no tool that changes OTRS and refuses calls to them", async () => {
    await withServer(sim, "agent1", { OTRS_READ_ONLY: "true" }, async (server) => {
      expect(await toolNames(server)).toEqual(allTools.filter((name) => name !== "create_ticket" && name !== "update_ticket"))
      await expectRefused(server, "create_ticket", { title: "Read only", body: "b", customer_user: "customer1" })
      await expectRefused(server, "update_ticket", { ticket_id: 2, priority: "5 very high" })
      const read = await call(server, "get_ticket", { ticket_id: 56, article_limit: 0 })
      expect(read.isError, textOf(read)).toBeFalsy()
      // every resource serves a read tool's data, so all stay
      expect(await templates(server)).toHaveLength(3)
      expect(await fixedResources(server)).toEqual(["otrs://search/tickets", "otrs://names"])
    })
  })
})

describe("OTRS_TOOLS_ALLOW", () => {
  it("lists exactly the allowed tools, in the registry's order, and only their resources", async () => {
    await withServer(sim, "agent1", { OTRS_TOOLS_ALLOW: "get_ticket,search_tickets" }, async (server) => {
      expect(await toolNames(server)).toEqual(["search_tickets", "get_ticket"])
      expect(await templates(server)).toEqual(["otrs://ticket/{ticket_id}"])
      expect(await fixedResources(server)).toEqual(["otrs://search/tickets", "otrs://names"])
      await expectRefused(server, "get_config_item", { config_item_id: 1 })
      const allowed = await call(server, "search_tickets", { limit: 1 })
      expect(allowed.isError, textOf(allowed)).toBeFalsy()
    })
  })

  it("stops the server with exit code 1 when it names unknown tools, naming them", async () => {
    const finished = await runToExit({
      ...otrsEnv(sim, "agent1"),
      OTRS_TOOLS_ALLOW: "get_ticket,get_tickets,delete_ticket"
    })
    expect(finished.code).toBe(1)
    expect(finished.stderr).toContain("OTRS_TOOLS_ALLOW: names unknown tools (get_tickets, delete_ticket)")
    expect(finished.stderr).toContain("search_tickets")
    expect(finished.stdout).toBe("")
  })
})

describe("OTRS_TOOLS_DENY", () => {
  it("hides the denied tool and refuses calls to it, leaving the others", async () => {
    await withServer(sim, "agent1", { OTRS_TOOLS_DENY: "create_ticket" }, async (server) => {
      expect(await toolNames(server)).toEqual(allTools.filter((name) => name !== "create_ticket"))
      await expectRefused(server, "create_ticket", { title: "Denied", body: "b", customer_user: "customer1" })
    })
  })

  it("removes the resources of a denied tool: no config item template without get_config_item", async () => {
    await withServer(sim, "agent1", { OTRS_TOOLS_DENY: "get_config_item" }, async (server) => {
      expect(await templates(server)).toEqual(["otrs://ticket/{ticket_id}", "otrs://ticket/{ticket_id}/history"])
      await expect(server.client.readResource({ uri: "otrs://configitem/1" })).rejects.toThrow()
      const ticket = await server.client.readResource({ uri: "otrs://ticket/56" })
      expect(JSON.parse((ticket.contents[0] as { text: string }).text)).toMatchObject({ ticket_id: 56 })
    })
  })
})
