import { Duration, Effect, Layer, Option } from "effect"
import { nodeFs } from "./NodeModules.js"
import { OtrsConfig, OtrsConfigError, type OtrsConfigShape } from "./OtrsConfig.js"
import * as NodeHttpTransport from "./NodeHttpTransport.js"
import { OtrsTransport } from "./OtrsTransport.js"

/**
 * How the MCP server reaches OTRS: Node's HTTP client with keep-alive sockets (one TLS handshake, not one per call;
 * at most 50 at once), the CA bundle from OTRS_CA_FILE (in addition to the public roots), and certificate checks
 * unless OTRS_VERIFY_SSL=false. It never follows redirects, which OtrsHttp relies on to report them.
 *
 * Requests go to Node's client directly, not through Effect's HttpClient on top of it: per request that client adds
 * an AbortController, a FinalizationRegistry entry and several fibers' worth of work (measured in process at 0.62
 * ms of CPU per TicketGet, three times what the client alone takes). Plain timers keep OTRS_TIMEOUT_MS for
 * connecting, for the answer to start and for the whole answer, so no timer fiber races each request.
 *
 * The agents close with the layer's scope.
 */
export const OtrsTransportLive: Layer.Layer<OtrsTransport, OtrsConfigError, OtrsConfig> = Layer.scoped(
  OtrsTransport,
  Effect.gen(function*() {
    const config = yield* OtrsConfig
    const ca = yield* readCaFile(config)
    const send = yield* NodeHttpTransport.make({
      connections: 50,
      verifySsl: config.verifySsl,
      ca,
      timeoutMs: Duration.toMillis(config.timeout)
    })
    return { send }
  })
)

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
