import { deserializeMessage, type JSONRPCMessage, ProtocolErrorCode } from "@modelcontextprotocol/server"
import { StdioServerTransport } from "@modelcontextprotocol/server/stdio"
import { edgesOf, type OversizeLine, RequestLines, requestId } from "./RequestLines.js"

/**
 * The largest request read: a create_ticket or update_ticket with the most attachments they accept (20 MiB in all,
 * 26.7 MiB as base64, see MAX_ATTACHMENTS_TOTAL_BYTES) and its text. The SDK's own reader, which this transport
 * replaces, stopped at 10 MB, below what those tools accept, and closed the connection.
 */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024

/**
 * How long the server waits, after answering a request other than initialize, for the next one before it calls the
 * connection idle: a host that asks for its lists one after another sends the next within a few milliseconds.
 */
export const IDLE_AFTER_MS = 50

/** How long the requests read before stdin ended may take to be answered before the server stops anyway. */
const ANSWER_AFTER_EOF_MS = 60_000

type RequestId = string | number

interface TransportAnswer {
  readonly jsonrpc: "2.0"
  readonly id: RequestId | null
  readonly error: { readonly code: number; readonly message: string }
}

/**
 * The SDK's stdio transport, with four changes:
 * - stdin is read through RequestLines: requests up to MAX_REQUEST_BYTES, each joined once, and a longer one refused
 *   with a JSON-RPC error (under its id when it can be told) while the server goes on;
 * - a line that is no JSON-RPC message is answered with a JSON-RPC error (parse error, or invalid request), under its
 *   id when one can be told and no request with it waits for an answer;
 * - when stdin ends, the requests already read are answered before the connection closes (the SDK closes at once,
 *   which dropped their answers, and cut short a ticket being created): a client may write its requests and close
 *   stdin, and wait for the answers (a 2026-07-28 subscription, which the SDK answers only at close, is not waited
 *   for);
 * - stdout may hold back any number of answers without Node reporting a memory leak.
 * `onClosed` tells when the connection is over: after stdin ended and its requests were answered, or on shutdown.
 * `onIdle` is called once, the first time IDLE_AFTER_MS pass with every request answered (a subscription aside) after
 * one other than the handshake's was: when a host has its lists (tools/list, resources/list, ...) and waits for its
 * user.
 */
export class StdioTransport extends StdioServerTransport {
  /** by id, how many requests with it wait for their answer: a client may reuse an id before it was answered */
  private readonly unanswered = new Map<RequestId, number>()
  private readonly lines: RequestLines
  private inputEnded = false
  /** past the handshake (see `busy`), or done: idle was called, or the connection closed first */
  private idleState: "handshake" | "serving" | "done" = "handshake"
  private idleTimer: NodeJS.Timeout | undefined

  constructor(private readonly onClosed: () => void, private readonly onIdle: () => void = () => {}) {
    const input = process.stdin
    const lines = new RequestLines(MAX_REQUEST_BYTES)
    super(lines, process.stdout)
    this.lines = lines
    lines.on("oversize", (line: OversizeLine) => this.refuse(line))
    // RequestLines hands over one whole line per chunk, read here instead of by the SDK, which skips a line that is
    // no JSON-RPC message without a word, leaving its sender waiting for an answer
    this._ondata = (line: Buffer) => this.read(line)
    // the end of stdin reaches the SDK (which then closes the connection) only once the requests are answered
    input.pipe(lines, { end: false })
    input.once("error", (error) => lines.destroy(error))
    input.once("close", () => {
      if (!input.readableEnded) lines.destroy()
    })
    // after the last lines went through RequestLines and read(): their requests are known by then
    input.once("end", () => {
      // a last request without a newline is read too
      lines.write("\n")
      setImmediate(() => {
        this.inputEnded = true
        this.endInputWhenAnswered()
        setTimeout(() => this.giveUp(), ANSWER_AFTER_EOF_MS).unref()
      })
    })
    // The SDK's send() waits for 'drain' (and watches 'error') once per answer that stdout holds back, and removes
    // both when it drains. With more than ten held back (a client reading slowly, many calls in flight), Node would
    // report a possible memory leak on stderr, which MCP hosts show in their logs.
    process.stdout.setMaxListeners(0)
  }

  // Requests, notifications and answers are told apart by their members: the messages are valid JSON-RPC (read()
  // checked them), and the SDK's isJSONRPCRequest and the like would parse each one again with zod.
  override async start() {
    const deliver = this.onmessage
    this.onmessage = (message) => {
      if ("method" in message && "id" in message) {
        // a subscription is answered only when the connection closes: it waits for no answer
        if (message.method !== "subscriptions/listen") {
          this.unanswered.set(message.id, (this.unanswered.get(message.id) ?? 0) + 1)
          this.busy(message.method)
        }
      } else if ("method" in message && message.method === "notifications/cancelled") {
        // a cancelled request gets no answer
        this.answered(message.params?.["requestId"] as RequestId)
        this.awaitIdle()
      }
      deliver?.(message)
    }
    return super.start()
  }

  override async send(message: JSONRPCMessage) {
    await super.send(message)
    if (!("method" in message) && "id" in message) {
      this.answered(message.id)
      this.awaitIdle()
    }
  }

