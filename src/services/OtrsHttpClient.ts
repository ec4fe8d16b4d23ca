import * as HttpClient from "@effect/platform/HttpClient"
import type { HttpClientRequest } from "@effect/platform/HttpClientRequest"
import { Duration, Effect, Layer, Option, Scope } from "effect"
import { readFile } from "node:fs/promises"
import { rootCertificates } from "node:tls"
import { OtrsConfig, OtrsConfigError, type OtrsConfigShape } from "./OtrsConfig.js"
import { TimeoutsEnforced } from "./OtrsHttp.js"

/** Below this, undici's timers, with a resolution of about a second, would be too coarse for OTRS_TIMEOUT_MS. */
const undiciClient = (
  nativeTimeoutMs: number | undefined
): Layer.Layer<HttpClient.HttpClient, OtrsConfigError, OtrsConfig> =>
  Layer.scoped(
    HttpClient.HttpClient,
    Effect.gen(function*() {
      const config = yield* OtrsConfig
      const ca = yield* readCaFile(config)
      const scope = yield* Effect.scope
      const undici = yield* Effect.cached(
        Effect.promise(() => import("./UndiciClient.js")).pipe(
          Effect.flatMap((module) =>
            module.make({
              connections: 50,
              connect: {
                rejectUnauthorized: config.verifySsl,
                ...(ca === undefined ? {} : { ca: withPublicRoots(ca) })
              }
            }, nativeTimeoutMs)
          ),
          Scope.extend(scope)
        )
      )
      return HttpClient.makeWith(
        (request: Effect.Effect<HttpClientRequest>) =>
          Effect.flatMap(Effect.zip(request, undici), ([request, client]) => client.execute(request)),
        Effect.succeed<HttpClientRequest>
      )
    })
  )

/**
 * The undici client OTRS is reached with: keep-alive sockets (one TLS handshake, not one per call; at most 50 at
 * once), the CA bundle from OTRS_CA_FILE (in addition to the public roots), and certificate checks unless
 * OTRS_VERIFY_SSL=false. It never follows redirects, which OtrsHttp relies on to report them. undici rather than
 * node:http: one request and its body cost 0.93 ms of CPU instead of 1.71 ms.
 *
 * OTRS_TIMEOUT_MS bounds each attempt with undici's own timers (connecting, then waiting for the headers and for
 * each part of the body), and the layer then also provides TimeoutsEnforced: OtrsHttp need not race each request
 * against a timer fiber. Below NATIVE_TIMEOUT_FLOOR_MS, OtrsHttp's own timeout does the job.
 *
 * undici is imported by the first request, not at start: with the parts of Node it loads (fetch, HTTP/2) it took
 * 20 ms of the server's start, which MCP hosts wait for before the first tools/list. The agent closes with the
 * layer's scope.
 */
export const OtrsHttpClientLive: Layer.Layer<HttpClient.HttpClient, OtrsConfigError, OtrsConfig> = Layer.unwrapEffect(
  Effect.map(OtrsConfig, (config) => {
    const timeoutMs = Duration.toMillis(config.timeout)
    return timeoutMs >= NATIVE_TIMEOUT_FLOOR_MS
      ? Layer.merge(undiciClient(timeoutMs), Layer.succeed(TimeoutsEnforced, true))
      : undiciClient(undefined)
  })
)

/** Below this, undici's timers, with a resolution of about a second, would be too coarse for OTRS_TIMEOUT_MS. */
export const NATIVE_TIMEOUT_FLOOR_MS = 2_000

/** The contents of OTRS_CA_FILE, if set; doctor reads it too, for its TLS step. */
export const readCaFile = (config: OtrsConfigShape): Effect.Effect<string | undefined, OtrsConfigError> =>
  Option.match(config.caFile, {
    onNone: () => Effect.succeed(undefined),
    onSome: (path) =>
      Effect.tryPromise({
        try: () => readFile(path, "utf8"),
        catch: (error) =>
          new OtrsConfigError({
            problems: [{ variable: "OTRS_CA_FILE", problem: `cannot read ${path}: ${(error as Error).message}` }]
          })
      })
  })

/** OTRS_CA_FILE adds to Node's public roots instead of replacing them (Node's `ca` option replaces them). */
export const withPublicRoots = (ca: string): Array<string> => [...rootCertificates, ca]
