import { Client } from "@modelcontextprotocol/client"
import { InMemoryTransport } from "@modelcontextprotocol/server"
import { describe, expect, it } from "@effect/vitest"
import { Context, Data, Effect, Either, Exit, Layer, Logger, Option, Schema, Scope } from "effect"
import { catalogOf } from "../../src/mcp/Catalog.js"
import { McpServer, type Modules, type Registry, sentAnnotations } from "../../src/mcp/McpServer.js"
import * as Resource from "../../src/mcp/Resource.js"
import * as Tool from "../../src/mcp/Tool.js"
import { capturedLogs } from "../support/logs.js"
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

const instanceResource = Resource.fixed({
  name: "instance",
  uri: "test://instance",
  title: "Instance",
  description: "The build of the requirements layer.",
  tool: "which_instance",
  handler: Effect.map(Instance, (instance) => ({ instance }))
})

const registry: Registry<Instance> = { tools: [whichInstance, write], resources: [instanceResource] }

const noPolicy: ToolPolicyShape = { allow: Option.none(), deny: [], readOnly: false }

const serverLayer = (policy: Partial<ToolPolicyShape> = {}) =>
  McpServer.layer(registry).pipe(
    Layer.provide(Instance.layer),
    Layer.provide(Layer.succeed(ToolPolicy, { ...noPolicy, ...policy }))
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

describe("McpServer.deferred", () => {
  /** `load` as the server calls it, counted, failing while `failing` says so; the requirements' releases counted. */
  const loader = () => {
    const counts = { loads: 0, builds: 0, releases: 0 }
    let failing = false
    const requirements = Layer.scoped(
      Instance,
      Effect.acquireRelease(Effect.sync(() => ++counts.builds), () => Effect.sync(() => counts.releases++))
    )
    const load = async (): Promise<Modules<Instance, never, never>> => {
      counts.loads++
      if (failing) throw new Error("the modules are not there")
      return { registry, requirements }
    }
    return { counts, load, fail: (value: boolean) => (failing = value) }
  }

  const deferredServer = <E>(load: () => Promise<Modules<Instance, E, never>>) =>
    McpServer.deferred(catalogOf(registry), load).pipe(Layer.provide(Layer.succeed(ToolPolicy, noPolicy)))

  it.effect("answers tools/list and resources/list from the catalog, loading nothing", () => {
    const { counts, load } = loader()
    return Effect.gen(function*() {
      const client = yield* connect(yield* McpServer)
      const { tools } = yield* Effect.promise(() => client.listTools())
      const { resources } = yield* Effect.promise(() => client.listResources())
      expect(tools.map((tool) => tool.name)).toEqual(["which_instance", "write"])
      expect(tools[0]!.inputSchema).toMatchObject(catalogOf(registry).tools[0]!.inputSchema)
      expect(resources.map((resource) => resource.uri)).toEqual(["test://instance"])
      expect(counts).toEqual({ loads: 0, builds: 0, releases: 0 })
    }).pipe(Effect.provide(deferredServer(load)), Effect.scoped)
  })

  it.effect("loads and builds once, at the first call, for every call and read; releases with the server", () => {
    const { counts, load } = loader()
    return Effect.gen(function*() {
      yield* Effect.gen(function*() {
        const server = yield* McpServer
        const results = yield* Effect.forEach([yield* connect(server), yield* connect(server)], (client) =>
          Effect.promise(() =>
            Promise.all([
              client.callTool({ name: "which_instance", arguments: {} }).then((result) => result.structuredContent),
              client.readResource({ uri: "test://instance" }).then((result) => result.contents[0])
            ])
          ))
        expect(results.flat()).toEqual([
          { instance: 1 },
          expect.objectContaining({ text: JSON.stringify({ instance: 1 }) }),
          { instance: 1 },
          expect.objectContaining({ text: JSON.stringify({ instance: 1 }) })
        ])
        expect(counts).toEqual({ loads: 1, builds: 1, releases: 0 })
      }).pipe(Effect.provide(deferredServer(load)), Effect.scoped)
      expect(counts.releases).toBe(1)
    })
  })

  it.effect("answers a call or read the load fails with the reason, and loads again at the next", () => {
    const { counts, fail, load } = loader()
    return Effect.gen(function*() {
      const client = yield* connect(yield* McpServer)
      fail(true)
      const failed = yield* Effect.promise(() => client.callTool({ name: "which_instance", arguments: {} }))
      const read = yield* Effect.promise(() =>
        client.readResource({ uri: "test://instance" }).then(() => "read", (error: Error) => error.message)
      )
      fail(false)
      const called = yield* Effect.promise(() => client.callTool({ name: "which_instance", arguments: {} }))
      expect(failed).toMatchObject({
        isError: true,
        content: [{
          type: "text",
          text: "The server could not load its tools: the modules are not there. The next call tries again; the " +
            "server's stderr has details."
        }]
      })
      expect(read).toMatch(/The server could not load its tools: the modules are not there/)
      expect(called.structuredContent).toEqual({ instance: 1 })
      expect(counts.loads).toBe(3)
    }).pipe(Effect.provide(deferredServer(load)), Effect.provide(Logger.remove(Logger.defaultLogger)), Effect.scoped)
  })

  class Misconfigured extends Data.TaggedError("Misconfigured")<{ readonly message: string }> {}

  it.effect("logs a failed build once, without a stack trace, and releases what it had built", () => {
    const counts = { acquired: 0, released: 0 }
    const half = Layer.scopedDiscard(
      Effect.acquireRelease(Effect.sync(() => counts.acquired++), () => Effect.sync(() => counts.released++))
    )
    const requirements = Instance.layer.pipe(
      Layer.provide(Layer.merge(half, Layer.fail(new Misconfigured({ message: "OTRS_BASE_URL is not a URL" }))))
    )
    const { lines, logger } = capturedLogs()
    return Effect.gen(function*() {
      const client = yield* connect(yield* McpServer)
      const results = yield* Effect.promise(() =>
        Promise.all([1, 2, 3].map(() => client.callTool({ name: "which_instance", arguments: {} })))
      )
      const answer = { isError: true, content: [{ text: expect.stringContaining("not a URL. The next call") }] }
      for (const result of results) expect(result).toMatchObject(answer)
      expect(lines.filter((line) => line.startsWith("ERROR"))).toEqual([
        "ERROR loading the tools failed: OTRS_BASE_URL is not a URL."
      ])
      expect(counts).toEqual({ acquired: 1, released: 1 })
    }).pipe(
      Effect.provide(deferredServer(async () => ({ registry, requirements }))),
      Effect.provide(logger),
      Effect.scoped
    )
  })

  it.effect("refuses a call whose load ends once the server is stopping, and sends it nowhere", () =>
    Effect.gen(function*() {
      let started = () => {}
      const loadStarted = new Promise<void>((resolve) => (started = resolve))
      let finishLoad = () => {}
      const loading = new Promise<void>((resolve) => (finishLoad = resolve))
      const { counts, load } = loader()
      const scope = yield* Scope.make()
      const server = yield* Layer.buildWithScope(
        deferredServer(() => {
          started()
          return loading.then(load)
        }),
        scope
      )
      const client = yield* connect(Context.get(server, McpServer))
      const call = client.callTool({ name: "which_instance", arguments: {} })
      yield* Effect.promise(() => loadStarted)
      yield* Scope.close(scope, Exit.void)
      finishLoad()
      expect(yield* Effect.promise(() => call)).toMatchObject({
        isError: true,
        content: [{ text: "The server is stopping: which_instance was not run, and nothing was sent to OTRS." }]
      })
      expect(counts.loads).toBe(1)
    }).pipe(Effect.scoped))

  it.effect("refuses a call that comes once the server is stopping, without loading anything", () =>
    Effect.gen(function*() {
      const { counts, load } = loader()
      const scope = yield* Scope.make()
      const server = yield* Layer.buildWithScope(deferredServer(load), scope)
      const client = yield* connect(Context.get(server, McpServer))
      yield* Scope.close(scope, Exit.void)
      expect(yield* Effect.promise(() => client.callTool({ name: "which_instance", arguments: {} }))).toMatchObject({
        isError: true,
        content: [{ text: "The server is stopping: which_instance was not run, and nothing was sent to OTRS." }]
      })
      expect(counts.loads).toBe(0)
    }).pipe(Effect.scoped))
})
