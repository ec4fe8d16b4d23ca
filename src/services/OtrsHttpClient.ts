import type { HttpClient } from "@effect/platform"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Effect, Layer, Option } from "effect"
import { readFile } from "node:fs/promises"
import { rootCertificates } from "node:tls"
import { OtrsConfig, OtrsConfigError } from "./OtrsConfig.js"

/**
 * The node:http client OTRS is reached with: keep-alive sockets (one TLS handshake, not one per call), the CA
 * bundle from OTRS_CA_FILE (in addition to the public roots), and certificate checks unless OTRS_VERIFY_SSL=false. node:http never follows
 * redirects, which OtrsHttp relies on to report them.
 */
export const OtrsHttpClientLive: Layer.Layer<HttpClient.HttpClient, OtrsConfigError, OtrsConfig> = Layer.unwrapEffect(
  Effect.gen(function*() {
    const config = yield* OtrsConfig
    const ca = yield* Option.match(config.caFile, {
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
    return NodeHttpClient.layerWithoutAgent.pipe(
      Layer.provide(NodeHttpClient.makeAgentLayer({
        keepAlive: true,
        rejectUnauthorized: config.verifySsl,
        ...(ca === undefined ? {} : { ca: withPublicRoots(ca) })
      }))
    )
  })
)

/** OTRS_CA_FILE adds to Node's public roots instead of replacing them (Node's `ca` option replaces them). */
export const withPublicRoots = (ca: string): Array<string> => [...rootCertificates, ca]
