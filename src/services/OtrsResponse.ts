import { Either, Option, Predicate, Schema } from "effect"
import { OtrsErrorResponse, type OtrsErrorDetail } from "../schemas/ErrorResponse.js"
import { TransportErrorText } from "../schemas/TransportErrorText.js"
import {
  OtrsAuthError,
  type OtrsError,
  OtrsInvalidParameter,
  OtrsNotFoundOrDenied,
  OtrsOperationError,
  OtrsUnavailable,
  OtrsUnexpectedPayload,
  OtrsWebServiceError,
  type TransportProblem
} from "./OtrsErrors.js"

/** What a finished HTTP exchange is about, for the messages of the errors it may turn into. */
export interface Exchange {
  readonly operation: string
  readonly method: string
  /** without query string and with secret path parameters left as placeholders */
  readonly url: string
  /** the route part of the URL, used to suggest a base URL after a redirect */
  readonly routePath: string
  readonly user: string
  /** what an AccessDenied concerns, e.g. "ticket 42" */
  readonly subject: string
  /** secrets in the request's path (a SessionID), as sent, with the placeholder to show instead */
  readonly concealed?: ReadonlyArray<{ readonly sent: string; readonly placeholder: string }>
}

export interface RawResponse {
  readonly status: number
  readonly contentType: string
  readonly location: string | undefined
  readonly text: string
}

/**
 * Turns an OTRS answer into its JSON payload or a typed error. OTRS reports operation errors as HTTP 200 with an
 * `Error` object, and transport-level problems as HTTP 500 with a plain-text sentence.
 */
export const interpretResponse = (exchange: Exchange, response: RawResponse): Either.Either<unknown, OtrsError> => {
  const { status } = response
  if (status >= 300 && status < 400) return Either.left(redirectError(exchange, response))
  if (status >= 200 && status < 300) return interpretBody(exchange, response)
  if (status === 500 && !isHtml(response)) {
    // OTRS gives the same sentence for a missing route and for a route mapped with another method.
    const { kind, text } = decodeTransportText(response.text)
    if (kind !== "Other") return Either.left(webServiceError(exchange, response, kind, text))
  }
  if (status === 408 || status === 429 || status >= 500) {
    return Either.left(
      new OtrsUnavailable({ operation: exchange.operation, url: exchange.url, status, detail: summarize(response) })
    )
  }
  if (status === 404 || status === 405) {
    return Either.left(webServiceError(exchange, response, "UnknownRoute", `HTTP ${status}: ${summarize(response)}`))
  }
  return Either.left(webServiceError(exchange, response, "HttpStatus", `HTTP ${status}: ${summarize(response)}`))
}

const interpretBody = (exchange: Exchange, response: RawResponse): Either.Either<unknown, OtrsError> => {
  if (isHtml(response)) {
    return Either.left(webServiceError(exchange, response, "HtmlPage", "the server answered with an HTML page"))
  }
  let payload: unknown
  try {
    payload = JSON.parse(response.text)
  } catch {
    return Either.left(
      new OtrsUnexpectedPayload({
        operation: exchange.operation,
        detail: `the body is not valid JSON (${response.text.length} bytes, starting ` +
          `${JSON.stringify(redactTokens(response.text.slice(0, 40)))})`
      })
    )
  }
  // OtrsErrorResponse requires the `Error` key: without it, the payload is not an error, and decoding would only
  // build the parse issues that say so
  if (!Predicate.hasProperty(payload, "Error")) return Either.right(payload)
  return Option.match(decodeError(payload), {
    onNone: () => Either.right(payload),
    onSome: (error) => Either.left(mapOperationError(exchange, error))
  })
}

const decodeError = Schema.decodeUnknownOption(OtrsErrorResponse)
const decodeTransportText = Schema.decodeUnknownSync(TransportErrorText)

const mapOperationError = (exchange: Exchange, error: OtrsErrorDetail): OtrsError => {
  const { operation } = exchange
  switch (error.kind) {
    case "AuthFail":
    case "SessionInvalid":
      return new OtrsAuthError({ operation, user: exchange.user, otrsMessage: error.message })
    case "AccessDenied":
      return new OtrsNotFoundOrDenied({ operation, subject: exchange.subject, otrsMessage: error.message })
    case "MissingParameter":
    case "InvalidParameter":
      return new OtrsInvalidParameter({ operation, kind: error.kind, otrsMessage: error.message })
    default:
      return new OtrsOperationError({ operation, code: error.code, otrsMessage: error.message })
  }
}

const redirectError = (exchange: Exchange, response: RawResponse): OtrsWebServiceError => {
  const target = response.location === undefined
    ? undefined
    : conceal(withoutQuery(new URL(response.location, exchange.url)), exchange)
  const suggestion = target !== undefined && target.endsWith(exchange.routePath)
    ? `; set OTRS_BASE_URL=${target.slice(0, target.length - exchange.routePath.length)}`
    : ""
  return new OtrsWebServiceError({
    operation: exchange.operation,
    problem: "Redirect",
    method: exchange.method,
    url: exchange.url,
    status: response.status,
    ...(target === undefined ? {} : { location: target }),
    detail: `HTTP ${response.status} redirect, not followed because it would resend the request (and turn a POST ` +
      `into a GET)${suggestion}`
  })
}

const webServiceError = (
  exchange: Exchange,
  response: RawResponse,
  problem: OtrsWebServiceError["problem"],
  detail: string
) =>
  new OtrsWebServiceError({
    operation: exchange.operation,
    problem,
    method: exchange.method,
    url: exchange.url,
    status: response.status,
    detail
  })

const isHtml = (response: RawResponse) =>
  response.contentType.includes("text/html") || /^\s*<(!doctype|html)/i.test(response.text)

/** A body quoted in a message, cut short and with anything like a SessionID redacted. */
const summarize = (response: RawResponse) => {
  const text = redactTokens(decodeTransportText(response.text).text.replace(/\s+/g, " "))
  return text.length === 0 ? "empty body" : text.length > 120 ? `${text.slice(0, 120)}…` : text
}

export const withoutQuery = (url: URL): string => `${url.origin}${url.pathname}`

/** A redirect's target repeats the request's path, SessionID included. */
const conceal = (url: string, exchange: Exchange): string =>
  (exchange.concealed ?? []).reduce((text, { placeholder, sent }) => text.split(sent).join(placeholder), url)

/**
 * What OTRS sent is quoted in messages, and may hold a SessionID nobody knows yet (a cut-off SessionCreate
 * answer): a SessionID's value, and any long run of letters and digits, become "[redacted]".
 */
export const redactTokens = (text: string): string =>
  text
    .replace(/(SessionID\W{0,3})[^"&\s,}]+/gi, "$1[redacted]")
    .replace(/[A-Za-z0-9]{20,}/g, "[redacted]")

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
    case "CERT_HAS_EXPIRED":
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return "Certificate"
  }
  return /socket hang up/i.test(message) ? "ClosedWithoutAnswer" : "Other"
}
