import type { CallToolResult } from "@modelcontextprotocol/server"
import { formatPath, type SchemaIssue } from "./SchemaIssues.js"
import type { Failure } from "./Tool.js"

/** How each outcome of a tool call looks on the wire: what the agent reads and what it should do next. */

const text = (body: string) => [{ type: "text" as const, text: body }]

const error = (body: string): CallToolResult => ({ content: text(body), isError: true })

export const success = (structuredContent: { readonly [key: string]: unknown }, rendered: string): CallToolResult => ({
  content: text(rendered),
  structuredContent: { ...structuredContent }
})

/**
 * How many issues an answer lists. Agents fix every field at once, and a call has a few fields; past that, a value
 * with thousands of wrong items repeats one problem, and listing them all made answers of tens of megabytes.
 */
export const MAX_LISTED_ISSUES = 20

/**
 * The problems past those listed: how many, or, for arguments decoded only up to their first problem (CallTool),
 * that there may be more.
 */
export type Unlisted = number | "unchecked"

const unlisted = (more: Unlisted): Array<string> => {
  if (more === "unchecked") {
    return ["… and perhaps more problems: arguments this large are checked only up to their first problem"]
  }
  if (more === 0) return []
  return [`… and ${more.toLocaleString("en-US")} more ${more === 1 ? "problem" : "problems"} not listed`]
}

/** `more`: the problems found beyond the issues given, counted rather than listed. */
export const invalidArguments = (
  tool: string,
  issues: ReadonlyArray<SchemaIssue>,
  more: Unlisted = 0
): CallToolResult =>
  error([
    `Invalid arguments for ${tool}:`,
    ...issues.map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`),
    ...unlisted(more),
    `Fix these arguments and call ${tool} again; its inputSchema (tools/list) describes every argument.`
  ].join("\n"))

export const failure = (tool: string, cause: Failure): CallToolResult => error(`${tool} failed: ${cause.message}`)

export const defect = (tool: string): CallToolResult =>
  error(
    `Internal error in ${tool}; it was logged on the server's stderr. This is a bug in otrs-mcp, not a problem ` +
      "with your arguments; calling again will probably fail the same way."
  )

export const cancelled = (tool: string): CallToolResult => error(`${tool} was cancelled before it finished.`)

/** The tools' modules or what they need could not be loaded (McpServer.deferred); `reason` says why, a sentence. */
export const notLoaded = (reason: string): CallToolResult =>
  error(`The server could not load its tools: ${reason} The next call tries again; the server's stderr has details.`)

/** A call that came while the server was told to stop, before it could run. */
export const stopping = (tool: string): CallToolResult =>
  error(`The server is stopping: ${tool} was not run, and nothing was sent to OTRS.`)
