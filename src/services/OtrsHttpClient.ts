import * as HttpClient from "@effect/platform/HttpClient"
import type { HttpClientRequest } from "@effect/platform/HttpClientRequest"
import { Effect, Layer, Option, Scope } from "effect"
import { readFile } from "node:fs/promises"
import { rootCertificates } from "node:tls"
import { OtrsConfig, OtrsConfigError, type OtrsConfigShape } from "./OtrsConfig.js"

/**
 * The undici client OTRS is reached with: keep-alive sockets (one TLS handshake, not one per call; at most 50 at
 * once), the CA bundle from OTRS_CA_FILE (in addition to the public roots), and certificate checks unless
 * OTRS_VERIFY_SSL=false. It never follows redirects, which OtrsHttp relies on to report them. undici rather than
 * node:http: one request and its body cost 0.93 ms of CPU instead of 1.71 ms.
 *
 * undici is imported by the first request, not at start: with the parts of Node it loads (fetch, HTTP/2) it took
 * 20 ms of the server's start, which MCP hosts wait for before the first tools/list. The agent closes with the
 * layer's scope.
 */
export const OtrsHttpClientLive: Layer.Layer<HttpClient.HttpClient, OtrsConfigError, OtrsConfig> = Layer.scoped(
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
            connect: { rejectUnauthorized: config.verifySsl, ...(ca === undefined ? {} : { ca: withPublicRoots(ca) }) }
          })
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

const readCaFile = (config: OtrsConfigShape): Effect.Effect<string | undefined, OtrsConfigError> =>
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
