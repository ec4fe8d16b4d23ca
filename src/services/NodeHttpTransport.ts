import type { Agent, ClientRequest, IncomingMessage } from "node:http"
import type { Socket } from "node:net"
import { Effect, type Scope } from "effect"
import { nodeHttp, nodeHttps, nodeTls } from "./NodeModules.js"
import type { RawResponse } from "./OtrsResponse.js"
import {
  answerTooLarge,
  MAX_ANSWER_BYTES,
  noAnswerWithin,
  type OtrsRequest,
  transportFailure,
  TransportFailure
} from "./OtrsTransport.js"

/** How to reach OTRS: TLS settings, at most how many connections at once, and how long each step may take. */
interface AgentOptions {
  readonly connections: number
  readonly verifySsl: boolean
  /** A CA bundle (PEM) trusted in addition to Node's public roots. */
  readonly ca: string | undefined
  /**
   * Bounds connecting (TLS handshake included), then waiting for the headers once the request is sent, then the
   * whole body from the headers on.
   */
  readonly timeoutMs: number
}

/** What one request's timers and listeners need to tell its caller. */
type Resume = (outcome: Effect.Effect<RawResponse, TransportFailure>) => void

/**
 * Keep-alive agents of Node's own HTTP client, one per scheme, made by the first request that needs it, for as long
 * as the scope lasts.
 *
 * Node's client, not undici: undici took 65 ms to load with the parts of Node it pulls in (its fetch, HTTP/2, web
 * streams), which the first tool call of every conversation waited for, and made a quarter of the bundle (740 KB)
 * that every start reads; node:http loads in about 5 ms, node:https with TLS in 10 more, and only for https.
 */
export const make = (
  options: AgentOptions
): Effect.Effect<(request: OtrsRequest) => Effect.Effect<RawResponse, TransportFailure>, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(Effect.sync(() => agents(options)), (pool) => Effect.sync(pool.destroy)),
    (pool) => (request) =>
      Effect.async<RawResponse, TransportFailure>((resume) => {
        const exchange = send(request, pool, options.timeoutMs, resume)
        return Effect.sync(exchange.cancel)
      })
  )

/** A scheme's module and its agent. */
interface Client {
  readonly agent: Agent
  readonly request: typeof import("node:http").request
}

const agents = (options: AgentOptions) => {
  const settings = {
    keepAlive: true,
    maxSockets: options.connections,
    // how long an idle socket is kept, unless the server's Keep-Alive header says less (undici's default)
    timeout: 4_000
  }
  const httpClient = (): Client => {
    const { Agent, request } = nodeHttp()
    return { agent: new Agent(settings), request }
  }
  const httpsClient = (): Client => {
    const { Agent, request } = nodeHttps()
    const ca = options.ca === undefined ? {} : { ca: withPublicRoots(options.ca) }
    return { agent: new Agent({ ...settings, rejectUnauthorized: options.verifySsl, ...ca }), request }
  }
  let http: Client | undefined
  let https: Client | undefined
  let closed = false
  /** ends each request still going: destroying an agent would only end its sockets, not the requests queued */
  const closers = new Set<() => void>()
  return {
    forUrl: (url: URL): Client => url.protocol === "https:" ? https ??= httpsClient() : http ??= httpClient(),
    /**
     * Sockets known to be connected (TLS handshake included). Node marks a socket handed over from the agent's free
     * list as reused, but not one handed from a request that just finished to one waiting in its queue.
     */
    established: new WeakSet<Socket>(),
    isClosed: () => closed,
    track: (close: () => void) => {
      closers.add(close)
      return () => closers.delete(close)
    },
    destroy: () => {
      closed = true
      for (const close of closers) close()
      for (const client of [http, https]) {
        if (client === undefined) continue
        // an agent whose socket closes opens another for whoever still waits in its queue, ended requests included
        const queues = client.agent.requests as Record<string, unknown>
        for (const origin of Object.keys(queues)) delete queues[origin]
        client.agent.destroy()
      }
    }
  }
}

type Pool = ReturnType<typeof agents>

/**
 * Sends one request. It is written only once its socket is connected, so that a request cancelled before (while
 * waiting for a socket or for the connection: the caller interrupted, `sending` says so, or the transport closed)
 * goes nowhere.
 */
