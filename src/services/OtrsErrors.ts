import { Schema } from "effect"
import { sentence } from "../shared/text.js"

/**
 * Every way an OTRS call can fail, as data. Messages are derived from the fields in one place (the
 * `message` getters) and always end with what to do next. No field ever holds a password or SessionID:
 * URLs are stored without their query string, and what OTRS sent is quoted with the request's secrets concealed
 * (OtrsResponse's `concealer`).
 */

export class OtrsAuthError extends Schema.TaggedError<OtrsAuthError>()("OtrsAuthError", {
  operation: Schema.String,
  user: Schema.String,
  otrsMessage: Schema.String
}) {
  override get message() {
    return `${this.operation}: OTRS rejected the login of user '${this.user}' (${this.otrsMessage}). ` +
      "Check OTRS_USERNAME and OTRS_PASSWORD, and that the agent account is valid."
  }
}

/** The subject of a request that names no object (a search, a creation): OTRS's denial concerns the agent. */
export const UNNAMED_SUBJECT = "the requested object"

export class OtrsNotFoundOrDenied extends Schema.TaggedError<OtrsNotFoundOrDenied>()("OtrsNotFoundOrDenied", {
  operation: Schema.String,
  /** what was asked for, e.g. "ticket 42" */
  subject: Schema.String,
  otrsMessage: Schema.String,
  /** the ids asked for, one of which does not exist or is denied; absent when the request named none */
  ids: Schema.optional(Schema.Array(Schema.Number))
}) {
  override get message() {
    if (this.subject === UNNAMED_SUBJECT) {
      return `${this.operation}: OTRS denied the agent access (${this.otrsMessage}). Check the agent's group ` +
        "permissions."
    }
    return `${this.operation}: ${this.subject} does not exist or the agent may not access it ` +
      `(OTRS answers both cases alike: ${this.otrsMessage}). Check the ` +
      `${this.ids !== undefined && this.ids.length > 1 ? "ids" : "id"}, or the agent's group permissions.`
  }
}

export class OtrsInvalidParameter extends Schema.TaggedError<OtrsInvalidParameter>()("OtrsInvalidParameter", {
  operation: Schema.String,
  kind: Schema.Literal("MissingParameter", "InvalidParameter"),
  otrsMessage: Schema.String
}) {
  override get message() {
    const what = this.kind === "MissingParameter" ? "a required parameter is missing" : "a parameter is invalid"
    const names = this.operation.startsWith("ConfigItem")
      ? "class, deployment state and incident state names must exist in OTRS, in the same case"
      : "names of queues, states, priorities, types, users and dynamic fields must exist in OTRS"
    return `${this.operation}: ${what}: ${this.otrsMessage} Correct that value (${names}) and try again.`
  }
}

/** Any other `<Operation>.<Code>` error OTRS reports. */
export class OtrsOperationError extends Schema.TaggedError<OtrsOperationError>()("OtrsOperationError", {
  operation: Schema.String,
  code: Schema.String,
  otrsMessage: Schema.String
}) {
  override get message() {
    return `${this.operation} failed with ${this.code}: ${this.otrsMessage}`
  }
}

/**
 * Said of a write whose answer was lost or replaced: OTRS may have applied it, so a blind retry could duplicate it.
 * `ticketId` is the one OTRS's answer names, when it names one.
 */
const writeAdvice = (writeMayHaveApplied: boolean | undefined, ticketId?: string) => {
  if (writeMayHaveApplied !== true) return ""
  return ticketId === undefined
    ? " The change may have been applied before the answer was lost: look the ticket up before trying again."
    : ` The change may have been applied (OTRS's answer names TicketID ${ticketId}): look that ticket up before ` +
      "trying again."
}

export const WebServiceProblem = Schema.Literal(
  "UnknownRoute",
  "HtmlPage",
  "Redirect",
  "RequestRejected",
  "HttpStatus"
)
export type WebServiceProblem = typeof WebServiceProblem.Type

