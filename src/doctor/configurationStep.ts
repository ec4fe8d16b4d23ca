import { Context, Duration, Effect, Either, Layer, Option, type Scope } from "effect"
import { readSettings } from "../cli/Settings.js"
import { exposedTools, type PolicyWarning, policyWarnings } from "../mcp/ToolPolicy.js"
import { type ConfigProblem, configAdvice, OtrsConfig, type OtrsConfigShape } from "../services/OtrsConfig.js"
import { operationNames, operations, routeVariable } from "../services/OtrsRoutes.js"
import { OtrsTransport, type OtrsTransportShape } from "../services/OtrsTransport.js"
import { OtrsTransportLive } from "../services/OtrsTransportLive.js"
import { tools } from "../tools/index.js"
import { type DoctorStep, fail, pass, warn } from "./DoctorStep.js"

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

const problemLines = (problems: ReadonlyArray<ConfigProblem>) =>
  problems.map(({ problem, variable }) => `${variable}: ${problem}`)

const problemStep = (problems: ReadonlyArray<ConfigProblem>, warnings: ReadonlyArray<PolicyWarning>): DoctorStep =>
  fail(
    name,
    [...problemLines(problems), ...warnings.map(({ detail }) => detail)].join("\n"),
    [configAdvice(problems), ...warnings.map(({ fix }) => fix)].join(" ")
  )

/** A policy that leaves no tool fails (otrs-mcp would do nothing); write tools that read-only hides only warn. */
const policyStep = (detail: string, warnings: ReadonlyArray<PolicyWarning>, exposesNone: boolean): DoctorStep => {
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
    const { ca, otrs: loaded, policy, problems } = yield* readSettings
    const warnings = Either.isRight(policy) ? policyWarnings(tools, policy.right) : []
    if (Either.isLeft(loaded) || Either.isLeft(ca)) return Either.left(problemStep(problems, warnings))
    const config: OtrsConfigShape = {
      ...loaded.right,
      timeout: Duration.min(loaded.right.timeout, maxStepTimeout),
      retries: 0
    }
    const context = yield* Layer.build(OtrsTransportLive.pipe(Layer.provide(Layer.succeed(OtrsConfig, config))))
    const setup: Setup = { config, ca: ca.right, transport: Context.get(context, OtrsTransport) }
    if (problems.length > 0 || Either.isLeft(policy)) return Either.right({ setup, step: problemStep(problems, warnings) })
    const exposed = Either.getOrElse(exposedTools(tools, policy.right), () => [])
    const detail = `${describe(loaded.right)}, ${exposed.length} of ${tools.length} tools exposed` +
      (policy.right.readOnly ? " (read-only)" : "")
    return Either.right({ setup, step: policyStep(detail, warnings, exposed.length === 0) })
  }
).pipe(
  // the transport reads OTRS_CA_FILE once more, just read above: only a file gone since then gets here
  Effect.catchAll((error) => Effect.succeed(Either.left(problemStep(error.problems, []))))
)
