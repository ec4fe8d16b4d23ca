import { Duration, Effect, Layer, Option, Scope } from "effect"
import { nodeFs } from "./NodeModules.js"
import { OtrsConfig, OtrsConfigError, type OtrsConfigShape } from "./OtrsConfig.js"
import type { RawResponse } from "./OtrsResponse.js"
import { type OtrsRequest, OtrsTransport, type TransportFailure, withTimeout } from "./OtrsTransport.js"
import * as UndiciTransport from "./UndiciTransport.js"

/**
 * How the MCP server reaches OTRS: undici with keep-alive sockets (one TLS handshake, not one per call; at most 50
 * at once), the CA bundle from OTRS_CA_FILE (in addition to the public roots), and certificate checks unless
 * OTRS_VERIFY_SSL=false. It never follows redirects, which OtrsHttp relies on to report them.
 *
 * Requests go to undici directly, not through Effect's HttpClient on top of it: per request that client adds an
 * AbortController, a FinalizationRegistry entry and several fibers' worth of work, measured in process at 0.62 ms
 * of CPU per TicketGet against 0.30 ms with undici's own request() (UndiciTransport does with less still).
 *
 * From NATIVE_TIMEOUT_FLOOR_MS up, undici's own timers keep OTRS_TIMEOUT_MS (connecting, then waiting for the
 * headers and for each part of the body), and a plain timer the whole body, so no timer fiber races each request;
 * below it, Effect's timer does, for the whole attempt.
 *
 * undici is loaded by the first request, not at start (see UndiciTransport). The agent closes with the layer's scope.
 */
export const OtrsTransportLive: Layer.Layer<OtrsTransport, OtrsConfigError, OtrsConfig> = Layer.scoped(
  OtrsTransport,
  Effect.gen(function*() {
    const config = yield* OtrsConfig
    const ca = yield* readCaFile(config)
    const scope = yield* Effect.scope
    const timeoutMs = Duration.toMillis(config.timeout)
    const native = timeoutMs >= NATIVE_TIMEOUT_FLOOR_MS
    // every read of Effect.cached awaits its Deferred and re-applies the loading's FiberRef and runtime flag changes;
    // once undici is loaded, requests go straight to it
    let loaded: ((request: OtrsRequest) => Effect.Effect<RawResponse, TransportFailure>) | undefined
    const load = yield* Effect.cached(
      UndiciTransport.make({ connections: 50, verifySsl: config.verifySsl, ca, timeoutMs: native ? timeoutMs : undefined })
        .pipe(
          Effect.tap((send) => {
            loaded = send
          }),
          Scope.extend(scope)
        )
    )
    const attempt = (request: OtrsRequest) =>
      loaded === undefined ? Effect.flatMap(load, (send) => send(request)) : loaded(request)
    return { send: native ? attempt : (request) => withTimeout(config.timeout)(attempt(request)) }
  })
)

/** Below this, undici's timers, with a resolution of about a second, would be too coarse for OTRS_TIMEOUT_MS. */
const NATIVE_TIMEOUT_FLOOR_MS = 2_000

const caProblem = (problem: string) => new OtrsConfigError({ problems: [{ variable: "OTRS_CA_FILE", problem }] })

/**
 * The contents of OTRS_CA_FILE, if set; doctor reads it too, for its TLS step. A file without a PEM certificate
 * (a DER file, a key, a wrong path) is refused here, where its name is known, rather than failing every handshake.
 */
export const readCaFile = (config: OtrsConfigShape): Effect.Effect<string | undefined, OtrsConfigError> =>
  Option.match(config.caFile, {
    onNone: () => Effect.succeed(undefined),
    onSome: (path) =>
      Effect.tryPromise({
        try: () => nodeFs().readFile(path, "utf8"),
        catch: (error) => caProblem(`cannot read ${path}: ${(error as Error).message}`)
      }).pipe(Effect.filterOrFail(
        (pem) => pem.includes("-----BEGIN CERTIFICATE-----"),
        () => caProblem(`${path} holds no PEM certificate (a "-----BEGIN CERTIFICATE-----" block); convert a DER ` +
          "file with: openssl x509 -inform der -in ca.der -out ca.pem")
      ))
  })
