import { type ConfigError, Effect } from "effect"
import { exposedTools, ToolPolicy, type UnknownToolNames } from "../mcp/ToolPolicy.js"
import { resources, tools } from "../tools/index.js"
import { print, printError } from "./Output.js"
import type { ExitCode } from "./runOnce.js"
import { toolsMarkdown } from "./toolsMarkdown.js"

/** One line per exposed tool: name, read or write, title. */
export const listTools: Effect.Effect<ExitCode, ConfigError.ConfigError | UnknownToolNames> = Effect.gen(function*() {
  const exposed = yield* exposedTools(tools, yield* ToolPolicy.checked(tools.map((tool) => tool.name)))
  if (exposed.length === 0) {
    yield* printError("No tool is exposed: OTRS_TOOLS_ALLOW, OTRS_TOOLS_DENY and OTRS_READ_ONLY leave none.")
    return 0 as const
  }
  const width = Math.max(...exposed.map((tool) => tool.name.length))
  yield* print(exposed.map((tool) => `${tool.name.padEnd(width)}  ${tool.writes ? "write" : "read "}  ${tool.title}`).join("\n"))
  return 0 as const
})

/** The README's reference: every tool, whatever the policy, since it documents the product. */
export const documentTools: Effect.Effect<ExitCode> = Effect.suspend(() =>
  Effect.as(print(toolsMarkdown({ tools, resources })), 0)
)
