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
import { Cause, Context, Effect, Exit, Layer, Option, Runtime, Schema } from "effect"
import { callTool } from "./CallTool.js"
import type { ToolJsonSchemas } from "./PrebuiltJsonSchemas.js"
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
  /** The tools' JSON Schemas by tool name, when they were converted beforehand (see PrebuiltJsonSchemas). */
  readonly jsonSchemas?: Readonly<Record<string, ToolJsonSchemas>> | undefined
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
        const policy = yield* ToolPolicy
        const exposed = new Set((yield* exposedTools(registry.tools, policy)).map((tool) => tool.name))
        const runtime = yield* Effect.runtime<R>()
        // Converted once (or when the bundle was built) and shared by every server instance `make` builds.
        const tools = registry.tools.map((tool) => ({
          tool,
          input: StandardSchema.unchecked(tool.input, "input", registry.jsonSchemas?.[tool.name]?.input),
          output: StandardSchema.unchecked(tool.output, "output", registry.jsonSchemas?.[tool.name]?.output),
          enabled: exposed.has(tool.name)
        }))
        yield* ToolPolicy.logExposure(registry.tools, policy)

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
              run(runtime, callTool(tool, args), ctx).then(Exit.getOrElse(() => ToolResult.cancelled(tool.name))))
            if (!enabled) registered.disable()
          }
          for (const resource of registry.resources) {
            if (exposed.has(resource.tool)) registerResource(server, runtime, resource)
          }
          return server
        }

        const serve = Effect.async<void>((resume) => {
          const handle = serveStdio(make, {
            transport: new StdioTransport(() => resume(Effect.void)),
            onerror: (error) => Runtime.runSync(runtime)(Effect.logWarning(`MCP transport: ${error.message}`))
          })
          return Effect.promise(() => handle.close())
        })

        return { make, serveStdio: serve }
      })
    )
}

/**
 * Serves the registry over stdio with `requirements` providing what its handlers need; returns when stdin has closed
 * and the requests read before were answered.
 */
export const serve = <R, E, RIn>(
  registry: Registry<R>,
  requirements: Layer.Layer<R, E, RIn>
): Effect.Effect<void, E | UnknownToolNames, RIn | ToolPolicy> =>
  Effect.flatMap(McpServer, (server) => server.serveStdio).pipe(
    Effect.provide(McpServer.layer(registry).pipe(Layer.provide(requirements)))
  )

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

const registerResource = <R>(server: SdkMcpServer, runtime: Runtime.Runtime<R>, resource: Resource.Any<R>) => {
  const metadata = { title: resource.title, description: resource.description, mimeType: resource.mimeType }
  const answer = (effect: Effect.Effect<ReadResourceResult, ProtocolError, R>, ctx: ServerContext) =>
    run(runtime, effect, ctx).then(Exit.match({
      onSuccess: (result) => result,
      onFailure: (cause) => {
        throw Option.getOrElse(
          Cause.failureOption(cause),
          () => new ProtocolError(ProtocolErrorCode.InternalError, `reading ${resource.name} was cancelled`)
        )
      }
    }))
  switch (resource._tag) {
    case "Fixed":
      server.registerResource(resource.name, resource.uri, metadata, (uri, ctx) =>
        answer(readResource(resource, uri, resource.handler), ctx))
      return
    case "Template":
      server.registerResource(
        resource.name,
        new ResourceTemplate(resource.uriTemplate, { list: undefined }),
        metadata,
        (uri, variables, ctx) =>
          answer(
            Schema.decodeUnknown(resource.params, StandardSchema.decodeOptions)(variables).pipe(
              Effect.mapError((error) =>
                new ProtocolError(
                  ProtocolErrorCode.InvalidParams,
                  `Invalid resource URI ${uri.href}: ` +
                    describeIssues(error.issue).map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join("; ")
                )
              ),
              Effect.flatMap((params) => readResource(resource, uri, resource.handler(params)))
            ),
            ctx
          )
      )
      return
  }
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
