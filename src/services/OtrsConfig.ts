import { Config, ConfigError, Context, Data, Duration, Effect, Either, Layer, Option, Redacted } from "effect"
import { boolean, optional, type Parse, withDefault } from "../shared/envConfig.js"
import {
  credentialsInUrl,
  operationNames,
  operations,
  parseRoute,
  type Route,
  routeProblems,
  routeVariable,
  type Routes
} from "./OtrsRoutes.js"

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

/**
 * One problem with one variable; `problem` follows the variable's name ("OTRS_RETRIES: out of range; ..."). The
 * variable is "" when the problem names it itself (a validation of several variables).
 */
export interface ConfigProblem {
  readonly variable: string
  readonly problem: string
}

/** Something a valid configuration holds that was hardly meant: `detail` is logged as it stands, doctor adds `fix`. */
export interface ConfigWarning {
  readonly detail: string
  readonly fix: string
}

export class OtrsConfigError extends Data.TaggedError("OtrsConfigError")<{
  readonly problems: ReadonlyArray<ConfigProblem>
}> {
  /** Effect's own message for a ConfigError wraps each problem in "(Invalid data at ...)". */
  static readonly fromConfigError = (error: ConfigError.ConfigError): OtrsConfigError =>
    new OtrsConfigError({ problems: configProblems(error) })

  override get message() {
    const lines = this.problems.map(({ problem, variable }) =>
      `  - ${variable === "" ? "" : `${variable}: `}${problem}`
    )
    return `otrs-mcp is not configured correctly:\n${lines.join("\n")}\n${configAdvice(this.problems)}`
  }
}

/**
 * The variables --demo sets to reach the built-in simulator (the stock routes among them), so their problems do not
 * count with it. It sets OTRS_DEFAULT_CUSTOMER_USER too, left out here: any value of it is accepted, so it is never
 * the problem.
 */
export const connectionVariables: ReadonlySet<string> = new Set([
  "OTRS_BASE_URL",
  "OTRS_USERNAME",
  "OTRS_PASSWORD",
  ...operationNames.map(routeVariable)
])

/**
 * What to do about configuration problems. --demo is suggested only when the connection variables are the
 * problem: it replaces just those, so with any other variable wrong it would fail the same way.
 */
export const configAdvice = (problems: ReadonlyArray<ConfigProblem>): string =>
  problems.some(({ variable }) => connectionVariables.has(variable))
    ? "Set these environment variables (see the README), or start with --demo to try the built-in OTRS simulator."
    : "Fix these environment variables (see the README)."

/**
 * A required variable; `expected` says what it holds, for when it is missing or blank. A value that is not blank
 * is parsed as given: spaces around a password may be meant.
 */
const required = <A>(variable: string, expected: string, parse: Parse<A>): Config.Config<A> =>
  Config.option(Config.string(variable)).pipe(
    Config.mapOrFail(Option.match({
      onNone: () => Either.left(ConfigError.MissingData([variable], `missing; expected ${expected}`)),
      onSome: (text) =>
        Either.mapLeft(
          text.trim() === "" ? Either.left(`empty; expected ${expected}`) : parse(text),
          (problem) => ConfigError.InvalidData([variable], problem)
        )
    }))
  )

const accepted = (text: string) => Either.right(text)

/** OTRS logins have no spaces around them: those of a pasted login would only make the login fail. */
const trimmed = (text: string) => Either.right(text.trim())

/** Decimal digits only: Number() would also take 0x10, 1e3 or " 12 ". */
const wholeNumber = (min: number, max: number, unit: string, fallback: number): Parse<number> => (text) => {
  const expected = `expected a whole number of ${unit} from ${min} to ${max}, in decimal digits (default ${fallback})`
  if (!/^\d+$/.test(text)) return Either.left(`not a whole number; ${expected}`)
  const value = Number(text)
  return value >= min && value <= max ? Either.right(value) : Either.left(`out of range; ${expected}`)
}

const exampleUrl = "https://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"

/**
 * Routes are appended to the URL, so a query string or a fragment would break every request, and the URL parser
 * would drop user:password@ without a word. The scheme and host are taken in any case and kept in lower case.
 */
const webServiceUrl: Parse<string> = (raw) => {
  const text = raw.trim()
  if (!/^https?:\/\//i.test(text) || !URL.canParse(text) || new URL(text).hostname === "") {
    return Either.left(`not an http(s) URL; expected the web service URL, such as ${exampleUrl}`)
  }
  const url = new URL(text)
  if (url.username !== "" || url.password !== "") return Either.left(credentialsInUrl)
  const extras = [
    ...(text.includes("?") ? ["a query string (?...)"] : []),
    ...(text.includes("#") ? ["a fragment (#...)"] : [])
  ]
  if (extras.length > 0) {
    return Either.left(`has ${extras.join(" and ")}: remove it, the URL must end with the web service name, ` +
      `such as ${exampleUrl} (otrs-mcp appends each operation's route to it)`)
  }
  return Either.right(`${url.origin}${url.pathname.replace(/\/+$/, "")}`)
}

