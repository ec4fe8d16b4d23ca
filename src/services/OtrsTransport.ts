import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { Context, Data, Duration, Effect, Layer, Option } from "effect"
import { OtrsConfig } from "./OtrsConfig.js"
import type { TransportProblem } from "./OtrsErrors.js"
import type { RawResponse } from "./OtrsResponse.js"

/** One request as OtrsHttp sends it: the URL carries the query string, and a body is JSON. */
export interface OtrsRequest {
  readonly method: string
  readonly url: string
  readonly body?: string
  /**
   * Called, by a transport that can tell, just before the request is written to its connection; `false` stops it
   * there, unsent.
   * OtrsHttp lets a write that went out finish whatever happens to its caller (see its `write`); with a transport
   * that never calls it, a write stays cancellable until its answer.
   */
  readonly sending?: () => boolean
}

/** A request that got no complete answer, as far as Node or undici could tell why. */
export class TransportFailure extends Data.TaggedError("TransportFailure")<{
  /** Node's or undici's error code (ECONNREFUSED, UND_ERR_SOCKET, ...), when there is one */
  readonly code: string | undefined
  /** stripped of URLs, which may carry credentials */
  readonly message: string
  /** set when OTRS_TIMEOUT_MS ran out: before a connection existed (nothing was sent), or waiting for the answer */
  readonly timedOut?: "connecting" | "answering"
  /** set when the answer had more than MAX_ANSWER_BYTES: OTRS did answer, so this is no failure to reach it */
  readonly tooLarge?: true
  /**
   * set, by a transport that can tell (OtrsTransportLive), when the request failed before any of it was written: a
   * write that failed so never reached OTRS
   */
  readonly unsent?: true
}> {
  /** the code and the message, as error messages quote them */
  get detail(): string {
    return this.code === undefined ? this.message : `${this.code}: ${this.message}`
  }
}

export interface OtrsTransportShape {
  /**
   * Sends one request and reads the whole answer within OTRS_TIMEOUT_MS (OtrsTransportLive: each of connecting,
   * the answer's start and the whole answer, not counting a wait for a free connection); never follows a redirect.
   */
  readonly send: (request: OtrsRequest) => Effect.Effect<RawResponse, TransportFailure>
}

/**
 * How requests reach OTRS. OtrsTransportLive talks to Node's HTTP client directly; `fromHttpClient` takes any Effect
 * HttpClient (the tests' fakes, or an application's own client) at the cost of Effect's HTTP machinery on every
 * request.
 */
export class OtrsTransport extends Context.Tag("otrs-mcp/OtrsTransport")<OtrsTransport, OtrsTransportShape>() {
  static readonly fromHttpClient: Layer.Layer<OtrsTransport, never, HttpClient.HttpClient | OtrsConfig> =
    Layer.effect(
      OtrsTransport,
      Effect.gen(function*() {
        const { timeout } = yield* OtrsConfig
        // No tracer is installed, so the span the client opens per request only costs time (about a quarter of a
        // millisecond); without it, no trace headers go to OTRS either.
        const client = (yield* HttpClient.HttpClient).pipe(HttpClient.withTracerDisabledWhen(() => true))
        return {
          send: (request) =>
            client.execute(toHttpClientRequest(request)).pipe(
              Effect.flatMap((response) =>
                // counting the bytes as they come would take a stream, and its fibers, on every request: a declared
                // length is refused unread; an undeclared one once read, by its characters (each at least a byte),
                // so that it fails as too large rather than as whatever JSON.parse or the decoder makes of it
                Number(response.headers["content-length"]) > MAX_ANSWER_BYTES
                  ? Effect.fail(answerTooLarge())
                  : Effect.flatMap(response.text, (text) =>
                    text.length > MAX_ANSWER_BYTES
                      ? Effect.fail(answerTooLarge())
                      : Effect.succeed<RawResponse>({
                        status: response.status,
                        contentType: response.headers["content-type"] ?? "",
                        location: response.headers["location"],
                        text
                      }))
              ),
              Effect.mapError(transportFailure),
              withTimeout(timeout),
              withoutRedirects
            )
        }
      })
    )
}

/**
 * fetch (Effect's FetchHttpClient) follows a redirect itself: a POST would reach the target as a GET, credentials
 * included, and be taken for OTRS's answer. Other clients ignore the option.
 */
const withoutRedirects = <A, E, R>(send: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.serviceOption(FetchHttpClient.RequestInit), (init) =>
    Effect.provideService(send, FetchHttpClient.RequestInit, { ...Option.getOrUndefined(init), redirect: "manual" }))

