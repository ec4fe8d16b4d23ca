import { Context, Duration, Effect, Either, Layer, Option, type Scope } from "effect"
import { configAdvice, OtrsConfig, OtrsConfigError, type OtrsConfigShape } from "../services/OtrsConfig.js"
import { operationNames, operations, routeVariable } from "../services/OtrsRoutes.js"
import { OtrsTransport, type OtrsTransportShape } from "../services/OtrsTransport.js"
import { OtrsTransportLive, readCaFile } from "../services/OtrsTransportLive.js"
import { type DoctorStep, fail, pass } from "./DoctorStep.js"

/** What the network steps run with, once the configuration is valid. */
export interface Setup {
  /** the user's configuration with the timeout capped at 10 s and no retries: doctor reports, it does not recover */
  readonly config: OtrsConfigShape
  /** contents of OTRS_CA_FILE */
  readonly ca: string | undefined
  /** the same undici transport the MCP server uses (CA bundle, OTRS_VERIFY_SSL, timeout) */
  readonly transport: OtrsTransportShape
}

const maxStepTimeout = Duration.seconds(10)

const name = "configuration"

const describe = (config: OtrsConfigShape): string => {
  const custom = operationNames.filter((operation) => config.routes[operation] !== operations[operation])
  return [
    `OTRS_USERNAME=${config.username}`,
    `default queue '${config.defaults.queue}'`,
    `timeout ${Duration.toMillis(config.timeout)} ms` +
    (Duration.greaterThan(config.timeout, maxStepTimeout) ? ` (doctor waits at most ${Duration.format(maxStepTimeout)})` : ""),
    ...(Option.isSome(config.caFile) ? [`CA file ${config.caFile.value}`] : []),
    ...(config.verifySsl ? [] : ["certificate checks off (OTRS_VERIFY_SSL=false)"]),
    ...(custom.length === 0 ? [] : [`custom routes: ${custom.map(routeVariable).join(", ")}`])
  ].join(", ")
}

const problemStep = (error: OtrsConfigError): DoctorStep =>
  fail(
    name,
    error.problems.map(({ problem, variable }) => `${variable}: ${problem}`).join("\n"),
    configAdvice(error.problems)
  )

export interface Configured {
  readonly setup: Setup
  readonly step: DoctorStep
}

/** Reads the configuration as the MCP server does, so that a bad variable is a failed step and not a crash. */
export const loadConfiguration: Effect.Effect<Either.Either<Configured, DoctorStep>, never, Scope.Scope> = Effect.gen(
  function*() {
    const loaded = yield* OtrsConfig.load
    const config: OtrsConfigShape = {
      ...loaded,
      timeout: Duration.min(loaded.timeout, maxStepTimeout),
      retries: 0
    }
    const ca = yield* readCaFile(config)
    const context = yield* Layer.build(OtrsTransportLive.pipe(Layer.provide(Layer.succeed(OtrsConfig, config))))
    const setup: Setup = { config, ca, transport: Context.get(context, OtrsTransport) }
    return { setup, step: pass(name, describe(loaded)) }
  }
).pipe(Effect.either, Effect.map(Either.mapLeft(problemStep)))
