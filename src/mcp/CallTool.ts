import type { CallToolResult } from "@modelcontextprotocol/server"
import { Cause, Effect, Schema, type SchemaAST } from "effect"
import { describeFirstIssues } from "./SchemaIssues.js"
import * as StandardSchema from "./StandardSchema.js"
import type * as Tool from "./Tool.js"
import * as ToolResult from "./ToolResult.js"

/**
 * Arguments of more values than this (the whole, each field and each item) are decoded only up to their first
 * problem. Listing every problem lets an agent fix them at once, but takes a decode that goes on past the first one:
 * 300,000 wrong list items took half a second, and Effect spends about 40 µs on each unknown key. Real calls have a
 * few dozen values.
 */
const MAX_VALUES_CHECKED_IN_FULL = 1_000

/**
 * No tool takes arguments of more values than this; checking them all, valid ones included, took seconds (2,000,000
 * queue names 4 s, 1,000,000 unknown keys 7 s) with the server blocked. Refused before any decoding.
 */
const MAX_VALUES = 100_000

const firstProblemOnly: SchemaAST.ParseOptions = { ...StandardSchema.decodeOptions, errors: "first" }

/** The first `limit` items or field values: a list is not copied whole (Object.values took 12 ms on a million). */
const firstValues = (value: object, limit: number): Array<unknown> =>
  Array.isArray(value)
    ? value.slice(0, limit)
    : Object.keys(value).slice(0, limit).map((key) => (value as Record<string, unknown>)[key])

/**
 * How many values `value` holds (itself, each field, each item, all the way down), counted no further than one past
 * `limit`: JSON arguments, so no cycles.
 */
const countValues = (value: unknown, limit: number): number => {
  const pending: Array<unknown> = [value]
  let counted = 0
  while (pending.length > 0 && counted <= limit) {
    const next = pending.pop()
    counted++
    // one by one: spreading a hundred thousand items as arguments may overflow the stack
    if (typeof next === "object" && next !== null) for (const item of firstValues(next, limit)) pending.push(item)
  }
  return counted
}

/**
 * One tool call as MCP answers it, shared by the server and `otrs-mcp call` so that the two cannot drift. Every
 * outcome becomes a result; the arguments are decoded here (not by the SDK) to control the message. Only an
 * interruption (a cancelled request) is left to the caller. Log lines name the tool themselves: annotating every
 * call's logs instead cost about a tenth of get_ticket's CPU, for the few calls that log anything.
 */
export const callTool = <R>(tool: Tool.Any<R>, args: unknown): Effect.Effect<CallToolResult, never, R> => {
  const values = countValues(args, MAX_VALUES)
  if (values > MAX_VALUES) {
    return Effect.succeed(ToolResult.invalidArguments(tool.name, [{
      path: [],
      message: `more than ${MAX_VALUES.toLocaleString("en")} values in all, which no call needs: send fewer`
    }]))
  }
  const inFull = values <= MAX_VALUES_CHECKED_IN_FULL
  return Schema.decodeUnknown(tool.input, inFull ? StandardSchema.decodeOptions : firstProblemOnly)(args).pipe(
    Effect.matchEffect({
      onFailure: (error) => {
        const { issues, more } = describeFirstIssues(error.issue, ToolResult.MAX_LISTED_ISSUES)
        return Effect.succeed(ToolResult.invalidArguments(tool.name, issues, inFull ? more : "unchecked"))
      },
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
}