const toHttpClientRequest = (request: OtrsRequest): HttpClientRequest.HttpClientRequest => {
  const bare = HttpClientRequest.make(request.method as HttpClientRequest.HttpClientRequest["method"])(request.url)
  return HttpClientRequest.acceptJson(
    request.body === undefined ? bare : HttpClientRequest.bodyText(bare, request.body, "application/json")
  )
}

/**
 * The most of one answer read, in bytes, before the request is aborted: unbounded, a 600 MB answer took 1.3 GB and
 * eight at once 5.6 GB. The largest answers otrs-mcp asks for are ConfigItemGet's, which carry the attachments'
 * contents in base64 (the ITSM operation cannot list them without): two files at OTRS's default upload limit
 * (WebMaxFileUpload, 24 MB) come to 62.6 MiB so encoded and wrapped. TicketGet is asked without attachment contents,
 * and a search page holds at most 100 tickets, a few MiB with their dynamic fields.
 */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024

export const answerTooLarge = () =>
  new TransportFailure({
    code: undefined,
    message: `the answer exceeded ${MAX_ANSWER_BYTES / 1024 / 1024} MiB, the most otrs-mcp reads`,
    tooLarge: true
  })

/** A request sent whose answer did not come in time. */
export const noAnswerWithin = (timeoutMs: number) =>
  new TransportFailure({ code: undefined, message: `no answer within ${timeoutMs} ms`, timedOut: "answering" })

/** Bounds an attempt with Effect's timer, for a transport that has no timer of its own. */
const withTimeout = (timeout: Duration.Duration) => <A>(attempt: Effect.Effect<A, TransportFailure>) =>
  Effect.timeoutFail(attempt, { duration: timeout, onTimeout: () => noAnswerWithin(Duration.toMillis(timeout)) })

/**
 * undici's codes for a connection not made, and for an answer (headers, then each part of the body) not coming: an
 * HttpClient given to `fromHttpClient` may be undici's (@effect/platform-node's NodeHttpClient.layerUndici)
 */
const timedOutBy = (code: string | undefined): TransportFailure["timedOut"] => {
  switch (code) {
    case "UND_ERR_CONNECT_TIMEOUT":
      return "connecting"
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
      return "answering"
  }
  return undefined
}

/** Whatever a request failed with, as a TransportFailure; `unsent` when none of the request had been written. */
export const transportFailure = (error: unknown, unsent = false): TransportFailure => {
  if (error instanceof TransportFailure) return error
  const { code, message } = rootCause(error)
  const timedOut = timedOutBy(code)
  return new TransportFailure({
    code,
    message,
    ...(timedOut === undefined ? {} : { timedOut }),
    ...(unsent ? { unsent: true } : {})
  })
}

/** The innermost error Node reported, stripped of anything that could carry a URL with credentials. */
const rootCause = (error: unknown): { readonly code: string | undefined; readonly message: string } => {
  let current: unknown = error
  for (let depth = 0; depth < 5; depth++) {
    const next = (current as { cause?: unknown } | undefined)?.cause
    if (next === undefined || next === null) break
    current = next
  }
  const code = (current as { code?: unknown }).code
  const message = current instanceof Error ? current.message : String(current)
  const reason = opensslReason(message)
  return {
    // Node reports a failed TLS record as EPROTO; the reason says which, as Node's ERR_SSL_* codes name it
    code: code === "EPROTO" && reason !== undefined ? `ERR_SSL_${reason.toUpperCase().replace(/ /g, "_")}` :
      typeof code === "string" ? code : undefined,
    message: reason ?? message.replace(/https?:\/\/\S+/g, "<url>")
  }
}

/** "80AC...:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/...:350:\n" says "wrong version number". */
const opensslReason = (message: string): string | undefined => /:error:[0-9A-F]+:[^:]*:[^:]*:([^:\n]+)/.exec(message)?.[1]

/** Node's error codes for a request that never got an answer, by what the user can do about each. */
export const transportProblem = (code: string | undefined, message: string): TransportProblem => {
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "Dns"
    case "ECONNREFUSED":
      return "Refused"
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
      return "ClosedWithoutAnswer"
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY":
    case "UNABLE_TO_GET_ISSUER_CERT":
      return "Certificate"
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return "CertificateHost"
    case "CERT_HAS_EXPIRED":
    case "CERT_NOT_YET_VALID":
      return "CertificateDates"
    // an https request to a port that answers in plain http
    case "ERR_SSL_WRONG_VERSION_NUMBER":
    case "ERR_SSL_PACKET_LENGTH_TOO_LONG":
      return "NotTls"
  }
  return /socket hang up/i.test(message) ? "ClosedWithoutAnswer" : "Other"
}
