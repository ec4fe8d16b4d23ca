import { Cause, type Config, ConfigError, Effect, Either, Layer, Logger, LogLevel, Option } from "effect"
import { OtrsConfigError } from "../services/OtrsConfig.js"
import { optional } from "../shared/envConfig.js"

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

const names = Object.keys(levels).join(", ")

/** OTRS_LOG_LEVEL when set (blank counts as unset), in any case. */
export const level: Config.Config<Option.Option<LogLevel.LogLevel>> = optional("OTRS_LOG_LEVEL", (name) => {
  const key = name.toLowerCase()
  return Object.hasOwn(levels, key)
    ? Either.right(levels[key as keyof typeof levels])
    : Either.left(`not a log level; expected one of ${names} (in any case; default info)`)
})

/**
 * The minimum level from OTRS_LOG_LEVEL (debug|info|warning|error|none), `unset` when it is unset or blank. A value it
 * cannot read means `unset` as well: the server, `call` and doctor check it with the rest of their configuration and
 * name every problem at once (cli/Connection.ts, doctor's configuration step), which failing here first would cut
 * short.
 */
export const minimumLevel = (unset: LogLevel.LogLevel): Layer.Layer<never> =>
  Layer.unwrapEffect(
    Effect.map(
      Effect.orElseSucceed(level, () => Option.none()),
      (chosen) => Logger.minimumLogLevel(Option.getOrElse(chosen, () => unset))
    )
  )

const describe = (error: unknown): string => {
  if (ConfigError.isConfigError(error)) return OtrsConfigError.fromConfigError(error).message
  return error instanceof Error ? error.message : String(error)
}

/**
 * Logs why the program stopped, unless it was interrupted (a signal). Expected failures are configuration
 * problems found at start-up: their message says what to fix, a stack trace would only hide it.
 */
export const reportFailure = <E>(cause: Cause.Cause<E>): Effect.Effect<void> => {
  if (Cause.isInterruptedOnly(cause)) return Effect.void
  return Option.match(Cause.failureOption(cause), {
    onSome: (error) => Effect.logError(`otrs-mcp cannot start: ${describe(error)}`),
    onNone: () => Effect.logError("otrs-mcp stopped on an internal error", cause)
  })
}
