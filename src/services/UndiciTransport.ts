import * as Undici from "@effect/platform-node/Undici"
import { Effect, type Scope } from "effect"
import type { RawResponse } from "./OtrsResponse.js"
import { type OtrsRequest, transportFailure, type TransportFailure } from "./OtrsTransport.js"

/**
 * An undici agent, for as long as the scope lasts, and requests dispatched straight to it: with a handler rather
 * than undici's `request`, no AbortController and no body stream per request (0.19 ms of CPU per TicketGet in
 * process instead of 0.26 ms). Only OtrsTransportLive's first request imports this module (see there why).
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
      Effect.async<RawResponse, TransportFailure>((resume) => {
        const url = new URL(request.url)
        const chunks: Array<Buffer> = []
        let response: Omit<RawResponse, "text"> = { status: 0, contentType: "", location: undefined }
        let controller: Undici.Dispatcher.DispatchController | undefined
        let interrupted = false
        const stop = () => controller?.abort(new Error("the request was cancelled"))
        agent.dispatch({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: request.method as Undici.Dispatcher.HttpMethod,
          headers: request.body === undefined ? acceptJson : sendJson,
          body: request.body ?? null,
          // undici's defaults (five minutes each) would otherwise stand in for an unset timeout
          headersTimeout: timeoutMs ?? 0,
          bodyTimeout: timeoutMs ?? 0
        }, {
          onRequestStart: (started) => {
            controller = started
            // cancelled while waiting for a connection: it must not be sent at all
            if (interrupted) stop()
          },
          onResponseStart: (_, status, headers) => {
            response = { status, contentType: header(headers["content-type"]) ?? "", location: header(headers["location"]) }
          },
          onResponseData: (_, chunk) => {
            chunks.push(chunk)
          },
          onResponseEnd: () => resume(Effect.succeed({ ...response, text: Buffer.concat(chunks).toString("utf8") })),
          onResponseError: (_, error) => resume(Effect.fail(transportFailure(error)))
        })
        return Effect.sync(() => {
          interrupted = true
          stop()
        })
      })
  )

const acceptJson = { accept: "application/json" }
const sendJson = { accept: "application/json", "content-type": "application/json" }

const header = (value: string | Array<string> | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value
