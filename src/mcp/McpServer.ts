import {
  McpServer as SdkMcpServer,
  ProtocolError,
  ProtocolErrorCode,
  type ReadResourceResult,
  ResourceNotFoundError,
  ResourceTemplate,
  type ServerContext
} from "@modelcontextprotocol/server"
import { serveStdio } from "@modelcontextprotocol/server/stdio"
import { Cause, Context, Effect, Either, Exit, Layer, Option, Runtime, Schema } from "effect"
import { sentence } from "../shared/text.js"
import { callTool } from "./CallTool.js"
import { type Catalog, catalogOf, type ResourceEntry } from "./Catalog.js"
import type * as Resource from "./Resource.js"
import { describeIssues, formatPath } from "./SchemaIssues.js"
import { serverInfo } from "./ServerInfo.js"
import * as StandardSchema from "./StandardSchema.js"
import { StdioTransport } from "./StdioTransport.js"
import type * as Tool from "./Tool.js"
import * as ToolResult from "./ToolResult.js"
import { exposedTools, ToolPolicy, type UnknownToolNames } from "./ToolPolicy.js"

/** Everything the server offers; `R` is what the handlers need. */
export interface Registry<R> {
  readonly tools: ReadonlyArray<Tool.Any<R>>
  readonly resources: ReadonlyArray<Resource.Any<R>>
}

/** What McpServer.deferred loads when first needed: the registry, and the layer that provides what it needs. */
export interface Modules<R, E, RIn> {
  readonly registry: Registry<R>
  readonly requirements: Layer.Layer<R, E, RIn>
}

/** The registry's handlers by name, with the runtime they run on. */
interface Handlers<R> {
  readonly runtime: Runtime.Runtime<R>
  readonly tools: ReadonlyMap<string, Tool.Any<R>>
  readonly resources: ReadonlyMap<string, Resource.Any<R>>
}

const handlersOf = <R>(registry: Registry<R>, runtime: Runtime.Runtime<R>): Handlers<R> => ({
  runtime,
  tools: new Map(registry.tools.map((tool) => [tool.name, tool])),
  resources: new Map(registry.resources.map((resource) => [resource.name, resource]))
})

/** The catalog comes from the registry's modules when the bundle is built; one built from stale files could differ. */
const checkCatalog = <R>(catalog: Catalog, registry: Registry<R>): Effect.Effect<void> => {
  const names = new Set([...registry.tools, ...registry.resources].map((entry) => entry.name))
  const missing = [...catalog.tools, ...catalog.resources].map((entry) => entry.name).filter((name) => !names.has(name))
  return missing.length === 0 ? Effect.void : Effect.dieMessage(
    `the catalog names ${missing.join(", ")}, which the loaded registry lacks: build again with npm run build`
  )
}

export interface McpServerShape {
  /**
   * A new SDK server with every tool and resource registered. Tools the policy removes are registered disabled:
   * they are absent from tools/list and a call gets the SDK's JSON-RPC error "Tool <name> disabled".
   */
  readonly make: () => SdkMcpServer
  /**
   * Serves MCP (both protocol eras) on stdin/stdout until stdin closes and the requests read by then are answered;
   * interrupting it closes the connection.
   */
  readonly serveStdio: Effect.Effect<void>
}

export class McpServer extends Context.Tag("otrs-mcp/McpServer")<McpServer, McpServerShape>() {
  /** Handlers run on a runtime built once, here, from the layers that provide `R`. */
  static readonly layer = <R>(registry: Registry<R>): Layer.Layer<McpServer, UnknownToolNames, ToolPolicy | R> =>
    Layer.effect(
      McpServer,
      Effect.gen(function*() {
        const handlers = Promise.resolve(Either.right(handlersOf(registry, yield* Effect.runtime<R>())))
        return yield* serverOf(catalogOf(registry), () => handlers, { onIdle: () => {}, onStop: () => {} })
      })
    )

