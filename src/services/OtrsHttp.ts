import { Context, Duration, Effect, Either, Layer, Redacted, Schedule } from "effect"
import type { PayloadDecoder } from "./decodePayload.js"
import { OtrsConfig } from "./OtrsConfig.js"
import { isTransient, type OtrsError, OtrsTimeout, OtrsTransportError, OtrsUnexpectedPayload } from "./OtrsErrors.js"
import { type Exchange, interpretResponse, transportProblem, withoutQuery } from "./OtrsResponse.js"
import type { Operation } from "./OtrsRoutes.js"
import { type OtrsRequest, OtrsTransport, type TransportFailure } from "./OtrsTransport.js"

export type Credentials =
  | { readonly _tag: "None" }
  | { readonly _tag: "Session"; readonly sessionId: Redacted.Redacted<string> }
  | { readonly _tag: "Login"; readonly userLogin: string; readonly password: Redacted.Redacted<string> }

export type ParamValue = string | number | boolean | ReadonlyArray<string | number> | undefined

export interface OtrsCall {
  readonly operation: Operation
  /** the OTRS operation named in messages when it differs from the route's key (TicketSearchPost is TicketSearch) */
  readonly label?: string
  /** values for the route's `:Name` placeholders; `secret` ones stay placeholders in every message */
  readonly path?: Readonly<Record<string, string>>
  readonly secretPath?: Readonly<Record<string, Redacted.Redacted<string>>>
  /** query string on GET, JSON body otherwise */
  readonly params?: Readonly<Record<string, unknown>>
  readonly credentials: Credentials
  /** reads are retried on transient failures; writes never are */
  readonly idempotent: boolean
  readonly subject?: string
}

export interface OtrsHttpShape {
  /**
   * Sends one GenericInterface request and returns its JSON payload, with OTRS's `Error` objects as typed errors;
   * with `decode`, its decoded payload, the request's secrets concealed in what a decode failure quotes.
   */
  readonly call: {
    (call: OtrsCall): Effect.Effect<unknown, OtrsError>
    <A>(call: OtrsCall, decode: PayloadDecoder<A>): Effect.Effect<A, OtrsError>
  }
}

/**
 * The HTTP side of OTRS access: URLs, credentials, retries and turning answers into payloads or errors. Each
 * attempt's timeout is OtrsTransport's.
 */
export class OtrsHttp extends Context.Tag("otrs-mcp/OtrsHttp")<OtrsHttp, OtrsHttpShape>() {
  static readonly layer: Layer.Layer<OtrsHttp, never, OtrsConfig | OtrsTransport> = Layer.effect(
    OtrsHttp,
    Effect.gen(function*() {
      const config = yield* OtrsConfig
      const transport = yield* OtrsTransport
      const basePath = new URL(config.baseUrl).pathname
      const retrySchedule = Schedule.exponential("150 millis", 2).pipe(
        Schedule.jittered,
        Schedule.intersect(Schedule.recurs(config.retries))
      )

      const timedOut = (call: OtrsCall, exchange: Exchange, connected: boolean) =>
        new OtrsTimeout({
          operation: exchange.operation,
          url: exchange.url,
          timeoutMs: Duration.toMillis(config.timeout),
          ...(call.idempotent || !connected ? {} : { writeMayHaveApplied: true })
        })

      const attempt = (call: OtrsCall, request: OtrsRequest, exchange: Exchange) =>
        transport.send(request).pipe(
          Effect.mapError((failure) =>
            failure.timedOut === undefined
              ? transportError(call, exchange, failure)
              : timedOut(call, exchange, failure.timedOut === "answering")
          ),
          Effect.flatMap((raw) => Either.match(interpretResponse(exchange, raw), {
            onLeft: (error) =>
              Effect.fail(
                error._tag === "OtrsUnexpectedPayload" && !call.idempotent
                  ? new OtrsUnexpectedPayload({ operation: error.operation, detail: error.detail, writeMayHaveApplied: true })
                  : error
              ),
            onRight: Effect.succeed
          }))
        )

      /**
       * Effect.retry with a schedule, started only by a transient failure: building the schedule's driver on every
       * call would cost each of the many calls that succeed at once.
       */
      const retryTransient = <A>(once: Effect.Effect<A, OtrsError>): Effect.Effect<A, OtrsError> =>
        Effect.catchIf(once, isTransient, (first) =>
          Effect.flatMap(Schedule.driver(retrySchedule), (driver) => {
            const retryAfter = (error: OtrsError): Effect.Effect<A, OtrsError> =>
              Effect.matchEffect(driver.next(error), {
                onFailure: () => Effect.fail(error),
                onSuccess: () => Effect.catchIf(once, isTransient, retryAfter)
              })
            return retryAfter(first)
          }))

      function call(call: OtrsCall): Effect.Effect<unknown, OtrsError>
      function call<A>(call: OtrsCall, decode: PayloadDecoder<A>): Effect.Effect<A, OtrsError>
      function call(call: OtrsCall, decode?: PayloadDecoder<unknown>): Effect.Effect<unknown, OtrsError> {
        const { exchange, request } = buildRequest(config, basePath, call)
        const once = attempt(call, request, exchange)
        const answered = (call.idempotent ? retryTransient(once) : once).pipe(
          // no log span: its clock reads and FiberRef updates cost every call, for this one debug line
          Effect.tapError((error) =>
            Effect.logDebug(`${exchange.operation}: ${exchange.method} ${exchange.url} failed: ${error._tag}`)
          )
        )
        return decode === undefined ? answered : Effect.flatMap(answered, (payload) => decode(payload, exchange))
      }

      return { call }
    })
  )
}

