import { ConfigError, Effect, LogLevel } from "effect"
import * as Logging from "../mcp/Logging.js"
import { OtrsConfigError } from "../services/OtrsConfig.js"
import { UsageError } from "./Command.js"
import { handleWriteErrors, printError } from "./Output.js"

/** 0: done; 1: it failed (a problem found, an error result, a bad configuration); 2: a usage error. */
export type ExitCode = 0 | 1 | 2

/** A variable of the tool policy or the log level is wrong (the OTRS connection variables fail as OtrsConfigError). */
const explain = (error: { readonly message: string } | ConfigError.ConfigError): string =>
  ConfigError.isConfigError(error) ? OtrsConfigError.fromConfigError(error).message : error.message

/** Runs a command that ends by itself (not the server) as the process, and exits with its code. */
export const runOnce = <E extends { readonly message: string } | ConfigError.ConfigError>(
  command: Effect.Effect<ExitCode, E>
): void => {
  handleWriteErrors()
  void command.pipe(
    // a command prints its own answer: only warnings and errors, unless OTRS_LOG_LEVEL says otherwise
    Effect.provide(Logging.minimumLevel(LogLevel.Warning)),
    Effect.catchAll((error) => Effect.as(printError(explain(error)), error instanceof UsageError ? 2 : 1)),
    Effect.catchAllCause((cause) => Effect.as(Effect.logError("otrs-mcp stopped on an internal error", cause), 1)),
    Effect.provide(Logging.stderr),
    Effect.runPromise
  ).then((code) => process.exit(code))
}
