import { Config, type ConfigError, Effect } from "effect"
import * as Logging from "../mcp/Logging.js"
import { exposedTools, ToolPolicy, type UnknownToolNames } from "../mcp/ToolPolicy.js"
import { toolCatalog } from "../tools/modules.js"
import { print, printError } from "./Output.js"
import { knownVariables, logWarnings, unknownVariableWarnings } from "./Settings.js"
import type { ExitCode } from "./runOnce.js"
import { toolsMarkdown } from "./toolsMarkdown.js"

/** One line per exposed tool: name, read or write, title. */
export const listTools: Effect.Effect<ExitCode, ConfigError.ConfigError | UnknownToolNames> = Effect.gen(function*() {
  // a misspelled OTRS_READ_ONLY would otherwise leave the list silently as it is
  yield* logWarnings(yield* unknownVariableWarnings(yield* knownVariables))
  // the log level too, which the command reads, so that a wrong one is named rather than taken for the default
  const { tools } = yield* toolCatalog
  const [policy] = yield* Config.all([ToolPolicy.checked(tools.map((tool) => tool.name)), Logging.level])
  const exposed = yield* exposedTools(tools, policy)
  if (exposed.length === 0) {
    yield* printError("No tool is exposed: OTRS_TOOLS_ALLOW, OTRS_TOOLS_DENY and OTRS_READ_ONLY leave none.")
    return 0 as const
  }
  const width = Math.max(...exposed.map((tool) => tool.name.length))
  yield* print(exposed.map((tool) => `${tool.name.padEnd(width)}  ${tool.writes ? "write" : "read "}  ${tool.title}`).join("\n"))
  return 0 as const
})

/** The README's reference: every tool, whatever the policy, since it documents the product. */
export const documentTools: Effect.Effect<ExitCode> = Effect.flatMap(toolCatalog, (catalog) =>
  Effect.as(print(toolsMarkdown(catalog)), 0))