const webServiceAdvice: Record<WebServiceProblem, string> = {
  UnknownRoute: "The web service has no route for this operation, or maps it with another HTTP method (OTRS " +
    "answers both alike): add or fix it in Admin → Web Services, or set the matching OTRS_ROUTE_* variable to the " +
    "route your web service uses.",
  HtmlPage: "OTRS_BASE_URL points at a web page, not at the GenericInterface: it should look like " +
    "https://host/otrs/nph-genericinterface.pl/Webservice/<name>. If it worked before, the page came from a proxy " +
    "or a maintenance page in front of OTRS: retry later.",
  Redirect: "The server redirects this request: set OTRS_BASE_URL to the redirect target (usually the https:// URL).",
  RequestRejected: "OTRS could not read the request body; this is a bug in otrs-mcp, please report it.",
  HttpStatus: "OTRS, or a proxy in front of it, refused the request: check OTRS_BASE_URL and any proxy authentication."
}

/**
 * Advice naming the route's own variable when an error knows it: in place of OTRS_BASE_URL for a request a full-URL
 * route sent elsewhere, and of "the matching OTRS_ROUTE_* variable" for an UnknownRoute.
 */
const forRoute = (advice: string, routeVariable: string | undefined) =>
  routeVariable === undefined
    ? advice
    : advice.replace("the matching OTRS_ROUTE_* variable", routeVariable).replaceAll("OTRS_BASE_URL", routeVariable)

/** A redirect from https to plain http: following it would send the password and SessionIDs unencrypted. */
export const leavesTls = (url: string, location: string | undefined): boolean =>
  /^https:/i.test(url) && location !== undefined && /^http:/i.test(location)

const downgradeAdvice = "The server redirects from https to plain http: keep OTRS_BASE_URL on https and have the " +
  "redirect fixed on the server; following it would send the password and SessionIDs unencrypted."

export class OtrsWebServiceError extends Schema.TaggedError<OtrsWebServiceError>()("OtrsWebServiceError", {
  operation: Schema.String,
  problem: WebServiceProblem,
  method: Schema.String,
  url: Schema.String,
  status: Schema.optional(Schema.Number),
  location: Schema.optional(Schema.String),
  detail: Schema.String,
  /** an HTML page answering a write may stand in for an answer lost after OTRS applied it (see OtrsResponse) */
  writeMayHaveApplied: Schema.optional(Schema.Boolean),
  /**
   * The OTRS_ROUTE_* variable that sets the route (TicketSearch has two, GET and POST), with UnknownRoute and for a
   * route given as a full URL, which the advice then names instead of OTRS_BASE_URL
   */
  routeVariable: Schema.optional(Schema.String)
}) {
  override get message() {
    const target = this.location === undefined ? "" : ` to ${this.location}`
    const general = this.problem === "Redirect" && leavesTls(this.url, this.location)
      ? downgradeAdvice
      : webServiceAdvice[this.problem]
    return `${this.operation}: web service misconfigured (${this.problem}) for ${this.method} ${this.url}` +
      `${target}: ${sentence(this.detail)} ${forRoute(general, this.routeVariable)}` +
      writeAdvice(this.writeMayHaveApplied)
  }
}

export const TransportProblem = Schema.Literal(
  "Dns",
  "Refused",
  "ClosedWithoutAnswer",
  "Certificate",
  "CertificateHost",
  "CertificateDates",
  "NotTls",
  "Other"
)
export type TransportProblem = typeof TransportProblem.Type

const transportAdvice: Record<TransportProblem, string> = {
  Dns: "The host name in OTRS_BASE_URL does not resolve: check its spelling and this machine's DNS.",
  Refused: "Nothing listens at that address and port: check OTRS_BASE_URL and that the web server runs.",
  ClosedWithoutAnswer: "OTRS closed the connection without answering. It does this for an unknown web service name " +
    "(check the /Webservice/<name> part of OTRS_BASE_URL), and a port that speaks only TLS does it to http:// (use " +
    "https://); if this worked before, the server dropped the connection.",
  Certificate: "The server's TLS certificate is not trusted: set OTRS_CA_FILE to the CA bundle that signed it, " +
    "or (only on a trusted network) OTRS_VERIFY_SSL=false.",
  // a CA file cannot help these two
  CertificateHost: "The server's TLS certificate is for another host name: put the name it was issued for in " +
    "OTRS_BASE_URL (otrs-mcp doctor shows the names), or have the certificate reissued.",
  CertificateDates: "The server's TLS certificate has expired or is not valid yet, or this machine's clock is wrong: " +
    "have the certificate renewed, or correct the clock.",
  NotTls: "The server does not speak TLS on that port: if it serves plain http there, use http:// in OTRS_BASE_URL; " +
    "otherwise check the port.",
  Other: "Check that OTRS is running and reachable from this machine (OTRS_BASE_URL), then retry."
}