const buildRequest = (
  config: OtrsConfig["Type"],
  basePath: string,
  call: OtrsCall
): { readonly request: OtrsRequest; readonly exchange: Exchange } => {
  const { baseUrl } = config
  const route = config.routes[call.operation]
  const placed: Array<string> = []
  const fill = (reveal: boolean) =>
    route.path.replace(/:(\w+)/g, (placeholder, name: string) => {
      placed.push(name)
      const secret = call.secretPath?.[name]
      if (secret !== undefined) return reveal ? encodeURIComponent(Redacted.value(secret)) : placeholder
      const value = call.path?.[name]
      return value === undefined ? placeholder : encodeURIComponent(value)
    })
  const absolute = (path: string) => /^https?:\/\//i.test(path) ? path : `${baseUrl}${path}`
  const target = new URL(absolute(fill(true)))
  // only a secret in the path (SessionGet's SessionID) makes the URL shown in messages differ from the one sent
  const shown = call.secretPath === undefined ? target : new URL(absolute(fill(false)))
  const displayUrl = withoutQuery(shown)
  const routePath = shown.pathname.slice(basePath.length)
  // Object.assign: V8 takes a slow path for `{ ...credentials, ...params }` (10 us here, measured)
  const params = Object.assign({}, credentialParams(call.credentials), unplaced(call, placed), call.params)
  const request: OtrsRequest = route.method === "GET"
    ? { method: route.method, url: withQuery(target, queryParams(params)) }
    : { method: route.method, url: target.href, body: JSON.stringify(params) }
  return {
    request,
    exchange: {
      operation: call.label ?? call.operation,
      method: route.method,
      url: displayUrl,
      routePath: routePath.startsWith("/") ? routePath : `/${routePath}`,
      user: config.username,
      subject: call.subject ?? "the requested object",
      // references only: the secrets are looked at when an error is built
      credentials: call.credentials,
      secretPath: call.secretPath,
      password: config.password
    }
  }
}

/**
 * The path values a custom route has no placeholder for (`OTRS_ROUTE_TICKET_GET=/TicketGet`): OTRS reads an
 * operation's parameters from the query string or the body as well, so they go there instead of being dropped.
 */
const unplaced = (call: OtrsCall, placed: ReadonlyArray<string>): Record<string, string> | undefined => {
  let extra: Record<string, string> | undefined
  for (const name in call.path) if (!placed.includes(name)) (extra ??= {})[name] = call.path[name]!
  for (const name in call.secretPath) {
    if (!placed.includes(name)) (extra ??= {})[name] = Redacted.value(call.secretPath[name]!)
  }
  return extra
}

/** The URL with the parameters after any query a custom route already has. */
const withQuery = (url: URL, params: URLSearchParams): string => {
  const query = params.toString()
  if (query === "") return url.href
  return url.search === "" ? `${url.href}?${query}` : `${url.href}&${query}`
}

const credentialParams = (credentials: Credentials): Record<string, string> => {
  switch (credentials._tag) {
    case "None":
      return {}
    case "Session":
      return { SessionID: Redacted.value(credentials.sessionId) }
    case "Login":
      return { UserLogin: credentials.userLogin, Password: Redacted.value(credentials.password) }
  }
}

/** GET parameters as OTRS reads them: lists as repeated keys, flags as 1/0. */
const queryParams = (params: Readonly<Record<string, unknown>>): URLSearchParams => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue
    if (Array.isArray(value)) for (const item of value) query.append(key, String(item))
    else if (typeof value === "boolean") query.append(key, value ? "1" : "0")
    else query.append(key, typeof value === "object" ? JSON.stringify(value) : String(value))
  }
  return query
}

const transportError = (call: OtrsCall, exchange: Exchange, failure: TransportFailure) => {
  const problem = transportProblem(failure.code, failure.message)
  const sent = problem === "ClosedWithoutAnswer" || problem === "Other"
  return new OtrsTransportError({
    operation: exchange.operation,
    url: exchange.url,
    problem,
    detail: failure.detail,
    ...(!call.idempotent && sent ? { writeMayHaveApplied: true } : {})
  })
}
