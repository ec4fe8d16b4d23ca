import { Cause, Config, type ConfigError, Effect, Layer, Logger, LogLevel, Option } from "effect"

/**
 * Logs go to stderr only: stdout carries the MCP protocol, and Effect's default logger writes to stdout.
 * Nothing logged here may hold a secret; log causes and tool names, never arguments or configuration values.
 */

/** Replaces the default logger; needs no configuration, so even a configuration error is reported on stderr. */
export const stderr: Layer.Layer<never> = Logger.replace(
  Logger.defaultLogger,
  Logger.prettyLogger({ stderr: true, colors: false, mode: "tty" })
)

const levels = {
  debug: LogLevel.Debug,
  info: LogLevel.Info,
  warning: LogLevel.Warning,
  error: LogLevel.Error,
  none: LogLevel.None
} as const

const levelConfig: Config.Config<LogLevel.LogLevel> = Config.string("OTRS_LOG_LEVEL").pipe(
  Config.map((name) => name.trim().toLowerCase()),
  Config.validate({
    message: `OTRS_LOG_LEVEL must be one of ${Object.keys(levels).join(", ")}`,
    validation: (name): name is keyof typeof levels => Object.hasOwn(levels, name)
  }),
  Config.withDefault("info" as const),
  Config.map((name) => levels[name])
)

/** The minimum level from OTRS_LOG_LEVEL (debug|info|warning|error|none, default info). */
export const minimumLevel: Layer.Layer<never, ConfigError.ConfigError> = Layer.unwrapEffect(
  Effect.map(levelConfig, Logger.minimumLogLevel)
)

/**
 * Logs why the program stopped, unless it was interrupted (a signal). Expected failures are configuration
 * problems found at start-up: their message says what to fix, a stack trace would only hide it.
 */
export const reportFailure = <E>(cause: Cause.Cause<E>): Effect.Effect<void> => {
  if (Cause.isInterruptedOnly(cause)) return Effect.void
  return Option.match(Cause.failureOption(cause), {
    onSome: (error) => Effect.logError(`otrs-mcp cannot start: ${error instanceof Error ? error.message : String(error)}`),
    onNone: () => Effect.logError("otrs-mcp stopped on an internal error", cause)
  })
}
