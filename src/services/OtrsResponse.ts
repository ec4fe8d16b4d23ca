import { Either, Option, Predicate, type Redacted, Schema } from "effect"
import { OtrsErrorResponse, type OtrsErrorDetail } from "../schemas/ErrorResponse.js"
import { TransportErrorText } from "../schemas/TransportErrorText.js"
import { prefix } from "../shared/text.js"
import {
  leavesTls,
  OtrsAuthError,
  type OtrsError,
  OtrsInvalidParameter,
  OtrsNotFoundOrDenied,
  OtrsOperationError,
  OtrsUnavailable,
  OtrsUnexpectedPayload,
  OtrsWebServiceError
} from "./OtrsErrors.js"
import { concealer, concealPath, quoter, redactTokens } from "./concealSecrets.js"
import type { Credentials } from "./OtrsHttp.js"
import { type Operation, routeVariable } from "./OtrsRoutes.js"

/** What a finished HTTP exchange is about, for the messages of the errors it may turn into. */
export interface Exchange {
  readonly operation: string
  readonly method: string
  /** without query string and with secret path parameters left as placeholders */
  readonly url: string
  /** the route part of the URL, used to suggest a base URL after a redirect */
  readonly routePath: string
  /** the route's operation, whose OTRS_ROUTE_* variable an UnknownRoute error names (TicketSearch has two routes) */
  readonly route?: Operation
  /** the ids the request is about, kept in a not-found-or-denied error */
  readonly ids?: ReadonlyArray<number> | undefined
  readonly user: string
  /** what an AccessDenied concerns, e.g. "ticket 42" */
  readonly subject: string
  /**
   * A request OTRS applies each time it runs it (TicketCreate, an article): an error for an answer that does not
   * show OTRS left it undone says that it may have been applied.
   */
  readonly write?: boolean
  /*
   * Secrets concealed in every text an error quotes (see `concealer`); only error paths read them, so a success
   * pays nothing: the request's credentials, its secret path parameters (SessionGet's SessionID), and the
   * configured password, even when the request did not carry it.
   */
  readonly credentials?: Credentials
  readonly secretPath?: Readonly<Record<string, Redacted.Redacted<string>>> | undefined
  readonly password?: Redacted.Redacted<string>
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
  return Either.left(statusError(exchange, { ...response, text: quoter(exchange, response.text)(response.text) }))
}

/** An answer with an error status, its body already concealed. */
const statusError = (exchange: Exchange, response: RawResponse): OtrsError => {
  const { status } = response
  if (status === 500 && !isHtml(response)) {
    // OTRS gives the same sentence for a missing route and for a route mapped with another method.
    const { kind, text } = decodeTransportText(response.text)
    if (kind !== "Other") return webServiceError(exchange, response, kind, redactTokens(text))
  }
  if (status === 408 || status === 429 || status >= 500) {
    return new OtrsUnavailable({
      operation: exchange.operation,
      url: exchange.url,
      status,
      detail: summarize(response),
      // a 5xx or 408 may come from a proxy that gave up waiting while OTRS went on, or from OTRS failing after its
      // transaction was committed; a rate limit (429) turns the request away before it reaches OTRS
      ...(status === 429 ? {} : mayHaveApplied(exchange))
    })
  }
  if (status === 404 || status === 405) {
    return webServiceError(exchange, response, "UnknownRoute", `HTTP ${status}: ${summarize(response)}`)
  }
  return webServiceError(exchange, response, "HttpStatus", `HTTP ${status}: ${summarize(response)}`)
}

