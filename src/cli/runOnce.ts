import { Config, ConfigError, Effect, Layer, Logger, LogLevel, Option } from "effect"
import * as Logging from "../mcp/Logging.js"
import { configProblems } from "../services/OtrsConfig.js"
import { UsageError } from "./Command.js"
import { printError } from "./Output.js"

/** 0: done; 1: it failed (a problem found, an error result, a bad configuration); 2: a usage error. */
export type ExitCode = 0 | 1 | 2

/** A command prints its own answer, so it logs only warnings and errors unless OTRS_LOG_LEVEL says otherwise. */
const minimumLevel = Layer.unwrapEffect(
  Effect.map(
    Config.option(Config.string("OTRS_LOG_LEVEL")),
    Option.match({ onNone: () => Logger.minimumLogLevel(LogLevel.Warning), onSome: () => Logging.minimumLevel })
  )
)

/** A variable of the tool policy or the log level is wrong (the OTRS connection variables fail as OtrsConfigError). */
const explain = (error: { readonly message: string } | ConfigError.ConfigError): string => {
  if (!ConfigError.isConfigError(error)) return error.message
  // a validation names its variable in its message rather than in its path
  const problems = configProblems(error).map(({ problem, variable }) => `  - ${variable === "" ? "" : `${variable}: `}${problem}`)
  return `otrs-mcp is not configured correctly:\n${problems.join("\n")}\nFix these environment variables (see the README).`
}

/** Runs a command that ends by itself (not the server) as the process, and exits with its code. */
export const runOnce = <E extends { readonly message: string } | ConfigError.ConfigError>(
  command: Effect.Effect<ExitCode, E>
): void => {
  void command.pipe(
    Effect.provide(minimumLevel),
    Effect.catchAll((error) => Effect.as(printError(explain(error)), error instanceof UsageError ? 2 : 1)),
    Effect.catchAllCause((cause) => Effect.as(Effect.logError("otrs-mcp stopped on an internal error", cause), 1)),
    Effect.provide(Logging.stderr),
    Effect.runPromise
  ).then((code) => process.exit(code))
}