  /**
   * A server that answers from `catalog` and loads the registry, and builds its requirements, only when a call or a
   * read first needs them, or once the connection is first idle (StdioTransport's onIdle: a host has its lists and
   * waits for its user): the bundle starts without evaluating the tools' modules, most of its code. A load that
   * fails is logged once and answers the calls that waited for it with its reason; the next call tries again (a
   * module that fails to evaluate fails the same way again). Once the server is stopping, a load no longer serves
   * calls: a call waiting for it is refused rather than sent to OTRS after the signal.
   */
  static readonly deferred = <R, E, RIn>(
    catalog: Catalog,
    load: () => Promise<Modules<R, E, RIn>>
  ): Layer.Layer<McpServer, UnknownToolNames, ToolPolicy | RIn> =>
    Layer.scoped(
      McpServer,
      Effect.gen(function*() {
        const scope = yield* Effect.scope
        const outer = yield* Effect.runtime<RIn>()
        let stopping = false
        const stop = () => {
          stopping = true
        }
        yield* Effect.addFinalizer(() => Effect.sync(stop))
        const loadAndBuild = Effect.gen(function*() {
          const { registry, requirements } = yield* Effect.promise(load)
          yield* checkCatalog(catalog, registry)
          // what a failed build had built is released at once (the test of McpServer.deferred checks it)
          const context = yield* Layer.buildWithScope(requirements, scope)
          const runtime = yield* Effect.provide(Effect.runtime<R>(), context)
          yield* Effect.logDebug("loaded the tools' modules and built what they need")
          return handlersOf(registry, runtime)
        })
        const attempt = async (): Promise<Loaded<R>> => {
          if (stopping) return Either.left({ _tag: "Stopping" })
          const exit = await Runtime.runPromiseExit(outer)(loadAndBuild)
          if (Exit.isFailure(exit)) return Either.left({ _tag: "LoadFailed", reason: loadFailure(outer, exit.cause) })
          await afterNextPoll()
          return stopping ? Either.left({ _tag: "Stopping" }) : Either.right(exit.value)
        }
        const handlers = onceRight(attempt)
        return yield* serverOf(catalog, handlers, {
          onIdle: () => void handlers(),
          onStop: stop
        })
      })
    )
}

/** The handlers, or why there are none: their load failed (`reason` says why), or the server is stopping. */
type Loaded<R> = Either.Either<Handlers<R>, LoadFailed | Stopping>

interface LoadFailed {
  readonly _tag: "LoadFailed"
  readonly reason: string
}

interface Stopping {
  readonly _tag: "Stopping"
}

/**
 * Resolves once the event loop has polled for I/O again. The load evaluates modules synchronously, and a signal that
 * came meanwhile waits for that poll: only after it can a call know whether the server was told to stop (measured
 * by a review: without this wait, a call sent right before SIGTERM logged in to OTRS after it, 6 runs in 6).
 */
const afterNextPoll = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)))

/** `make`'s promise, made at the first call and shared while it holds a Right; after a Left, made again. */
const onceRight = <A, E>(make: () => Promise<Either.Either<A, E>>): () => Promise<Either.Either<A, E>> => {
  let made: Promise<Either.Either<A, E>> | undefined
  return () =>
    made ??= make().then((result) => {
      if (Either.isLeft(result)) made = undefined
      return result
    })
}

/**
 * Logs why the tools' modules or their requirements failed to load (McpServer.deferred), and says it in a sentence:
 * a failure's message as it is (a configuration problem says what to fix), a defect with its stack trace.
 */
const loadFailure = <E>(logger: Runtime.Runtime<never>, cause: Cause.Cause<E>): string => {
  const failure = Cause.failureOption(cause)
  const reason = sentence(Option.match(failure, {
    onSome: (error) => error instanceof Error ? error.message : String(error),
    onNone: () => {
      const squashed = Cause.squash(cause)
      return squashed instanceof Error ? squashed.message : String(squashed)
    }
  }))
  Runtime.runSync(logger)(
    Option.isSome(failure)
      ? Effect.logError(`loading the tools failed: ${reason}`)
      : Effect.logError("loading the tools failed", cause)
  )
  return reason
}

interface Lifecycle {
  /** the connection is first idle (see StdioTransport) */
  readonly onIdle: () => void
  /** the server was told to stop (a signal): calls still arriving are no longer served */
  readonly onStop: () => void
}

