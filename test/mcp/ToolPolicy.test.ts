import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Either, Option } from "effect"
import { exposedTools, ToolPolicy, type ToolPolicyShape, UnknownToolNames } from "../../src/mcp/ToolPolicy.js"

const all = [
  { name: "get_ticket", writes: false },
  { name: "create_ticket", writes: true },
  { name: "update_ticket", writes: true },
  { name: "search_tickets", writes: false }
]

const policy = (overrides: Partial<ToolPolicyShape>): ToolPolicyShape => ({
  allow: Option.none(),
  deny: [],
  readOnly: false,
  ...overrides
})

const names = (result: Either.Either<ReadonlyArray<{ readonly name: string }>, UnknownToolNames>) =>
  Either.map(result, (tools) => tools.map((tool) => tool.name))

describe("exposedTools", () => {
  it("exposes every tool by default, in registry order", () => {
    expect(names(exposedTools(all, policy({})))).toEqual(Either.right(all.map((tool) => tool.name)))
  })

  it("keeps only the allowed tools", () => {
    expect(names(exposedTools(all, policy({ allow: Option.some(["search_tickets", "get_ticket"]) }))))
      .toEqual(Either.right(["get_ticket", "search_tickets"]))
  })

  it("removes denied tools, even when allowed", () => {
    const result = exposedTools(all, policy({ allow: Option.some(["get_ticket", "create_ticket"]), deny: ["get_ticket"] }))
    expect(names(result)).toEqual(Either.right(["create_ticket"]))
  })

  it("removes every writing tool in read-only mode, even when allowed", () => {
    const result = exposedTools(all, policy({ allow: Option.some(["get_ticket", "create_ticket"]), readOnly: true }))
    expect(names(result)).toEqual(Either.right(["get_ticket"]))
  })

  it("rejects unknown names in either list, naming them and the known tools", () => {
    const result = exposedTools(all, policy({ allow: Option.some(["get_ticket", "get_tickets"]), deny: ["delete_ticket"] }))
    expect(result).toEqual(Either.left(new UnknownToolNames({
      allow: ["get_tickets"],
      deny: ["delete_ticket"],
      known: all.map((tool) => tool.name)
    })))
    expect(Either.getLeft(result).pipe(Option.map((error) => error.message))).toEqual(Option.some(
      "OTRS_TOOLS_ALLOW names unknown tools: get_tickets; OTRS_TOOLS_DENY names unknown tools: delete_ticket. " +
        "The known tools are: get_ticket, create_ticket, update_ticket, search_tickets."
    ))
  })
})

describe("ToolPolicy.config", () => {
  const read = (env: Record<string, string>) =>
    Effect.withConfigProvider(ToolPolicy.config, ConfigProvider.fromMap(new Map(Object.entries(env))))

  it.effect("defaults to exposing everything", () =>
    Effect.map(read({}), (config) => expect(config).toEqual(policy({}))))

  it.effect("reads comma-separated names, trimming spaces and empty entries", () =>
    Effect.map(read({ OTRS_TOOLS_ALLOW: " get_ticket, search_tickets,,", OTRS_TOOLS_DENY: "create_ticket" }), (config) =>
      expect(config).toEqual(policy({
        allow: Option.some(["get_ticket", "search_tickets"]),
        deny: ["create_ticket"]
      }))))

  it.effect("treats an empty allow list as unset", () =>
    Effect.map(read({ OTRS_TOOLS_ALLOW: " , " }), (config) => expect(config.allow).toEqual(Option.none())))

  it.effect("reads OTRS_READ_ONLY as a boolean", () =>
    Effect.map(read({ OTRS_READ_ONLY: "true" }), (config) => expect(config.readOnly).toBe(true)))

  it.effect("rejects a value that is not a boolean", () =>
    Effect.map(Effect.either(read({ OTRS_READ_ONLY: "sometimes" })), (result) => expect(Either.isLeft(result)).toBe(true)))
})
