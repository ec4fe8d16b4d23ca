import { Config, ConfigError, Context, Data, Duration, Effect, Either, Layer, Option, type Redacted } from "effect"
import { operationNames, operations, parseRoute, type Route, routeVariable, type Routes } from "./OtrsRoutes.js"

export interface TicketDefaults {
  readonly queue: string
  readonly state: string
  readonly priority: string
  readonly type: string
  readonly customerUser: Option.Option<string>
}

export interface OtrsConfigShape {
  /** the web service URL, e.g. https://host/otrs/nph-genericinterface.pl/Webservice/OtrsMcp, without trailing slash */
  readonly baseUrl: string
  readonly username: string
  readonly password: Redacted.Redacted<string>
  readonly verifySsl: boolean
  readonly caFile: Option.Option<string>
  readonly timeout: Duration.Duration
  /** extra attempts for idempotent reads after a transient failure */
  readonly retries: number
  readonly defaults: TicketDefaults
  readonly routes: Routes
}

export interface ConfigProblem {
  readonly variable: string
  readonly problem: string
}

export class OtrsConfigError extends Data.TaggedError("OtrsConfigError")<{
  readonly problems: ReadonlyArray<ConfigProblem>
}> {
  override get message() {
    const lines = this.problems.map(({ problem, variable }) => `  - ${variable}: ${problem}`)
    return `otrs-mcp is not configured correctly:\n${lines.join("\n")}\n${configAdvice(this.problems)}`
  }
}

/** The variables --demo sets itself, pointing at the built-in simulator. */
const connectionVariables = new Set(["OTRS_BASE_URL", "OTRS_USERNAME", "OTRS_PASSWORD"])

/**
 * What to do about configuration problems. --demo is suggested only when the connection variables are the
 * problem: it replaces just those, so with any other variable wrong it would fail the same way.
 */
export const configAdvice = (problems: ReadonlyArray<ConfigProblem>): string =>
  problems.some(({ variable }) => connectionVariables.has(variable))
    ? "Set these environment variables (see the README), or start with --demo to try the built-in OTRS simulator."
    : "Fix these environment variables (see the README)."

const webServiceUrl = Config.string("OTRS_BASE_URL").pipe(
  Config.mapOrFail((text) => {
    const trimmed = text.trim().replace(/\/+$/, "")
    return /^https?:\/\/[^/]+/.test(trimmed) && URL.canParse(trimmed)
      ? Either.right(trimmed)
      : Either.left(ConfigError.InvalidData([], `expected an http(s) URL such as ` +
        "https://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"))
  })
)

const positiveInteger = (name: string, fallback: number) =>
  Config.integer(name).pipe(
    Config.validate({ message: "expected a positive whole number", validation: (n) => n > 0 }),
    Config.withDefault(fallback)
  )

const route = (operation: keyof typeof operations): Config.Config<Route> =>
  Config.string(routeVariable(operation)).pipe(
    Config.mapOrFail((text) => {
      const parsed = parseRoute(operation, text)
      return typeof parsed === "string" ? Either.left(ConfigError.InvalidData([], parsed)) : Either.right(parsed)
    }),
    Config.withDefault<Route>(operations[operation])
  )

const routes = Config.all(
  Object.fromEntries(operationNames.map((operation) => [operation, route(operation)]))
) as Config.Config<Routes>

const otrsConfig: Config.Config<OtrsConfigShape> = Config.all({
  baseUrl: webServiceUrl,
  username: Config.nonEmptyString("OTRS_USERNAME"),
  password: Config.redacted("OTRS_PASSWORD"),
  verifySsl: Config.boolean("OTRS_VERIFY_SSL").pipe(Config.withDefault(true)),
  caFile: Config.option(Config.nonEmptyString("OTRS_CA_FILE")),
  timeout: positiveInteger("OTRS_TIMEOUT_MS", 30_000).pipe(Config.map(Duration.millis)),
  retries: Config.integer("OTRS_RETRIES").pipe(
    Config.validate({ message: "expected a whole number from 0 to 10", validation: (n) => n >= 0 && n <= 10 }),
    Config.withDefault(2)
  ),
  defaults: Config.all({
    queue: Config.nonEmptyString("OTRS_DEFAULT_QUEUE").pipe(Config.withDefault("Raw")),
    state: Config.nonEmptyString("OTRS_DEFAULT_STATE").pipe(Config.withDefault("new")),
    priority: Config.nonEmptyString("OTRS_DEFAULT_PRIORITY").pipe(Config.withDefault("3 normal")),
    type: Config.nonEmptyString("OTRS_DEFAULT_TYPE").pipe(Config.withDefault("Unclassified")),
    customerUser: Config.option(Config.nonEmptyString("OTRS_DEFAULT_CUSTOMER_USER"))
  }),
  routes
})

/** Flattens Effect's ConfigError tree into one line per variable. */
export const configProblems = (error: ConfigError.ConfigError): ReadonlyArray<ConfigProblem> =>
  ConfigError.reduceWithContext(error, undefined, {
    andCase: (_, left: ReadonlyArray<ConfigProblem>, right: ReadonlyArray<ConfigProblem>) => [...left, ...right],
    orCase: (_, left: ReadonlyArray<ConfigProblem>, right: ReadonlyArray<ConfigProblem>) => [...left, ...right],
    invalidDataCase: (_, path, message) => [{ variable: path.join("."), problem: message }],
    missingDataCase: (_, path) => [{ variable: path.join("."), problem: "missing" }],
    sourceUnavailableCase: (_, path, message) => [{ variable: path.join("."), problem: message }],
    unsupportedCase: (_, path, message) => [{ variable: path.join("."), problem: message }]
  })

/** Everything otrs-mcp needs to reach OTRS, read once from the environment and validated as a whole. */
export class OtrsConfig extends Context.Tag("otrs-mcp/OtrsConfig")<OtrsConfig, OtrsConfigShape>() {
  static readonly load: Effect.Effect<OtrsConfigShape, OtrsConfigError> = otrsConfig.pipe(
    Effect.mapError((error) => new OtrsConfigError({ problems: configProblems(error) }))
  )

  static readonly layer: Layer.Layer<OtrsConfig, OtrsConfigError> = Layer.effect(OtrsConfig, OtrsConfig.load)
}
