import { Effect } from "effect"
import { Environment } from "../../src/cli/Variables.js"
import { withEnv } from "../support/env.js"

/**
 * Runs an effect with exactly these variables set: as the ConfigProvider that reads them, and as the environment
 * whose OTRS_* names are checked against those otrs-mcp reads.
 */
export const withEnvironment = (env: Readonly<Record<string, string>>) =>
<A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  effect.pipe(withEnv({ ...env }), Effect.provideService(Environment, env))
