import { HttpClient, HttpClientRequest } from "@effect/platform"
import { Duration, Effect } from "effect"
import type { TransportProblem } from "../services/OtrsErrors.js"
import { rootCause } from "../services/OtrsHttp.js"
import { type Exchange, type RawResponse, transportProblem, withoutQuery } from "../services/OtrsResponse.js"
import type { Operation, Route } from "../services/OtrsRoutes.js"

/**
 * One request to a route without credentials. OTRS answers it without side effects (AuthFail or
 * MissingParameter), which is enough to learn whether the web service and the route exist.
 */
export interface ProbeTarget {
  readonly operation: Operation
  readonly route: Route
  readonly url: URL
  /** e.g. `POST https://host/otrs/nph-genericinterface.pl/Webservice/OtrsMcp/Session` */
  readonly shown: string
  /** the route part after the base URL, to turn a redirect target back into a base URL */
  readonly routePath: string
}

export type ProbeResult =
  | { readonly _tag: "Answered"; readonly response: RawResponse }
  | { readonly _tag: "NoAnswer"; readonly problem: TransportProblem; readonly detail: string }
  | { readonly _tag: "TimedOut"; readonly timeout: Duration.Duration }

/** The route with its `:Placeholders` filled with 1, the smallest valid id. */
export const probeTarget = (baseUrl: string, operation: Operation, route: Route): ProbeTarget => {
  const path = route.path.replace(/:\w+/g, "1")
  const absolute = /^https?:\/\//.test(path)
  const url = new URL(absolute ? path : `${baseUrl}${path}`)
  return { operation, route, url, shown: `${route.method} ${withoutQuery(url)}`, routePath: absolute ? "" : path }
}

/** What interpretResponse needs to know about a probe; there is no user and no subject. */
export const probeExchange = (target: ProbeTarget): Exchange => ({
  operation: target.operation,
  method: target.route.method,
  url: withoutQuery(target.url),
  routePath: target.routePath,
  user: "(none)",
  subject: "the probe"
})

export const probe = (
  client: HttpClient.HttpClient,
  target: ProbeTarget,
  timeout: Duration.Duration
): Effect.Effect<ProbeResult> => {
  const request = target.route.method === "GET"
    ? HttpClientRequest.get(target.url)
    : HttpClientRequest.make(target.route.method)(target.url).pipe(HttpClientRequest.bodyUnsafeJson({}))
  return client.execute(HttpClientRequest.acceptJson(request)).pipe(
    Effect.flatMap((response) =>
      Effect.map(response.text, (text): ProbeResult => ({
        _tag: "Answered",
        response: {
          status: response.status,
          contentType: response.headers["content-type"] ?? "",
          location: response.headers["location"],
          text
        }
      }))
    ),
    Effect.timeout(timeout),
    Effect.catchAll((error) => {
      if (error._tag === "TimeoutException") return Effect.succeed<ProbeResult>({ _tag: "TimedOut", timeout })
      const cause = rootCause(error)
      return Effect.succeed<ProbeResult>({
        _tag: "NoAnswer",
        problem: transportProblem(cause.code, cause.message),
        detail: cause.code === undefined ? cause.message : `${cause.code}: ${cause.message}`
      })
    })
  )
}

/** OTRS's answer when the web service exists but maps no operation to this path and method. */
export const isNoRoute = (response: RawResponse): boolean =>
  response.status === 500 && response.text.startsWith("HTTP::REST Error while determine Operation")

export interface OtrsErrorAnswer {
  readonly code: string
  readonly message: string
  /** the OTRS operation that answered, from `<Operation>.<Kind>` or, when OTRS left it unfilled, the message */
  readonly operation: string | undefined
}

/** The `{"Error": {...}}` object of an HTTP 200 answer, if that is what it is. */
export const otrsErrorOf = (response: RawResponse): OtrsErrorAnswer | undefined => {
  if (response.status !== 200) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(response.text)
  } catch {
    return undefined
  }
  const error = (payload as { Error?: unknown } | null)?.Error
  if (typeof error !== "object" || error === null) return undefined
  const { ErrorCode, ErrorMessage } = error as { ErrorCode?: unknown; ErrorMessage?: unknown }
  const code = String(ErrorCode ?? "")
  const message = String(ErrorMessage ?? "")
  // ITSM's ConfigItem operations send the literal `$Self->{OperationName}.AuthFail`; their message names them.
  const operation = /^(\w+)\./.exec(code)?.[1] ?? /^(\w+):/.exec(message)?.[1]
  return { code, message, operation }
}