const interpretBody = (exchange: Exchange, response: RawResponse): Either.Either<unknown, OtrsError> => {
  if (isHtml(response)) {
    // The GenericInterface answers JSON only, so the page comes from something in front of OTRS or in its place: a
    // login page, a base URL leading to the web UI (neither passes the request on), but also a proxy's error page
    // sent with status 200 after OTRS applied the write. Which one cannot be told from here, and looking the ticket
    // up costs less than a duplicate.
    return Either.left(
      webServiceError(exchange, response, "HtmlPage", "the server answered with an HTML page", mayHaveApplied(exchange))
    )
  }
  let payload: unknown
  try {
    payload = JSON.parse(response.text)
  } catch {
    // concealed before it is cut, so that no part of a secret is left at the cut
    const start = quoter(exchange, response.text)(response.text).slice(0, 40)
    return Either.left(
      new OtrsUnexpectedPayload({
        operation: exchange.operation,
        detail: `the body is not valid JSON (${response.text.length} bytes, starting ` +
          `${JSON.stringify(redactTokens(start))})`,
        // an answer, however garbled, means OTRS received the request
        ...mayHaveApplied(exchange)
      })
    )
  }
  // OtrsErrorResponse requires the `Error` key: without it, the payload is not an error, and decoding would only
  // build the parse issues that say so
  if (!Predicate.hasProperty(payload, "Error")) return Either.right(payload)
  return Option.match(decodeError(payload), {
    onNone: () => Either.right(payload),
    onSome: (error) => {
      const quote = quoter(exchange, response.text)
      const concealed = { ...error, code: quote(error.code), message: quote(error.message) }
      return Either.left(mapOperationError(exchange, concealed))
    }
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
      return new OtrsNotFoundOrDenied({
        operation,
        subject: exchange.subject,
        otrsMessage: error.message,
        ...(exchange.ids === undefined ? {} : { ids: exchange.ids })
      })
    case "MissingParameter":
    case "InvalidParameter":
      return new OtrsInvalidParameter({ operation, kind: error.kind, otrsMessage: error.message })
    default:
      return new OtrsOperationError({ operation, code: error.code, otrsMessage: error.message })
  }
}

const redirectError = (exchange: Exchange, response: RawResponse): OtrsWebServiceError => {
  const conceal = concealer(exchange, "")
  const target = redirectTarget(response.location, exchange, (text) => conceal(concealPath(text, exchange)))
  const suggestion = target._tag === "Url" && target.baseUrl !== undefined && !leavesTls(exchange.url, target.url)
    ? `; set OTRS_BASE_URL=${target.baseUrl}`
    : ""
  const unusable = target._tag === "Unusable" ? `; its Location header is not a URL: ${target.quoted}` : ""
  return new OtrsWebServiceError({
    operation: exchange.operation,
    problem: "Redirect",
    method: exchange.method,
    url: exchange.url,
    status: response.status,
    ...(target._tag === "Url" ? { location: target.url } : {}),
    detail: `HTTP ${response.status} redirect, not followed because it would resend the request (and turn a POST ` +
      `into a GET)${suggestion}${unusable}`,
    ...fullUrlRouteVariable(exchange)
  })
}

/** Where a redirect's Location header leads, as a message may quote it. */
type RedirectTarget =
  | { readonly _tag: "Missing" }
  /** a Location that is no URL (`http://[bad-host/login`): quoted as sent, secrets concealed, cut short */
  | { readonly _tag: "Unusable"; readonly quoted: string }
  /** `baseUrl`: the target without the request's route, when it ends with it, to suggest as OTRS_BASE_URL */
  | { readonly _tag: "Url"; readonly url: string; readonly baseUrl: string | undefined }

/**
 * `request.url` resolves a relative Location; `conceal` hides the request's secrets, which the target may repeat.
 * An empty `routePath` (a route given as a full URL) suggests no base URL.
 */
export const redirectTarget = (
  location: string | undefined,
  request: { readonly url: string; readonly routePath: string },
  conceal: (text: string) => string
): RedirectTarget => {
  if (location === undefined) return { _tag: "Missing" }
  if (!URL.canParse(location, request.url)) {
    return { _tag: "Unusable", quoted: JSON.stringify(shorten(redactTokens(conceal(location)))) }
  }
  // concealed before it is parsed too: the parser cuts a secret at "#" or "?", turns "\\" into "/" and drops tabs,
  // leaving forms no concealer knows, and it percent-encodes the placeholders, which are then restored
  const parsed = new URL(conceal(location), request.url)
  const url = conceal(withoutQuery(parsed)).replace(/%3C(\w+)%3E/gi, "<$1>")
  const { routePath } = request
  const baseUrl = routePath !== "" && url.endsWith(routePath) ? url.slice(0, url.length - routePath.length) : undefined
  return { _tag: "Url", url, baseUrl }
}

const webServiceError = (
  exchange: Exchange,
  response: RawResponse,
  problem: OtrsWebServiceError["problem"],
  detail: string,
  applied: ReturnType<typeof mayHaveApplied> = {}
) =>
  new OtrsWebServiceError({
    operation: exchange.operation,
    problem,
    method: exchange.method,
    url: exchange.url,
    status: response.status,
    detail,
    // named only here: a request that succeeds, almost every one, need not work the name out
    ...(problem === "UnknownRoute" && exchange.route !== undefined
      ? { routeVariable: routeVariable(exchange.route) }
      : fullUrlRouteVariable(exchange)),
    ...applied
  })

/**
 * A route given as a full URL (an empty `routePath`) is where its OTRS_ROUTE_* variable, not OTRS_BASE_URL, sent the
 * request: the variable an error's advice names.
 */
export const fullUrlRouteVariable = (exchange: Exchange): { readonly routeVariable?: string } =>
  exchange.routePath === "" && exchange.route !== undefined ? { routeVariable: routeVariable(exchange.route) } : {}

/** The flag an error carries when the answer it stands for may have come after OTRS applied the exchange's write. */
const mayHaveApplied = (exchange: Exchange): { readonly writeMayHaveApplied?: true } =>
  exchange.write === true ? { writeMayHaveApplied: true } : {}

const isHtml = (response: RawResponse) =>
  response.contentType.includes("text/html") || /^\s*<(!doctype|html)/i.test(response.text)

/** A body quoted in a message (already concealed), cut short and with anything like a SessionID redacted. */
const summarize = (response: RawResponse) => {
  const text = redactTokens(decodeTransportText(response.text).text.replace(/\s+/g, " "))
  return text.length === 0 ? "empty body" : shorten(text)
}

/** A text quoted in a message, cut to 120 characters. */
const shorten = (text: string): string => text.length > 120 ? `${prefix(text, 120)}…` : text

export const withoutQuery = (url: URL): string => `${url.origin}${url.pathname}`

/**
 * An id a write's answer gives (TicketID, TicketNumber, ArticleID), when it is an integer, as a number or a string:
 * quoted to say what a write did, and never anything else a payload may hold.
 */
export const answeredId = (payload: unknown, key: string): string | undefined => {
  const id = Predicate.hasProperty(payload, key) ? payload[key] : undefined
  return (typeof id === "number" && Number.isSafeInteger(id)) || (typeof id === "string" && /^\d{1,20}$/.test(id))
    ? String(id)
    : undefined
}
