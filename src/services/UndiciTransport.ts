import * as Undici from "@effect/platform-node/Undici"
import { Effect, type Scope } from "effect"
import type { RawResponse } from "./OtrsResponse.js"
import { type OtrsRequest, transportFailure, type TransportFailure } from "./OtrsTransport.js"

/**
 * An undici agent, for as long as the scope lasts, and requests sent straight through it. Only OtrsTransportLive's
 * first request imports this module (see there why).
 *
 * `timeoutMs`, when given, bounds connecting and then waiting for the headers and for each part of the body, to
 * within undici's timer resolution (about a second).
 */
export const make = (
  options: Undici.Agent.Options,
  timeoutMs: number | undefined
): Effect.Effect<(request: OtrsRequest) => Effect.Effect<RawResponse, TransportFailure>, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.sync(() =>
        new Undici.Agent(
          timeoutMs === undefined ? options : { ...options, connect: { ...options.connect, timeout: timeoutMs } }
        )
      ),
      (agent) => Effect.promise(() => agent.destroy())
    ),
    (agent) => (request) =>
      Effect.async<RawResponse, TransportFailure>((resume, signal) => {
        const url = new URL(request.url)
        agent.request({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: request.method as Undici.Dispatcher.HttpMethod,
          headers: request.body === undefined ? acceptJson : sendJson,
          body: request.body ?? null,
          signal,
          // undici's defaults (five minutes each) would otherwise stand in for an unset timeout
          headersTimeout: timeoutMs ?? 0,
          bodyTimeout: timeoutMs ?? 0
        }).then(
          (response) =>
            response.body.text().then(
              (text) =>
                resume(Effect.succeed({
                  status: response.statusCode,
                  contentType: header(response.headers["content-type"]) ?? "",
                  location: header(response.headers["location"]),
                  text
                })),
              (error) => resume(Effect.fail(transportFailure(error)))
            ),
          (error) => resume(Effect.fail(transportFailure(error)))
        )
      })
  )

const acceptJson = { accept: "application/json" }
const sendJson = { accept: "application/json", "content-type": "application/json" }

const header = (value: string | Array<string> | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value
