import type { CallToolResult } from "@modelcontextprotocol/server"
import { Cause, Effect, Schema } from "effect"
import { describeIssues } from "./SchemaIssues.js"
import * as StandardSchema from "./StandardSchema.js"
import type * as Tool from "./Tool.js"
import * as ToolResult from "./ToolResult.js"

/**
 * One tool call as MCP answers it, shared by the server and `otrs-mcp call` so that the two cannot drift. Every
 * outcome becomes a result; the arguments are decoded here (not by the SDK) to control the message. Only an
 * interruption (a cancelled request) is left to the caller. Log lines name the tool themselves: annotating every
 * call's logs instead cost about a tenth of get_ticket's CPU, for the few calls that log anything.
 */
export const callTool = <R>(tool: Tool.Any<R>, args: unknown): Effect.Effect<CallToolResult, never, R> =>
  Schema.decodeUnknown(tool.input, StandardSchema.decodeOptions)(args).pipe(
    Effect.matchEffect({
      onFailure: (error) => Effect.succeed(ToolResult.invalidArguments(tool.name, describeIssues(error.issue))),
      onSuccess: (input) =>
        tool.handler(input).pipe(
          Effect.flatMap((output) =>
            Schema.encode(tool.output)(output).pipe(
              Effect.orDie,
              Effect.map((structured) => ToolResult.success(structured, tool.render(output)))
            )
          ),
          Effect.catchAll((error) =>
            Effect.as(Effect.logInfo(`${tool.name} failed: ${error.message}`), ToolResult.failure(tool.name, error))
          ),
          Effect.catchAllCause((cause) =>
            Cause.isInterruptedOnly(cause)
              ? Effect.failCause(cause)
              : Effect.as(Effect.logError(`internal error in tool ${tool.name}`, cause), ToolResult.defect(tool.name))
          )
        )
    })
  )