export class OtrsTransportError extends Schema.TaggedError<OtrsTransportError>()("OtrsTransportError", {
  operation: Schema.String,
  url: Schema.String,
  problem: TransportProblem,
  detail: Schema.String,
  writeMayHaveApplied: Schema.optional(Schema.Boolean),
  /** for a route given as a full URL: its OTRS_ROUTE_* variable, which the advice names instead of OTRS_BASE_URL */
  routeVariable: Schema.optional(Schema.String)
}) {
  override get message() {
    return `${this.operation}: could not reach OTRS at ${this.url}: ${sentence(this.detail)} ` +
      forRoute(transportAdvice[this.problem], this.routeVariable) + writeAdvice(this.writeMayHaveApplied)
  }
}

export class OtrsUnavailable extends Schema.TaggedError<OtrsUnavailable>()("OtrsUnavailable", {
  operation: Schema.String,
  url: Schema.String,
  status: Schema.Number,
  detail: Schema.String,
  /** a proxy's 502/504 or OTRS's own 500 may come after OTRS applied the write */
  writeMayHaveApplied: Schema.optional(Schema.Boolean)
}) {
  override get message() {
    return `${this.operation}: OTRS answered HTTP ${this.status} at ${this.url} (${this.detail}). ` +
      (this.writeMayHaveApplied === true
        ? "The server is failing or overloaded." + writeAdvice(true)
        : "The server is failing or overloaded; retry later.")
  }
}

export class OtrsTimeout extends Schema.TaggedError<OtrsTimeout>()("OtrsTimeout", {
  operation: Schema.String,
  url: Schema.String,
  timeoutMs: Schema.Number,
  writeMayHaveApplied: Schema.optional(Schema.Boolean)
}) {
  override get message() {
    return `${this.operation}: OTRS did not answer within ${this.timeoutMs} ms at ${this.url}. ` +
      "Retry later, or raise OTRS_TIMEOUT_MS if the server is just slow." + writeAdvice(this.writeMayHaveApplied)
  }
}

export class OtrsUnexpectedPayload extends Schema.TaggedError<OtrsUnexpectedPayload>()("OtrsUnexpectedPayload", {
  operation: Schema.String,
  detail: Schema.String,
  /** an unreadable answer to a write still means OTRS received it */
  writeMayHaveApplied: Schema.optional(Schema.Boolean),
  /** the TicketID such an answer names, if any: the ticket to look at */
  ticketId: Schema.optional(Schema.String)
}) {
  override get message() {
    return `${this.operation}: OTRS sent a response otrs-mcp cannot read: ${sentence(this.detail)} ` +
      "Check that the web service uses the stock GenericInterface operations; please report it if it does." +
      writeAdvice(this.writeMayHaveApplied, this.ticketId)
  }
}

export type OtrsError =
  | OtrsAuthError
  | OtrsNotFoundOrDenied
  | OtrsInvalidParameter
  | OtrsOperationError
  | OtrsWebServiceError
  | OtrsTransportError
  | OtrsUnavailable
  | OtrsTimeout
  | OtrsUnexpectedPayload

export const OtrsError = Schema.Union(
  OtrsAuthError,
  OtrsNotFoundOrDenied,
  OtrsInvalidParameter,
  OtrsOperationError,
  OtrsWebServiceError,
  OtrsTransportError,
  OtrsUnavailable,
  OtrsTimeout,
  OtrsUnexpectedPayload
)

/** Errors worth another attempt on an idempotent read. */
export const isTransient = (error: OtrsError): boolean =>
  error._tag === "OtrsUnavailable" ||
  error._tag === "OtrsTimeout" ||
  (error._tag === "OtrsTransportError" && (error.problem === "Refused" || error.problem === "ClosedWithoutAnswer" ||
    error.problem === "Other"))
