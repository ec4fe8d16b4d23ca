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

export const invalidArguments = (tool: string, issues: ReadonlyArray<SchemaIssue>): CallToolResult =>
  error([
    `Invalid arguments for ${tool}:`,
    ...issues.map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`),
    `Fix these arguments and call ${tool} again; its inputSchema (tools/list) describes every argument.`
  ].join("\n"))

export const failure = (tool: string, cause: Failure): CallToolResult => error(`${tool} failed: ${cause.message}`)

export const defect = (tool: string): CallToolResult =>
  error(
    `Internal error in ${tool}; it was logged on the server's stderr. This is a bug in otrs-mcp, not a problem ` +
      "with your arguments; calling again will probably fail the same way."
  )

export const cancelled = (tool: string): CallToolResult => error(`${tool} was cancelled before it finished.`)
