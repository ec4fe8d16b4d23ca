import type * as Undici from "@effect/platform-node/Undici"
import { Effect, type Scope } from "effect"
import { nodeTls } from "./NodeModules.js"
import type { RawResponse } from "./OtrsResponse.js"
import { MAX_ANSWER_BYTES, type OtrsRequest, transportFailure, TransportFailure } from "./OtrsTransport.js"

/** How to reach OTRS: TLS settings, and at most how many connections at once. */
interface AgentOptions {
  readonly connections: number
  readonly verifySsl: boolean
  /** A CA bundle (PEM) trusted in addition to Node's public roots. */
  readonly ca: string | undefined
  /**
   * When given, bounds connecting and then waiting for the headers and for each part of the body, to within
   * undici's timer resolution (about a second), and the whole body, from the headers on.
   */
  readonly timeoutMs: number | undefined
}

/**
 * An undici agent, for as long as the scope lasts, and requests dispatched straight to it: with a handler rather
 * than undici's `request`, no AbortController and no body stream per request (0.19 ms of CPU per TicketGet in
 * process instead of 0.26 ms).
 *
 * undici (and node:tls for a CA bundle, see NodeModules) are loaded when OtrsTransportLive makes its first request,
 * not at start, which MCP hosts wait for before the first tools/list: undici, with the parts of Node it loads (fetch,
 * HTTP/2), took 20 ms of it. A package is imported lazily, never a module of ours: esbuild wraps everything such a
 * module reaches, effect's index among them, which put all of effect in the bundle (170 KB more) and ran it at
 * every start.
 */
export const make = (
  options: AgentOptions
): Effect.Effect<(request: OtrsRequest) => Effect.Effect<RawResponse, TransportFailure>, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.promise(async () => {
        const undici = await import("@effect/platform-node/Undici")
        const ca = options.ca === undefined ? {} : { ca: withPublicRoots(options.ca) }
        const timeout = options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }
        return new undici.Agent({
          connections: options.connections,
          // counted by undici's parser, which destroys the socket past it (see transportFailure)
          maxResponseSize: MAX_ANSWER_BYTES,
          connect: { rejectUnauthorized: options.verifySsl, ...ca, ...timeout }
        })
      }),
      (agent) => Effect.promise(() => agent.destroy())
    ),
    (agent) => (request) =>
      Effect.async<RawResponse, TransportFailure>((resume) => {
        const url = new URL(request.url)
        const chunks: Array<Buffer> = []
        let response: Omit<RawResponse, "text"> = { status: 0, contentType: "", location: undefined }
        let controller: Undici.Dispatcher.DispatchController | undefined
        let interrupted = false
        let bodyDeadline: NodeJS.Timeout | undefined
        const stop = () => controller?.abort(new Error("the request was cancelled"))
        agent.dispatch({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: request.method as Undici.Dispatcher.HttpMethod,
          headers: request.body === undefined ? acceptJson : sendJson,
          body: request.body ?? null,
          // undici's defaults (five minutes each) would otherwise stand in for an unset timeout
          headersTimeout: options.timeoutMs ?? 0,
          bodyTimeout: options.timeoutMs ?? 0
        }, {
          onRequestStart: (started) => {
            controller = started
            // cancelled while waiting for a connection (the fiber interrupted, or `sending` says so): it must not be
            // sent at all
            if (interrupted || request.sending?.() === false) stop()
          },
          onResponseStart: (started, status, headers) => {
            response = { status, contentType: header(headers["content-type"]) ?? "", location: header(headers["location"]) }
            // bodyTimeout only bounds each pause in the body: a byte a second would keep the call, and a write that
            // shutdown waits for, going forever. An interim answer (103 Early Hints) has no body.
            const { timeoutMs } = options
            if (timeoutMs !== undefined && status >= 200) {
              bodyDeadline = setTimeout(() => started.abort(bodyTooSlow(timeoutMs)), timeoutMs)
            }
          },
          onResponseData: (_, chunk) => {
            chunks.push(chunk)
          },
          onResponseEnd: () => {
            clearTimeout(bodyDeadline)
            resume(Effect.succeed({
              status: response.status,
              contentType: response.contentType,
              location: response.location,
              text: Buffer.concat(chunks).toString("utf8")
            }))
          },
          onResponseError: (_, error) => {
            clearTimeout(bodyDeadline)
            resume(Effect.fail(transportFailure(error)))
          }
        })
        return Effect.sync(() => {
          interrupted = true
          stop()
        })
      })
  )

const bodyTooSlow = (timeoutMs: number) =>
  new TransportFailure({
    code: undefined,
    message: `the answer kept coming too slowly: it did not complete within ${timeoutMs} ms of its headers`,
    timedOut: "answering"
  })

const acceptJson = { accept: "application/json" }
const sendJson = { accept: "application/json", "content-type": "application/json" }

const header = (value: string | Array<string> | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/** OTRS_CA_FILE adds to Node's public roots instead of replacing them (Node's `ca` option replaces them). */
export const withPublicRoots = (ca: string): Array<string> => [...nodeTls().rootCertificates, ca]