const serverOf = <R>(
  catalog: Catalog,
  handlers: () => Promise<Loaded<R>>,
  { onIdle, onStop }: Lifecycle
): Effect.Effect<McpServerShape, UnknownToolNames, ToolPolicy> =>
  Effect.gen(function*() {
    const policy = yield* ToolPolicy
    const exposed = new Set((yield* exposedTools(catalog.tools, policy)).map((tool) => tool.name))
    const logger = yield* Effect.runtime<never>()
    yield* ToolPolicy.logExposure(catalog.tools, policy)
    // Made once and shared by every server instance `make` builds.
    const tools = catalog.tools.map((tool) => ({
      tool,
      input: StandardSchema.prebuilt(tool.inputSchema),
      output: StandardSchema.prebuilt(tool.outputSchema),
      enabled: exposed.has(tool.name)
    }))

    const make = () => {
      // the lists are set at start and never change: a client need not listen for changes (the SDK would
      // advertise listChanged, and clients of the 2026-07-28 protocol keep a subscription open for it)
      const server = new SdkMcpServer(serverInfo, {
        capabilities: { tools: { listChanged: false }, resources: { listChanged: false } }
      })
      for (const { enabled, input, output, tool } of tools) {
        const registered = server.registerTool(tool.name, {
          title: tool.title,
          description: tool.description,
          inputSchema: input,
          outputSchema: output,
          annotations: sentAnnotations(tool.annotations)
        }, (args, ctx) =>
          handlers().then(Either.match({
            onLeft: (unavailable) =>
              unavailable._tag === "Stopping"
                ? ToolResult.stopping(tool.name)
                : ToolResult.notLoaded(unavailable.reason),
            onRight: ({ runtime, tools }) =>
              run(runtime, callTool(tools.get(tool.name)!, args), ctx).then(
                Exit.getOrElse(() => ToolResult.cancelled(tool.name))
              )
          })))
        if (!enabled) registered.disable()
      }
      for (const resource of catalog.resources) {
        if (exposed.has(resource.tool)) registerResource(server, handlers, resource)
      }
      return server
    }

    const serve = Effect.async<void>((resume) => {
      const handle = serveStdio(make, {
        transport: new StdioTransport(() => resume(Effect.void), onIdle),
        onerror: (error) => Runtime.runSync(logger)(Effect.logWarning(`MCP transport: ${error.message}`))
      })
      return Effect.promise(() => {
        onStop()
        return handle.close()
      })
    })

    return { make, serveStdio: serve }
  })

/** Serves the registry over stdio with `requirements` providing what its handlers need (see McpServer.layer). */
export const serve = <R, E, RIn>(
  registry: Registry<R>,
  requirements: Layer.Layer<R, E, RIn>
): Effect.Effect<void, E | UnknownToolNames, RIn | ToolPolicy> =>
  Effect.flatMap(McpServer, (server) => server.serveStdio).pipe(
    Effect.provide(McpServer.layer(registry).pipe(Layer.provide(requirements)))
  )

/** Serves the catalog over stdio, loading its registry when first needed (see McpServer.deferred). */
export const serveDeferred = <R, E, RIn>(
  catalog: Catalog,
  load: () => Promise<Modules<R, E, RIn>>
): Effect.Effect<void, UnknownToolNames, RIn | ToolPolicy> =>
  Effect.flatMap(McpServer, (server) => server.serveStdio).pipe(Effect.provide(McpServer.deferred(catalog, load)))

/**
 * The hints that say something, as tools/list sends them (its size is budgeted): MCP gives destructiveHint and
 * idempotentHint meaning only when readOnlyHint is false, and openWorldHint is true unless said otherwise.
 */
export const sentAnnotations = (annotations: Tool.Annotations): Partial<Tool.Annotations> => {
  const { openWorldHint, ...hints } = annotations
  const meaningful = hints.readOnlyHint ? { readOnlyHint: true } : hints
  return openWorldHint ? meaningful : { ...meaningful, openWorldHint }
}

