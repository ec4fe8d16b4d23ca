import { Cause, Context, Duration, Effect, Either, Exit, Fiber, Layer, Option, Redacted, Schedule } from "effect"
import type { PayloadDecoder } from "./decodePayload.js"
import { OtrsConfig } from "./OtrsConfig.js"
import {
  isTransient,
  type OtrsError,
  OtrsTimeout,
  OtrsTransportError,
  OtrsUnexpectedPayload,
  UNNAMED_SUBJECT
} from "./OtrsErrors.js"
import { answeredId, type Exchange, fullUrlRouteVariable, interpretResponse, withoutQuery } from "./OtrsResponse.js"
import type { Operation } from "./OtrsRoutes.js"
import { type OtrsRequest, OtrsTransport, type TransportFailure, transportProblem } from "./OtrsTransport.js"

export type Credentials =
  | { readonly _tag: "None" }
  | { readonly _tag: "Session"; readonly sessionId: Redacted.Redacted<string> }
  | { readonly _tag: "Login"; readonly userLogin: string; readonly password: Redacted.Redacted<string> }

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
  /**
   * reads are retried on transient failures; writes never are, nor cancelled once sent, and their errors say when
   * they may have been applied
   */
  readonly idempotent: boolean
  /** what an AccessDenied concerns, e.g. "ticket 42" */
  readonly subject?: string
  /** the ids `subject` names */
  readonly ids?: ReadonlyArray<number>
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
 * attempt's timeout is OtrsTransport's. Closing the layer waits for the writes under way (see `write`).
 */