  override async close() {
    clearTimeout(this.idleTimer)
    this.idleState = "done"
    await super.close()
    this.onClosed()
  }

  /** A request came: not idle; past the handshake unless it is one (initialize, or 2026-07-28's server/discover). */
  private busy(method: string) {
    clearTimeout(this.idleTimer)
    if (this.idleState === "handshake" && method !== "initialize" && method !== "server/discover") {
      this.idleState = "serving"
    }
  }

  private awaitIdle() {
    if (this.idleState !== "serving" || this.unanswered.size > 0) return
    clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => {
      this.idleState = "done"
      this.onIdle()
    }, IDLE_AFTER_MS).unref()
  }

  private read(line: Buffer) {
    const text = line.toString("utf8").trim()
    if (text === "") return
    let message: JSONRPCMessage
    try {
      message = deserializeMessage(text)
    } catch (error) {
      this.refuseMalformed(text, error)
      return
    }
    // as the SDK's own reader does: what handling a message throws is reported, and the next line is read
    try {
      this.onmessage?.(message)
    } catch (error) {
      this.onerror?.(error instanceof Error ? error : new Error(String(error)))
    }
  }

  /** Answers a line that is no JSON-RPC message (with id null, as JSON-RPC says, unless `answerable` tells one). */
  private refuseMalformed(text: string, error: unknown) {
    const json = !(error instanceof SyntaxError)
    const value: unknown = json ? JSON.parse(text) : undefined
    const id = json ? idOf(value) : requestId(edgesOf(text))
    const message = json ? invalidRequest(value) : "Parse error: the line is not valid JSON"
    this.onerror?.(new Error(`answered a line from the client with an error: ${message}`))
    const code = json ? ProtocolErrorCode.InvalidRequest : ProtocolErrorCode.ParseError
    this.write({ jsonrpc: "2.0", id: this.answerable(id), error: { code, message } })
  }

  /**
   * The id a refusal goes under, so that its sender does not wait forever: null when none can be told, or when a
   * request with that id waits for its answer, for which the refusal would be taken.
   */
  private answerable(id: RequestId | undefined): RequestId | null {
    return id === undefined || this.unanswered.has(id) ? null : id
  }

  private answered(id: RequestId | undefined) {
    if (id === undefined) return
    const waiting = this.unanswered.get(id) ?? 0
    if (waiting > 1) this.unanswered.set(id, waiting - 1)
    else this.unanswered.delete(id)
    this.endInputWhenAnswered()
  }

  private endInputWhenAnswered() {
    if (this.inputEnded && this.unanswered.size === 0) this.endInput()
  }

  private endInput() {
    if (!this.lines.writableEnded) this.lines.end()
  }

  /** Ends the connection ANSWER_AFTER_EOF_MS after stdin did, answering what is still unanswered with an error. */
  private giveUp() {
    if (this.unanswered.size > 0) {
      const ids = [...this.unanswered.keys()]
      const message = `otrs-mcp stopped ${ANSWER_AFTER_EOF_MS / 1000} s after stdin closed, before this request ` +
        "was answered (OTRS_TIMEOUT_MS may be longer than that)"
      const listed = ids.length > 10 ? `${ids.slice(0, 10).join(", ")}, ...` : ids.join(", ")
      this.onerror?.(new Error(`${ids.length} request(s) unanswered when the server stopped: ids ${listed}`))
      for (const id of ids) this.write({ jsonrpc: "2.0", id, error: { code: ProtocolErrorCode.InternalError, message } })
    }
    this.endInput()
  }

  private refuse(line: OversizeLine) {
    const message = `the request has ${megabytes(line.bytes)}, more than the ${megabytes(MAX_REQUEST_BYTES)} ` +
      "otrs-mcp reads; send large attachments in several calls"
    this.onerror?.(new Error(`refused a request: ${message}`))
    const code = ProtocolErrorCode.InvalidRequest
    this.write({ jsonrpc: "2.0", id: this.answerable(requestId(line)), error: { code, message } })
  }

  /**
   * An answer of the transport's own, to a line no request was counted for: sent past `send`, which would count
   * it as the answer of a request with the same id.
   */
  private write(answer: TransportAnswer) {
    super.send(answer as JSONRPCMessage).catch((error) => this.onerror?.(error as Error))
  }
}

const idOf = (value: unknown): RequestId | undefined => {
  const id = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined
  return typeof id === "string" || typeof id === "number" ? id : undefined
}

/** What is wrong with JSON that is no JSON-RPC message: most often params by position, which MCP does not take. */
const invalidRequest = (value: unknown): string => {
  const params = typeof value === "object" && value !== null ? (value as { params?: unknown }).params : undefined
  if (params !== undefined && (typeof params !== "object" || params === null || Array.isArray(params))) {
    const given = Array.isArray(params) ? "an array (params by position)" : params === null ? "null" : typeof params
    return `Invalid Request: MCP takes params as an object of named values, not ${given}`
  }
  return "Invalid Request: not a JSON-RPC 2.0 message (jsonrpc \"2.0\" with a method, or an answer with a result " +
    "or an error)"
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