const send = (request: OtrsRequest, pool: Pool, timeoutMs: number, resume: Resume) => {
  let settled = false
  let written = false
  let timer: NodeJS.Timeout | undefined
  let untrack = () => false
  /** Ends the request's bookkeeping, once: whether it was still going. */
  const finish = () => {
    if (settled) return false
    settled = true
    clearTimeout(timer)
    untrack()
    return true
  }
  const settle: Resume = (outcome) => {
    if (finish()) resume(outcome)
  }
  // before `end` nothing of the request is on the wire: a reset TLS handshake, say, or a host unreachable
  const failedWith = (error: unknown) => transportFailure(error, !written)
  if (pool.isClosed()) {
    settle(Effect.fail(transportClosed(false)))
    return settledAtOnce
  }
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    // not the error itself: it quotes the URL, credentials and all
    settle(Effect.fail(invalidUrl()))
    return settledAtOnce
  }
  const secure = url.protocol === "https:"
  const body = request.body === undefined ? undefined : Buffer.from(request.body, "utf8")
  let outgoing: ClientRequest
  try {
    const client = pool.forUrl(url)
    outgoing = client.request(url, {
      method: request.method,
      agent: client.agent,
      headers: body === undefined ? acceptJson : { ...sendJson, "content-length": body.length }
    })
  } catch (error) {
    // an invalid method or header
    settle(Effect.fail(failedWith(error)))
    return settledAtOnce
  }
  const giveUp = (failure: TransportFailure) => {
    settle(Effect.fail(failure))
    outgoing.destroy()
  }
  const awaitAnswer = () => {
    clearTimeout(timer)
    timer = setTimeout(() => giveUp(noAnswerWithin(timeoutMs)), timeoutMs)
  }
  // written once connected, not when the socket is assigned: a write cancelled while connecting is not sent
  const write = () => {
    if (!mayBeSent(request)) return giveUp(stoppedUnsent())
    awaitAnswer()
    written = true
    outgoing.end(body)
  }
  untrack = pool.track(() => giveUp(transportClosed(written)))
  outgoing.on("error", (error) => settle(Effect.fail(failedWith(error))))
  outgoing.on("socket", (socket) => {
    if (outgoing.reusedSocket || pool.established.has(socket)) return write()
    timer = setTimeout(() => giveUp(notConnected(timeoutMs)), timeoutMs)
    socket.once(secure ? "secureConnect" : "connect", () => {
      pool.established.add(socket)
      write()
    })
  })
  outgoing.on("response", (response) => {
    clearTimeout(timer)
    response.on("error", (error) => settle(Effect.fail(transportFailure(error))))
    if (Number(response.headers["content-length"]) > MAX_ANSWER_BYTES) return giveUp(answerTooLarge())
    timer = setTimeout(() => giveUp(bodyTooSlow(timeoutMs)), timeoutMs)
    receive(response, settle, giveUp)
  })
  return {
    cancel: () => {
      finish()
      outgoing.destroy()
    }
  }
}

/** What `send` returns for a request that failed before it was made. */
const settledAtOnce = { cancel: () => {} }

/** `sending` asked; one that throws stops the request as `false` would, rather than leave it hanging. */
const mayBeSent = (request: OtrsRequest): boolean => {
  try {
    return request.sending?.() !== false
  } catch {
    return false
  }
}

/** Reads the answer's body, giving up past MAX_ANSWER_BYTES. */
const receive = (response: IncomingMessage, settle: Resume, giveUp: (failure: TransportFailure) => void) => {
  const chunks: Array<Buffer> = []
  let size = 0
  response.on("data", (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_ANSWER_BYTES) giveUp(answerTooLarge())
    else chunks.push(chunk)
  })
  response.on("end", () =>
    settle(Effect.succeed({
      status: response.statusCode ?? 0,
      contentType: response.headers["content-type"] ?? "",
      location: response.headers["location"],
      text: Buffer.concat(chunks, size).toString("utf8")
    })))
}

const transportClosed = (written: boolean) =>
  new TransportFailure({
    code: undefined,
    message: "the connections to OTRS were closed (otrs-mcp is stopping)",
    ...(written ? {} : { unsent: true })
  })

const stoppedUnsent = () =>
  new TransportFailure({ code: undefined, message: "the request was cancelled", unsent: true })

const invalidUrl = () =>
  new TransportFailure({ code: undefined, message: "the request's URL is not valid", unsent: true })

const notConnected = (timeoutMs: number) =>
  new TransportFailure({
    code: undefined,
    message: `no connection within ${timeoutMs} ms`,
    timedOut: "connecting"
  })

const bodyTooSlow = (timeoutMs: number) =>
  new TransportFailure({
    code: undefined,
    message: `the answer kept coming too slowly: it did not complete within ${timeoutMs} ms of its headers`,
    timedOut: "answering"
  })

const acceptJson = { accept: "application/json" }
const sendJson = { accept: "application/json", "content-type": "application/json" }

/** OTRS_CA_FILE adds to Node's public roots instead of replacing them (Node's `ca` option replaces them). */
export const withPublicRoots = (ca: string): Array<string> => [...nodeTls().rootCertificates, ca]
