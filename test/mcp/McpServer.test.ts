import { Client } from "@modelcontextprotocol/client"
import { InMemoryTransport } from "@modelcontextprotocol/server"
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Either, Layer, Option, Schema } from "effect"
import { McpServer, type Registry, sentAnnotations } from "../../src/mcp/McpServer.js"
import * as Tool from "../../src/mcp/Tool.js"
import { ToolPolicy, type ToolPolicyShape } from "../../src/mcp/ToolPolicy.js"

/** The bridge in-process (the SDK's in-memory transport); test/mcp/bridge.e2e.test.ts runs it as a process. */

let builds = 0
class Instance extends Context.Tag("test/Instance")<Instance, number>() {
  static readonly layer = Layer.effect(Instance, Effect.sync(() => ++builds))
}

const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false }

const whichInstance = Tool.make({
  name: "which_instance",
  title: "Which instance",
  description: "Tells which build of the requirements layer serves it.",
  input: Schema.Struct({}),
  output: Schema.Struct({ instance: Schema.Number }),
  annotations: readOnly,
  writes: false,
  handler: () => Effect.map(Instance, (instance) => ({ instance })),
  render: (output) => `instance ${output.instance}`
})

const write = Tool.make({
  name: "write",
  title: "Write",
  description: "Pretends to change something.",
  input: Schema.Struct({}),
  output: Schema.Struct({}),
  annotations: { ...readOnly, readOnlyHint: false },
  writes: true,
  handler: () => Effect.succeed({}),
  render: () => "written"
})

const registry: Registry<Instance> = { tools: [whichInstance, write], resources: [] }

const serverLayer = (policy: Partial<ToolPolicyShape> = {}) =>
  McpServer.layer(registry).pipe(
    Layer.provide(Instance.layer),
    Layer.provide(Layer.succeed(ToolPolicy, { allow: Option.none(), deny: [], readOnly: false, ...policy }))
  )

const connect = (server: McpServer["Type"]) =>
  Effect.acquireRelease(
    Effect.promise(async () => {
      const [clientSide, serverSide] = InMemoryTransport.createLinkedPair()
      await server.make().connect(serverSide)
      const client = new Client({ name: "in-process", version: "0.0.0" })
      await client.connect(clientSide)
      return client
    }),
    (client) => Effect.promise(() => client.close())
  )

describe("McpServer.layer", () => {
  it.scoped("builds the handlers' runtime once, for every call on every server instance", () =>
    Effect.gen(function*() {
      const server = yield* McpServer
      const instances: Array<unknown> = []
      for (const client of [yield* connect(server), yield* connect(server)]) {
        for (let call = 0; call < 2; call++) {
          const result = yield* Effect.promise(() => client.callTool({ name: "which_instance", arguments: {} }))
          instances.push(result.structuredContent)
        }
      }
      expect(instances).toEqual(Array(4).fill({ instance: builds }))
    }).pipe(Effect.provide(serverLayer())))

  it.scoped("registers the tools the policy removes as disabled: hidden, and refused by the SDK", () =>
    Effect.gen(function*() {
      const client = yield* connect(yield* McpServer)
      const { tools } = yield* Effect.promise(() => client.listTools())
      expect(tools.map((tool) => tool.name)).toEqual(["which_instance"])
      const call = yield* Effect.promise(() =>
        client.callTool({ name: "write", arguments: {} }).then(() => "answered", (error: Error) => error.message)
      )
      expect(call).toMatch(/Tool write disabled/)
    }).pipe(Effect.provide(serverLayer({ readOnly: true }))))

  it.effect("fails to build when the policy names an unknown tool", () =>
    Effect.gen(function*() {
      const result = yield* Effect.either(Layer.build(serverLayer({ deny: ["delete_all"] })))
      expect(Either.getLeft(result).pipe(Option.map((error) => error._tag))).toEqual(Option.some("UnknownToolNames"))
    }).pipe(Effect.scoped))

  it("sends the hints that mean something: write hints only on write tools, openWorldHint only when false", () => {
    expect(sentAnnotations({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true }))
      .toEqual({ readOnlyHint: true })
    expect(sentAnnotations({ readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true }))
      .toEqual({ readOnlyHint: false, destructiveHint: true, idempotentHint: false })
    expect(sentAnnotations(readOnly)).toEqual({ readOnlyHint: true, openWorldHint: false })
  })
})
