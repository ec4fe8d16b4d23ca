import { HttpClient, HttpClientRequest } from "@effect/platform"
import { Context, Duration, Effect, Either, Layer, Option, Redacted, Schedule } from "effect"
import { OtrsConfig } from "./OtrsConfig.js"
import { isTransient, type OtrsError, OtrsTimeout, OtrsTransportError, OtrsUnexpectedPayload } from "./OtrsErrors.js"
import { type Exchange, interpretResponse, transportProblem, withoutQuery } from "./OtrsResponse.js"
import type { Operation } from "./OtrsRoutes.js"

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

/**
 * Provided beside an HttpClient that itself ends every attempt after OtrsConfig's timeout and reports it with one of
 * `timeoutCodes` (OtrsHttpClientLive does, with undici's own timers). OtrsHttp then does not also race each attempt
 * against a timer fiber: Effect's timeout forks two fibers per request (measured in process: 0.15 of get_ticket's
 * 1.8 ms of CPU). Any other HttpClient, like the fakes in the tests or one an application brings, gets Effect's
 * timeout.
 */
export class TimeoutsEnforced extends Context.Tag("otrs-mcp/TimeoutsEnforced")<TimeoutsEnforced, true>() {}

/** undici's codes for a connection not made, and for an answer (headers, then each part of the body) not coming */
const timeoutCodes = {
  connect: "UND_ERR_CONNECT_TIMEOUT",
  headers: "UND_ERR_HEADERS_TIMEOUT",
  body: "UND_ERR_BODY_TIMEOUT"
}

export interface OtrsHttpShape {
  /** Sends one GenericInterface request and returns its JSON payload, with OTRS's `Error` objects as typed errors. */
  readonly call: (call: OtrsCall) => Effect.Effect<unknown, OtrsError>
}

/** The HTTP side of OTRS access: URLs, credentials, timeouts, retries and turning answers into payloads or errors. */
export class OtrsHttp extends Context.Tag("otrs-mcp/OtrsHttp")<OtrsHttp, OtrsHttpShape>() {
  static readonly layer: Layer.Layer<OtrsHttp, never, OtrsConfig | HttpClient.HttpClient> = Layer.effect(
    OtrsHttp,
    Effect.gen(function*() {
      const config = yield* OtrsConfig
      const timeoutsEnforced = Option.isSome(yield* Effect.serviceOption(TimeoutsEnforced))
      // No tracer is installed, so the span the client opens per request only costs time (about a quarter of a
      // millisecond); without it, no trace headers go to OTRS either.
      const client = (yield* HttpClient.HttpClient).pipe(HttpClient.withTracerDisabledWhen(() => true))
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

      const attempt = (call: OtrsCall, request: HttpClientRequest.HttpClientRequest, exchange: Exchange) =>
        client.execute(request).pipe(
          Effect.flatMap((response) =>
            Effect.map(response.text, (text) => ({
              status: response.status,
              contentType: response.headers["content-type"] ?? "",
              location: response.headers["location"],
              text
            }))
          ),
          Effect.mapError((error) => {
            const cause = rootCause(error)
            if (cause.code === timeoutCodes.connect) return timedOut(call, exchange, false)
            if (cause.code === timeoutCodes.headers || cause.code === timeoutCodes.body) {
              return timedOut(call, exchange, true)
            }
            return transportError(call, exchange, cause)
          }),
          (attempt) =>
            timeoutsEnforced ? attempt : Effect.timeoutFail(attempt, {
              duration: config.timeout,
              onTimeout: () => timedOut(call, exchange, true)
            }),
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

      const call = (call: OtrsCall): Effect.Effect<unknown, OtrsError> => {
        const { exchange, request } = buildRequest(config.baseUrl, config.routes, config.username, call)
        const once = attempt(call, request, exchange)
        return (call.idempotent ? retryTransient(once) : once).pipe(
          Effect.tapError((error) => Effect.logDebug(`${exchange.method} ${exchange.url} failed: ${error._tag}`)),
          Effect.withLogSpan(exchange.operation)
        )
      }

      return { call }
    })
  )
}

const buildRequest = (
  baseUrl: string,
  routes: OtrsConfig["Type"]["routes"],
  user: string,
  call: OtrsCall
): { readonly request: HttpClientRequest.HttpClientRequest; readonly exchange: Exchange } => {
  const route = routes[call.operation]
  const fill = (reveal: boolean) =>
    route.path.replace(/:(\w+)/g, (placeholder, name: string) => {
      const secret = call.secretPath?.[name]
      if (secret !== undefined) return reveal ? encodeURIComponent(Redacted.value(secret)) : placeholder
      const value = call.path?.[name]
      return value === undefined ? placeholder : encodeURIComponent(value)
    })
  const absolute = (path: string) => /^https?:\/\//.test(path) ? path : `${baseUrl}${path}`
  // the request gets the URL as text: given a URL object, HttpClientRequest would parse it twice more
  const url = new URL(absolute(fill(true))).href
  const shown = new URL(absolute(fill(false)))
  const displayUrl = withoutQuery(shown)
  const routePath = shown.pathname.slice(new URL(baseUrl).pathname.length)
  const params = { ...credentialParams(call.credentials), ...call.params }
  const request = route.method === "GET"
    ? HttpClientRequest.get(url, { urlParams: queryParams(params) })
    : HttpClientRequest.make(route.method)(url).pipe(HttpClientRequest.bodyUnsafeJson(params))
  return {
    request: HttpClientRequest.acceptJson(request),
    exchange: {
      operation: call.label ?? call.operation,
      method: route.method,
      url: displayUrl,
      routePath: routePath.startsWith("/") ? routePath : `/${routePath}`,
      user,
      subject: call.subject ?? "the requested object",
      concealed: Object.entries(call.secretPath ?? {}).map(([name, secret]) => ({
        sent: encodeURIComponent(Redacted.value(secret)),
        placeholder: `:${name}`
      }))
    }
  }
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
const queryParams = (params: Readonly<Record<string, unknown>>): Array<[string, string]> =>
  Object.entries(params).flatMap(([key, value]): Array<[string, string]> => {
    if (value === undefined || value === null) return []
    if (Array.isArray(value)) return value.map((item) => [key, String(item)])
    if (typeof value === "boolean") return [[key, value ? "1" : "0"]]
    return [[key, typeof value === "object" ? JSON.stringify(value) : String(value)]]
  })

const transportError = (call: OtrsCall, exchange: Exchange, cause: ReturnType<typeof rootCause>) => {
  const problem = transportProblem(cause.code, cause.message)
  const sent = problem === "ClosedWithoutAnswer" || problem === "Other"
  return new OtrsTransportError({
    operation: exchange.operation,
    url: exchange.url,
    problem,
    detail: cause.code === undefined ? cause.message : `${cause.code}: ${cause.message}`,
    ...(!call.idempotent && sent ? { writeMayHaveApplied: true } : {})
  })
}

/** The innermost error Node reported, stripped of anything that could carry a URL with credentials. */
export const rootCause = (error: unknown): { readonly code: string | undefined; readonly message: string } => {
  let current: unknown = error
  for (let depth = 0; depth < 5; depth++) {
    const next = (current as { cause?: unknown } | undefined)?.cause
    if (next === undefined || next === null) break
    current = next
  }
  const code = (current as { code?: unknown }).code
  const message = current instanceof Error ? current.message : String(current)
  return { code: typeof code === "string" ? code : undefined, message: message.replace(/https?:\/\/\S+/g, "<url>") }
}