/** A cancelled MCP request (the SDK aborts `signal`) interrupts the fiber. */
const run = <A, E, R>(runtime: Runtime.Runtime<R>, effect: Effect.Effect<A, E, R>, ctx: ServerContext) =>
  Runtime.runPromiseExit(runtime)(effect, { signal: ctx.mcpReq.signal })

const registerResource = <R>(server: SdkMcpServer, handlers: () => Promise<Loaded<R>>, entry: ResourceEntry) => {
  const metadata = { title: entry.title, description: entry.description, mimeType: entry.mimeType }
  const answer = (uri: URL, variables: Variables | undefined, ctx: ServerContext) =>
    handlers().then(Either.match({
      onLeft: (unavailable) => {
        throw new ProtocolError(
          ProtocolErrorCode.InternalError,
          unavailable._tag === "Stopping"
            ? `The server is stopping: ${entry.name} was not read.`
            : `The server could not load its tools: ${unavailable.reason}`
        )
      },
      onRight: ({ resources, runtime }) =>
        run(runtime, read(resources.get(entry.name)!, uri, variables), ctx).then(Exit.match({
          onSuccess: (result) => result,
          onFailure: (cause) => {
            throw Option.getOrElse(
              Cause.failureOption(cause),
              () => new ProtocolError(ProtocolErrorCode.InternalError, `reading ${entry.name} was cancelled`)
            )
          }
        }))
    }))
  switch (entry._tag) {
    case "Fixed":
      server.registerResource(entry.name, entry.uri, metadata, (uri, ctx) => answer(uri, undefined, ctx))
      return
    case "Template":
      server.registerResource(
        entry.name,
        new ResourceTemplate(entry.uriTemplate, { list: undefined }),
        metadata,
        (uri, variables, ctx) => answer(uri, variables, ctx)
      )
      return
  }
}

type Variables = Readonly<Record<string, string | ReadonlyArray<string>>>

/** A template's variables are decoded with its params Schema first: a bad one is the client's Invalid Params. */
const read = <R>(
  resource: Resource.Any<R>,
  uri: URL,
  variables: Variables | undefined
): Effect.Effect<ReadResourceResult, ProtocolError, R> => {
  if (resource._tag === "Fixed") return readResource(resource, uri, resource.handler)
  return Schema.decodeUnknown(resource.params, StandardSchema.decodeOptions)(variables).pipe(
    Effect.mapError((error) =>
      new ProtocolError(
        ProtocolErrorCode.InvalidParams,
        `Invalid resource URI ${uri.href}: ` +
          describeIssues(error.issue).map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join("; ")
      )
    ),
    Effect.flatMap((params) => readResource(resource, uri, resource.handler(params)))
  )
}

/**
 * Resources have no isError result: failures are JSON-RPC errors carrying the failure's message, "resource not
 * found" (which the SDK sends as Invalid Params, with the URI, as the 2026-07-28 spec requires) when the resource
 * says the failure means there is nothing at the URI.
 */
const readResource = <R>(
  resource: Resource.Any<R>,
  uri: URL,
  handler: Effect.Effect<unknown, Tool.Failure, R>
): Effect.Effect<ReadResourceResult, ProtocolError, R> =>
  handler.pipe(
    Effect.map((json): ReadResourceResult => ({
      contents: [{ uri: uri.href, mimeType: resource.mimeType, text: JSON.stringify(json) }]
    })),
    Effect.catchAllCause((cause) =>
      Option.match(Cause.failureOption(cause), {
        onSome: (error) =>
          Effect.fail(
            resource._tag === "Template" && resource.isMissing?.(error) === true
              ? new ResourceNotFoundError(uri.href, error.message)
              : new ProtocolError(ProtocolErrorCode.InternalError, error.message)
          ),
        onNone: () =>
          Cause.isInterruptedOnly(cause) ? Effect.interrupt : Effect.zipRight(
            Effect.logError(`internal error in resource ${resource.name}`, cause),
            Effect.fail(
              new ProtocolError(
                ProtocolErrorCode.InternalError,
                `Internal error reading ${uri.href}; it was logged on the server's stderr.`
              )
            )
          )
      })
    )
  )