export class OtrsHttp extends Context.Tag("otrs-mcp/OtrsHttp")<OtrsHttp, OtrsHttpShape>() {
  static readonly layer: Layer.Layer<OtrsHttp, never, OtrsConfig | OtrsTransport> = Layer.scoped(
    OtrsHttp,
    Effect.gen(function*() {
      const config = yield* OtrsConfig
      const transport = yield* OtrsTransport
      const basePath = new URL(config.baseUrl).pathname
      const retrySchedule = Schedule.exponential("150 millis", 2).pipe(
        Schedule.jittered,
        Schedule.intersect(Schedule.recurs(config.retries))
      )

      const timedOut = (exchange: Exchange, connected: boolean) =>
        new OtrsTimeout({
          operation: exchange.operation,
          url: exchange.url,
          timeoutMs: Duration.toMillis(config.timeout),
          ...(exchange.write === true && connected ? { writeMayHaveApplied: true } : {})
        })

      // an answer to a write that does not show OTRS left it undone says so (interpretResponse, the decoder)
      const attempt = (request: OtrsRequest, exchange: Exchange) =>
        transport.send(request).pipe(
          Effect.mapError((failure) =>
            failure.timedOut !== undefined
              ? timedOut(exchange, failure.timedOut === "answering")
              : failure.tooLarge === true
              ? answerTooLarge(exchange, failure)
              : transportError(exchange, failure)
          ),
          Effect.flatMap((raw) => Either.match(interpretResponse(exchange, raw), {
            onLeft: Effect.fail,
            onRight: Effect.succeed
          }))
        )

      // no log span: its clock reads and FiberRef updates cost every call, for this one debug line
      const logFailure = <A>(exchange: Exchange, answered: Effect.Effect<A, OtrsError>) =>
        Effect.tapError(answered, (error) =>
          Effect.logDebug(`${exchange.operation}: ${exchange.method} ${exchange.url} failed: ${error._tag}`)
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

      // writes under way: closing the layer (at shutdown) waits for them, before the transport closes its sockets
      const writing = new Set<Fiber.RuntimeFiber<unknown>>()
      yield* Effect.addFinalizer(() => Effect.forEach([...writing], Fiber.await, { discard: true }))

      /**
       * A write, sent once. Interrupting its caller (an MCP cancellation, shutdown) cancels it only until the transport
       * hands it to a socket: from then on OTRS applies it whether or not anyone reads the answer, so the caller waits
       * for the answer (or the attempt's timeout), and what became of the write, which nobody else will hear of, is
       * logged.
       */
      const write = (
        request: OtrsRequest,
        exchange: Exchange,
        decode: PayloadDecoder<unknown> | undefined
      ): Effect.Effect<unknown, OtrsError> => {
        let sent = false
        let cancelled = false
        // called by the transport on its own callback, so that no cancellation can come between the check and the send
        const sending = () => {
          sent = !cancelled
          return sent
        }
        const answered = Effect.flatMap(logFailure(exchange, attempt({ ...request, sending }, exchange)), (payload) =>
          decode === undefined
            ? Effect.succeed([payload, payload] as const)
            : Effect.map(decode(payload, exchange), (value) => [payload, value] as const))
        // logged once, by whichever of the write and its interrupted caller comes second
        let outcome: Exit.Exit<readonly [unknown, unknown], OtrsError> | undefined
        let abandoned = false
        // as an Exit: a failed fiber nobody joins yet would be logged as an unhandled error
        const settled = Effect.tap(Effect.exit(answered), (exit) => {
          outcome = exit
          return abandoned ? logCancelledWrite(exchange, exit) : Effect.void
        })
        // a daemon: a fiber's children are interrupted with it, and this one must outlive its caller's interruption
        return Effect.uninterruptibleMask((restore) =>
          Effect.flatMap(Effect.forkDaemon(Effect.interruptible(settled)), (fiber) => {
            writing.add(fiber)
            fiber.addObserver(() => writing.delete(fiber))
            return Effect.onInterrupt(
              Effect.flatMap(restore(Fiber.join(fiber)), (exit) => Exit.map(exit, ([, value]) => value)),
              () => {
                if (!sent) {
                  cancelled = true
                  return Fiber.interrupt(fiber)
                }
                abandoned = true
                return outcome === undefined
                  ? Effect.zipRight(logAwaitedWrite(exchange), Fiber.await(fiber))
                  : logCancelledWrite(exchange, outcome)
              }
            )
          })
        )
      }

      function call(call: OtrsCall): Effect.Effect<unknown, OtrsError>
      function call<A>(call: OtrsCall, decode: PayloadDecoder<A>): Effect.Effect<A, OtrsError>
      function call(call: OtrsCall, decode?: PayloadDecoder<unknown>): Effect.Effect<unknown, OtrsError> {
        const { exchange, request } = buildRequest(config, basePath, call)
        if (!call.idempotent) return write(request, exchange, decode)
        const answered = logFailure(exchange, retryTransient(attempt(request, exchange)))
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
  const isAbsolute = /^https?:\/\//i.test(route.path)
  const absolute = (path: string) => isAbsolute ? path : `${baseUrl}${path}`
  const target = new URL(absolute(fill(true)))
  // only a secret in the path (SessionGet's SessionID) makes the URL shown in messages differ from the one sent
  const shown = call.secretPath === undefined ? target : new URL(absolute(fill(false)))
  const displayUrl = withoutQuery(shown)
  // a route given as a full URL lies outside the base URL: it has no route part to tell a base URL by
  const relative = shown.pathname.slice(basePath.length)
  const routePath = isAbsolute ? "" : relative.startsWith("/") ? relative : `/${relative}`
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
      routePath,
      route: call.operation,
      ids: call.ids,
      user: config.username,
      subject: call.subject ?? UNNAMED_SUBJECT,
      write: !call.idempotent,
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

const transportError = (exchange: Exchange, failure: TransportFailure) => {
  const problem = transportProblem(failure.code, failure.message)
  const sent = failure.unsent !== true && (problem === "ClosedWithoutAnswer" || problem === "Other")
  return new OtrsTransportError({
    operation: exchange.operation,
    url: exchange.url,
    problem,
    detail: failure.detail,
    ...(exchange.write === true && sent ? { writeMayHaveApplied: true } : {}),
    ...fullUrlRouteVariable(exchange)
  })
}

/**
 * An answer cut off for its size is one otrs-mcp cannot read, like a garbled one: not worth another attempt, and,
 * being an answer, a sign that OTRS received the write.
 */
const answerTooLarge = (exchange: Exchange, failure: TransportFailure) =>
  new OtrsUnexpectedPayload({
    operation: exchange.operation,
    detail: failure.message,
    ...(exchange.write === true ? { writeMayHaveApplied: true } : {})
  })

/**
 * Said at once, while the answer is awaited: a host that stops the server kills it soon after (1 to 2 s for the MCP
 * SDKs' clients), before an answer OTRS may take OTRS_TIMEOUT_MS to give, and the outcome would go unlogged.
 */
const logAwaitedWrite = (exchange: Exchange): Effect.Effect<void> =>
  Effect.logWarning(
    `${exchange.operation} was sent to OTRS before its call was cancelled: OTRS may apply it, and its answer is ` +
      "awaited and logged; if the server is stopped first, look the ticket up before trying again"
  )

/**
 * What became of a write whose caller was interrupted after it was sent, as a warning: the ids OTRS's answer gives,
 * or the error's message (neither holds a secret).
 */

const logCancelledWrite = (
  exchange: Exchange,
  exit: Exit.Exit<readonly [unknown, unknown], OtrsError>
): Effect.Effect<void> => {
  const finished = `${exchange.operation} finished after its call was cancelled`
  return Exit.match(exit, {
    onSuccess: ([payload]) => {
      const ids = ["TicketID", "TicketNumber", "ArticleID"].flatMap((key) => {
        const id = answeredId(payload, key)
        return id === undefined ? [] : [`${key} ${id}`]
      })
      return Effect.logWarning(`${finished}: OTRS applied it${ids.length === 0 ? "" : ` (${ids.join(", ")})`}`)
    },
    onFailure: (cause) =>
      Option.match(Cause.failureOption(cause), {
        onSome: (error) => Effect.logWarning(`${finished}, and failed: ${error.message}`),
        onNone: () => Effect.logWarning(`${finished}, and failed unexpectedly: OTRS may have applied it`, cause)
      })
  })
}