const route = (operation: keyof typeof operations): Config.Config<Route> =>
  withDefault<Route>(routeVariable(operation), operations[operation], (text) => {
    const parsed = parseRoute(operation, text)
    if (typeof parsed === "string") return Either.left(`not a route; ${parsed}`)
    const problems = routeProblems(operation, parsed)
    return problems.length === 0 ? Either.right(parsed) : Either.left(problems.join("; "))
  })

const routes = Config.all(
  Object.fromEntries(operationNames.map((operation) => [operation, route(operation)]))
) as Config.Config<Routes>

/** OTRS_TIMEOUT_MS. An hour at most: beyond 2^31 ms Node's timers fire at once, and no answer is worth more. */
export const timeoutConfig: Config.Config<Duration.Duration> =
  withDefault("OTRS_TIMEOUT_MS", 30_000, wholeNumber(1, 3_600_000, "milliseconds", 30_000))
    .pipe(Config.map(Duration.millis))

const otrsConfig: Config.Config<OtrsConfigShape> = Config.all({
  baseUrl: required("OTRS_BASE_URL", `the web service URL, such as ${exampleUrl}`, webServiceUrl),
  username: required("OTRS_USERNAME", "the OTRS agent's login", trimmed),
  password: required("OTRS_PASSWORD", "the agent's password", accepted).pipe(Config.map(Redacted.make)),
  verifySsl: withDefault("OTRS_VERIFY_SSL", true, boolean),
  caFile: optional("OTRS_CA_FILE", accepted),
  timeout: timeoutConfig,
  retries: withDefault("OTRS_RETRIES", 2, wholeNumber(0, 10, "extra attempts", 2)),
  defaults: Config.all({
    queue: withDefault("OTRS_DEFAULT_QUEUE", "Raw", accepted),
    state: withDefault("OTRS_DEFAULT_STATE", "new", accepted),
    priority: withDefault("OTRS_DEFAULT_PRIORITY", "3 normal", accepted),
    type: withDefault("OTRS_DEFAULT_TYPE", "Unclassified", accepted),
    customerUser: optional("OTRS_DEFAULT_CUSTOMER_USER", accepted)
  }),
  routes
})

/** No OTRS answers within less across a network: such a timeout was most likely meant in seconds (30 for 30 s). */
const plausibleTimeout = Duration.seconds(1)

/** A warning for an OTRS_TIMEOUT_MS too short to be meant; it is accepted, as a test against loopback may want it. */
export const shortTimeoutWarning = (timeout: Duration.Duration): ConfigWarning | undefined =>
  Duration.lessThan(timeout, plausibleTimeout)
    ? {
      detail: `OTRS_TIMEOUT_MS is ${Duration.toMillis(timeout)} ms; it is in milliseconds (30 s is 30000)`,
      fix: "Set OTRS_TIMEOUT_MS in milliseconds, such as 30000 (the default) for 30 s."
    }
    : undefined

/** Flattens Effect's ConfigError tree into one line per problem. */
export const configProblems = (error: ConfigError.ConfigError): ReadonlyArray<ConfigProblem> =>
  ConfigError.reduceWithContext(error, undefined, {
    andCase: (_, left: ReadonlyArray<ConfigProblem>, right: ReadonlyArray<ConfigProblem>) => [...left, ...right],
    orCase: (_, left: ReadonlyArray<ConfigProblem>, right: ReadonlyArray<ConfigProblem>) => [...left, ...right],
    invalidDataCase: (_, path, message) => [{ variable: path.join("."), problem: message }],
    missingDataCase: (_, path, message) => [{ variable: path.join("."), problem: message }],
    sourceUnavailableCase: (_, path, message) => [{ variable: path.join("."), problem: message }],
    unsupportedCase: (_, path, message) => [{ variable: path.join("."), problem: message }]
  })

/** Everything otrs-mcp needs to reach OTRS, read once from the environment and validated as a whole. */
export class OtrsConfig extends Context.Tag("otrs-mcp/OtrsConfig")<OtrsConfig, OtrsConfigShape>() {
  /** Fails with every problem at once (Config.all gathers them). */
  static readonly config: Config.Config<OtrsConfigShape> = otrsConfig

  static readonly load: Effect.Effect<OtrsConfigShape, OtrsConfigError> = otrsConfig.pipe(
    Effect.mapError(OtrsConfigError.fromConfigError)
  )

  static readonly layer: Layer.Layer<OtrsConfig, OtrsConfigError> = Layer.effect(OtrsConfig, OtrsConfig.load)
}
