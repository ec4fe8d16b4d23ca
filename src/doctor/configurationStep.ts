import { Context, Duration, Effect, Either, Layer, Option, type Scope } from "effect"
import { readSettings } from "../cli/Settings.js"
import { exposedTools, policyWarnings } from "../mcp/ToolPolicy.js"
import {
  type ConfigProblem,
  configAdvice,
  type ConfigWarning,
  OtrsConfig,
  type OtrsConfigShape
} from "../services/OtrsConfig.js"
import { operationNames, operations, routeVariable } from "../services/OtrsRoutes.js"
import { OtrsTransport, type OtrsTransportShape } from "../services/OtrsTransport.js"
import { OtrsTransportLive } from "../services/OtrsTransportLive.js"
import { tools } from "../tools/index.js"
import { type DoctorStep, fail, pass, warn } from "./DoctorStep.js"
import { maxWait, type Wait, waitFor } from "./Wait.js"

/** What the network steps run with, once the configuration is valid. */
export interface Setup {
  /** the user's configuration with doctor's timeout (see Wait) and no retries: doctor reports, it does not recover */
  readonly config: OtrsConfigShape
  readonly wait: Wait
  /** contents of OTRS_CA_FILE */
  readonly ca: string | undefined
  /** the same transport the MCP server uses (CA bundle, OTRS_VERIFY_SSL, timeout) */
  readonly transport: OtrsTransportShape
}

const name = "configuration"

const describe = (config: OtrsConfigShape): string => {
  // by value: a route set to the stock one (as --demo does) is no custom route
  const custom = operationNames.filter((operation) =>
    config.routes[operation].method !== operations[operation].method ||
    config.routes[operation].path !== operations[operation].path
  )
  return [
    `OTRS_USERNAME=${config.username}`,
    `default queue '${config.defaults.queue}'`,
    `timeout ${Duration.toMillis(config.timeout)} ms` +
    (Duration.greaterThan(config.timeout, maxWait) ? ` (doctor waits at most ${Duration.format(maxWait)})` : ""),
    ...(Option.isSome(config.caFile) ? [`CA file ${config.caFile.value}`] : []),
    ...(config.verifySsl ? [] : ["certificate checks off (OTRS_VERIFY_SSL=false)"]),
    ...(custom.length === 0 ? [] : [`custom routes: ${custom.map(routeVariable).join(", ")}`])
  ].join(", ")
}

const problemLines = (problems: ReadonlyArray<ConfigProblem>) =>
  problems.map(({ problem, variable }) => `${variable}: ${problem}`)

const problemStep = (problems: ReadonlyArray<ConfigProblem>, warnings: ReadonlyArray<ConfigWarning>): DoctorStep =>
  fail(
    name,
    [...problemLines(problems), ...warnings.map(({ detail }) => detail)].join("\n"),
    [configAdvice(problems), ...warnings.map(({ fix }) => fix)].join(" ")
  )

/**
 * A policy that leaves no tool fails (otrs-mcp would do nothing); the other warnings (write tools that read-only
 * hides, unknown variables, a timeout too short to be meant) only warn: otrs-mcp works regardless.
 */
const warningStep = (detail: string, warnings: ReadonlyArray<ConfigWarning>, exposesNone: boolean): DoctorStep => {
  if (warnings.length === 0) return pass(name, detail)
  const lines = [detail, ...warnings.map((warning) => warning.detail)].join("\n")
  const fix = warnings.map((warning) => warning.fix).join(" ")
  return exposesNone ? fail(name, lines, fix) : warn(name, lines, fix)
}

export interface Configured {
  readonly setup: Setup
  /** fails on a problem that leaves OTRS reachable (log level, tool policy): the network steps run regardless */
  readonly step: DoctorStep
}

/**
 * Reads the configuration as the MCP server does, every variable at once, so that each bad one is a line of a
 * failed step and not a crash; the tool policy is checked against the registry as the server checks it.
 */
export const loadConfiguration: Effect.Effect<Either.Either<Configured, DoctorStep>, never, Scope.Scope> = Effect.gen(
  function*() {
    const settings = yield* readSettings
    const { ca, otrs: loaded, policy, problems } = settings
    const warnings = [...(Either.isRight(policy) ? policyWarnings(tools, policy.right) : []), ...settings.warnings]
    if (Either.isLeft(loaded) || Either.isLeft(ca)) return Either.left(problemStep(problems, warnings))
    const wait = waitFor(loaded.right.timeout)
    const config: OtrsConfigShape = { ...loaded.right, timeout: wait.timeout, retries: 0 }
    const context = yield* Layer.build(OtrsTransportLive.pipe(Layer.provide(Layer.succeed(OtrsConfig, config))))
    const setup: Setup = { config, wait, ca: ca.right, transport: Context.get(context, OtrsTransport) }
    if (problems.length > 0 || Either.isLeft(policy)) return Either.right({ setup, step: problemStep(problems, warnings) })
    const exposed = Either.getOrElse(exposedTools(tools, policy.right), () => [])
    const detail = `${describe(loaded.right)}, ${exposed.length} of ${tools.length} tools exposed` +
      (policy.right.readOnly ? " (read-only)" : "")
    return Either.right({ setup, step: warningStep(detail, warnings, exposed.length === 0) })
  }
).pipe(
  // the transport reads OTRS_CA_FILE once more, just read above: only a file gone since then gets here
  Effect.catchAll((error) => Effect.succeed(Either.left(problemStep(error.problems, []))))
)
