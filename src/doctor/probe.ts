import { Effect, Option, Schema } from "effect"
import { type OtrsErrorDetail, OtrsErrorResponse } from "../schemas/ErrorResponse.js"
import { transportErrorKind } from "../schemas/TransportErrorText.js"
import type { TransportProblem } from "../services/OtrsErrors.js"
import { type Exchange, type RawResponse, withoutQuery } from "../services/OtrsResponse.js"
import type { Operation, Route } from "../services/OtrsRoutes.js"
import { type OtrsTransportShape, transportProblem } from "../services/OtrsTransport.js"
import type { Wait } from "./Wait.js"

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
  | { readonly _tag: "TimedOut"; readonly wait: Wait }

/** `https://host:8443` of a full-URL route: its port is no placeholder. */
const origin = /^https?:\/\/[^/]*/i

/** The route with its `:Placeholders` filled with 1, the smallest valid id. */
export const probeTarget = (baseUrl: string, operation: Operation, route: Route): ProbeTarget => {
  const host = origin.exec(route.path)?.[0] ?? ""
  const path = host + route.path.slice(host.length).replace(/:\w+/g, "1")
  const absolute = host !== ""
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

/** Sends the probe; `wait` is what the transport keeps, named in a TimedOut result. */
export const probe = (transport: OtrsTransportShape, target: ProbeTarget, wait: Wait): Effect.Effect<ProbeResult> =>
  transport.send({
    method: target.route.method,
    url: target.url.href,
    ...(target.route.method === "GET" ? {} : { body: "{}" })
  }).pipe(
    Effect.map((response): ProbeResult => ({ _tag: "Answered", response })),
    Effect.catchAll((failure) =>
      Effect.succeed<ProbeResult>(
        failure.timedOut === undefined
          ? {
            _tag: "NoAnswer",
            problem: transportProblem(failure.code, failure.message),
            detail: failure.detail
          }
          : { _tag: "TimedOut", wait }
      )
    )
  )

/** OTRS's answer when the web service exists but maps no operation to this path and method. */
export const isNoRoute = (response: RawResponse): boolean =>
  response.status === 500 && transportErrorKind(response.text) === "UnknownRoute"

const decodeOtrsError = Schema.decodeUnknownOption(Schema.parseJson(OtrsErrorResponse))

/** The `{"Error": {...}}` object of an HTTP 200 answer, if that is what it is. */
export const otrsErrorOf = (response: RawResponse): OtrsErrorDetail | undefined =>
  response.status === 200 ? Option.getOrUndefined(decodeOtrsError(response.text)) : undefined
