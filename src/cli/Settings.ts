import { type ConfigError, Effect, Either } from "effect"
import * as Logging from "../mcp/Logging.js"
import { ToolPolicy, type ToolPolicyShape } from "../mcp/ToolPolicy.js"
import {
  type ConfigProblem,
  configProblems,
  type ConfigWarning,
  OtrsConfig,
  type OtrsConfigError,
  type OtrsConfigShape,
  shortTimeoutWarning,
  timeoutConfig
} from "../services/OtrsConfig.js"
import { readCaFile } from "../services/OtrsTransportLive.js"
import { toolCatalog } from "../tools/modules.js"
import { recordingReads, unknownVariables, variablesSet } from "./Variables.js"

/** Every variable a command with OTRS reads, read at once, with every problem found among them. */
export interface Settings {
  readonly otrs: Either.Either<OtrsConfigShape, ConfigError.ConfigError>
  /** the contents of OTRS_CA_FILE when set (undefined too when the OTRS settings could not be read) */
  readonly ca: Either.Either<string | undefined, OtrsConfigError>
  /** checked against the registry's tool names */
  readonly policy: Either.Either<ToolPolicyShape, ConfigError.ConfigError>
  /** the OTRS connection's, the log level's (read leniently when logging starts), the policy's, OTRS_CA_FILE's */
  readonly problems: ReadonlyArray<ConfigProblem>
  /** OTRS_* variables otrs-mcp does not read, and an OTRS_TIMEOUT_MS too short to be meant */
  readonly warnings: ReadonlyArray<ConfigWarning>
}

/** Every variable otrs-mcp reads, each Either holding its problems rather than failing on the first. */
const readAll = Effect.flatMap(toolCatalog, ({ tools }) =>
  Effect.all([
    Effect.either(OtrsConfig.config),
    Effect.either(Logging.level),
    Effect.either(ToolPolicy.checked(tools.map((tool) => tool.name)))
  ]))

/** The name of every variable otrs-mcp reads, as readSettings reads them. */
export const knownVariables: Effect.Effect<ReadonlySet<string>> = Effect.map(
  recordingReads(readAll),
  ([, read]) => read
)

/** A variable named like otrs-mcp's settings that none reads is likely a misspelled one, which would change nothing. */
export const unknownVariableWarnings = (known: ReadonlySet<string>): Effect.Effect<ReadonlyArray<ConfigWarning>> =>
  Effect.map(variablesSet, (set) =>
    unknownVariables(set, known).map(({ meant, name }): ConfigWarning =>
      meant === undefined
        ? {
          detail: `${name} is not a setting otrs-mcp reads (the README lists those it does)`,
          fix: `Remove ${name}, or rename it to the variable meant (the README's Configuration section lists them).`
        }
        : {
          detail: `${name} is not a setting otrs-mcp reads; did you mean ${meant}?`,
          fix: `Rename ${name} to ${meant}.`
        }
    ))

/** At start, before any problem stops the command: a misspelled name may be why a variable counts as missing. */
export const logWarnings = (warnings: ReadonlyArray<ConfigWarning>): Effect.Effect<void> =>
  Effect.forEach(warnings, ({ detail }) => Effect.logWarning(detail), { discard: true })

const lefts = <E>(result: Either.Either<unknown, E>): ReadonlyArray<E> => Either.isLeft(result) ? [result.left] : []

export const readSettings: Effect.Effect<Settings> = Effect.gen(function*() {
  const [[otrs, level, policy], read] = yield* recordingReads(readAll)
  const unknown = yield* unknownVariableWarnings(read)
  const ca = Either.isRight(otrs) ? yield* Effect.either(readCaFile(otrs.right)) : Either.right(undefined)
  // read alone: with --demo, or a connection variable missing, the rest of the OTRS settings do not read
  const timeout = yield* Effect.either(timeoutConfig)
  const shortTimeout = Either.isRight(timeout) ? shortTimeoutWarning(timeout.right) : undefined
  return {
    otrs,
    ca,
    policy,
    problems: [
      ...[...lefts(otrs), ...lefts(level), ...lefts(policy)].flatMap(configProblems),
      ...lefts(ca).flatMap((error) => error.problems)
    ],
    warnings: [...unknown, ...(shortTimeout === undefined ? [] : [shortTimeout])]
  }
})
