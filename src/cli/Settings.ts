import { type ConfigError, Effect, Either } from "effect"
import * as Logging from "../mcp/Logging.js"
import { ToolPolicy, type ToolPolicyShape } from "../mcp/ToolPolicy.js"
import {
  type ConfigProblem,
  configProblems,
  OtrsConfig,
  type OtrsConfigError,
  type OtrsConfigShape
} from "../services/OtrsConfig.js"
import { readCaFile } from "../services/OtrsTransportLive.js"
import { tools } from "../tools/index.js"

/** Every variable a command with OTRS reads, read at once, with every problem found among them. */
export interface Settings {
  readonly otrs: Either.Either<OtrsConfigShape, ConfigError.ConfigError>
  /** the contents of OTRS_CA_FILE when set (undefined too when the OTRS settings could not be read) */
  readonly ca: Either.Either<string | undefined, OtrsConfigError>
  /** checked against the registry's tool names */
  readonly policy: Either.Either<ToolPolicyShape, ConfigError.ConfigError>
  /** the OTRS connection's, the log level's (read leniently when logging starts), the policy's, OTRS_CA_FILE's */
  readonly problems: ReadonlyArray<ConfigProblem>
}

const lefts = <E>(result: Either.Either<unknown, E>): ReadonlyArray<E> => Either.isLeft(result) ? [result.left] : []

export const readSettings: Effect.Effect<Settings> = Effect.gen(function*() {
  const [otrs, level, policy] = yield* Effect.all([
    Effect.either(OtrsConfig.config),
    Effect.either(Logging.level),
    Effect.either(ToolPolicy.checked(tools.map((tool) => tool.name)))
  ])
  const ca = Either.isRight(otrs) ? yield* Effect.either(readCaFile(otrs.right)) : Either.right(undefined)
  return {
    otrs,
    ca,
    policy,
    problems: [
      ...[...lefts(otrs), ...lefts(level), ...lefts(policy)].flatMap(configProblems),
      ...lefts(ca).flatMap((error) => error.problems)
    ]
  }
})
