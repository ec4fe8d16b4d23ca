import type { CallToolResult } from "@modelcontextprotocol/server"
import { Effect, Either } from "effect"
import { callTool } from "../mcp/CallTool.js"
import { formatActual } from "../mcp/SchemaIssues.js"
import { exposedTools, ToolPolicy, type UnknownToolNames } from "../mcp/ToolPolicy.js"
import type { OtrsConfigError } from "../services/OtrsConfig.js"
import { live, tools } from "../tools/index.js"
import { UsageError } from "./Command.js"
import { against, configured } from "./Connection.js"
import { print, printError } from "./Output.js"
import type { ExitCode } from "./runOnce.js"

interface CallRequest {
  readonly demo: boolean
  readonly json: boolean
  readonly tool: string
  /** the arguments as typed: one JSON value, or `-` for the JSON on stdin */
  readonly args: string
}

const argumentsAdvice = `Pass one JSON object in single quotes, e.g. otrs-mcp call get_ticket '{"ticket_id": 1}', ` +
  "or - to read it from stdin; otrs-mcp tools --markdown lists every tool's arguments."

/** `-`: all of stdin, for arguments a command line cannot carry (attachments run to megabytes). */
const argumentsText = (request: CallRequest): Effect.Effect<string> =>
  request.args === "-"
    ? Effect.async<string>((resume) => {
      let text = ""
      process.stdin.setEncoding("utf8")
        .on("data", (chunk: string) => text += chunk)
        // a byte-order mark, which some editors and shells write first, is no part of the JSON
        .once("end", () => resume(Effect.succeed(text.replace(/^\uFEFF/, ""))))
        // an unreadable stdin reads as empty, which the JSON check then names
        .once("error", () => resume(Effect.succeed(text)))
    })
    : Effect.succeed(request.args)

/** One JSON object, as MCP's tools/call carries a tool's arguments. */
const parseJson = (request: CallRequest, text: string): Either.Either<unknown, UsageError> =>
  Either.try({
    try: () => JSON.parse(text) as unknown,
    catch: (error) =>
      new UsageError({
        problem: `the arguments for ${request.tool} are not JSON (${(error as Error).message})`,
        advice: argumentsAdvice
      })
  }).pipe(Either.flatMap((args) =>
    typeof args === "object" && args !== null && !Array.isArray(args)
      ? Either.right(args)
      : Either.left(
        new UsageError({
          problem: `the arguments for ${request.tool} are ${Array.isArray(args) ? "an array" : formatActual(args)}` +
            ", not a JSON object",
          advice: argumentsAdvice
        })
      )
  ))

/** The tool, if the tool policy exposes it: `call` offers exactly what an MCP client would see. */
const findTool = (name: string) =>
  Effect.gen(function*() {
    const exposed = yield* exposedTools(tools, yield* ToolPolicy)
    const tool = exposed.find((candidate) => candidate.name === name)
    if (tool !== undefined) return tool
    const hidden = tools.some((candidate) => candidate.name === name)
    return yield* new UsageError({
      problem: hidden
        ? `${name} is hidden by the tool policy (OTRS_TOOLS_ALLOW, OTRS_TOOLS_DENY, OTRS_READ_ONLY)`
        : `unknown tool '${name}'`,
      advice: `The exposed tools: ${exposed.map((candidate) => candidate.name).join(", ") || "none"}.`
    })
  })

const textOf = (result: CallToolResult) =>
  result.content.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n")

/**
 * Runs one tool through the pipeline MCP uses (CallTool) and prints its text result on stdout, or its
 * structuredContent with --json; an error result goes to stderr with exit code 1.
 */
export const call = (
  request: CallRequest
): Effect.Effect<ExitCode, UsageError | UnknownToolNames | OtrsConfigError> =>
  Effect.gen(function*() {
    const args = yield* parseJson(request, yield* argumentsText(request))
    // the configuration check names every problem, the tool policy's among them; a usage error is then found
    // before the simulator of --demo starts
    const result = yield* findTool(request.tool).pipe(
      Effect.flatMap((tool) => callTool(tool, args).pipe(Effect.provide(live), against(request.demo))),
      configured(request.demo)
    )
    if (result.isError === true) {
      yield* printError(textOf(result))
      return 1
    }
    yield* print(request.json ? JSON.stringify(result.structuredContent ?? {}, null, 2) : textOf(result))
    return 0
  })
