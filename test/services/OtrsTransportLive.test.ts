import { FetchHttpClient } from "@effect/platform"
import { describe, expect, it } from "@effect/vitest"
import { Context, Duration, Effect, Exit, Fiber, Layer, Scope } from "effect"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import { type AddressInfo, createServer as createNetServer, type Server, type Socket } from "node:net"
import { OtrsClient } from "../../src/services/OtrsClient.js"
import { OtrsConfig } from "../../src/services/OtrsConfig.js"
import { OtrsTransportError, type TransportProblem } from "../../src/services/OtrsErrors.js"
import { OtrsTransport, transportProblem } from "../../src/services/OtrsTransport.js"
import { OtrsTransportLive } from "../../src/services/OtrsTransportLive.js"
import * as NodeHttpTransport from "../../src/services/NodeHttpTransport.js"
import { capturedLogs } from "../support/logs.js"
import { listenOnLoopback } from "../support/loopback.js"
import { sessionIds, testConfig, ticketJson } from "./fakeOtrs.js"

interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage["headers"]
  readonly body: string
}

/** A loopback HTTP server for as long as the scope lasts, recording requests; `answer` writes each response. */
const loopback = (answer: (request: IncomingMessage, response: ServerResponse) => void) => {
  const seen: Array<Seen> = []
  let connections = 0
  const server = createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8").on("data", (chunk: string) => body += chunk).on("end", () => {
      seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body })
      answer(request, response)
    })
  })
  server.on("connection", () => connections++)
  return Effect.map(listenOnLoopback(server), (origin) => ({ origin, seen, connections: () => connections }))
}

/** A TCP server on loopback doing `onConnection` with each connection, for as long as the scope lasts; its origin. */
const tcpOnLoopback = (onConnection: (socket: Socket) => void) =>
  Effect.acquireRelease(
    Effect.async<{ readonly server: Server; readonly sockets: Array<Socket> }>((resume) => {
      const sockets: Array<Socket> = []
      const server = createNetServer((socket) => {
        sockets.push(socket)
        onConnection(socket)
      })
      server.listen(0, "127.0.0.1", () => resume(Effect.succeed({ server, sockets })))
    }),
    ({ server, sockets }) =>
      Effect.async<void>((resume) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resume(Effect.void))
      })
  ).pipe(Effect.map(({ server }) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`))

/** Takes connections and says nothing, as a host that drops the TLS handshake. */
const silentOnLoopback = tcpOnLoopback(() => {})

/** The transport for as long as the test's scope lasts. */
const transportWith = (timeout: Duration.DurationInput) =>
  Layer.build(
    OtrsTransportLive.pipe(Layer.provide(Layer.succeed(OtrsConfig, { ...testConfig, timeout: Duration.decode(timeout) })))
  ).pipe(Effect.map(Context.get(OtrsTransport)))

describe("OtrsTransportLive (Node's HTTP client, on loopback)", () => {
  it.scopedLive("sends a GET with its query and reads status, content type and body", () =>
    Effect.gen(function*() {
      const otrs = yield* loopback((_, response) => {
        // capitalised as Apache sends them
        response.writeHead(200, { "Content-Type": "application/json; charset=UTF-8" }).end(`{"TicketID":["1"]}`)
      })
      const transport = yield* transportWith("2 seconds")
      const answer = yield* transport.send({ method: "GET", url: `${otrs.origin}/Ticket?SessionID=s&Title=a+b` })
      expect(answer).toEqual({
        status: 200,
        contentType: "application/json; charset=UTF-8",
        location: undefined,
        text: `{"TicketID":["1"]}`
      })
      expect(otrs.seen[0]).toMatchObject({ method: "GET", url: "/Ticket?SessionID=s&Title=a+b", body: "" })
      expect(otrs.seen[0]?.headers["accept"]).toBe("application/json")
    }))

  it.scopedLive("sends a JSON body, and reports a redirect without following it", () =>
    Effect.gen(function*() {
      const otrs = yield* loopback((_, response) => {
        response.writeHead(301, { Location: "https://elsewhere.test/Session" }).end()
      })
      const transport = yield* transportWith("2 seconds")
      const answer = yield* transport.send({ method: "POST", url: `${otrs.origin}/Session`, body: `{"UserLogin":"a"}` })
      expect(answer).toMatchObject({ status: 301, location: "https://elsewhere.test/Session", text: "" })
      expect(otrs.seen).toHaveLength(1)
      expect(otrs.seen[0]).toMatchObject({ method: "POST", body: `{"UserLogin":"a"}` })
      expect(otrs.seen[0]?.headers["content-type"]).toBe("application/json")
    }))

  it.scopedLive("ends an attempt whose answer does not start within the timeout, to the millisecond", () =>
    Effect.gen(function*() {
      const otrs = yield* loopback(() => {})
      const transport = yield* transportWith("150 millis")
      const started = Date.now()
      const failure = yield* Effect.flip(transport.send({ method: "GET", url: `${otrs.origin}/Ticket/1` }))
      expect(Date.now() - started).toBeLessThan(1_000)
      expect(failure).toMatchObject({ _tag: "TransportFailure", message: "no answer within 150 ms", timedOut: "answering" })
    }))

  it.scopedLive("ends an attempt whose TLS handshake does not finish as not connected: nothing was sent", () =>
    Effect.gen(function*() {
      const origin = yield* silentOnLoopback
      const transport = yield* transportWith("150 millis")
      const failure = yield* Effect.flip(transport.send({ method: "GET", url: `${origin.replace("http:", "https:")}/Ticket/1` }))
      expect(failure).toMatchObject({ message: "no connection within 150 ms", timedOut: "connecting" })
    }))

  it.scopedLive("aborts a request whose caller is interrupted: OTRS sees the connection close", () =>
    Effect.gen(function*() {
      let closed = false
      const otrs = yield* loopback((_, response) => {
        response.on("close", () => closed = true)
      })
      const transport = yield* transportWith("30 seconds")
      const fiber = yield* Effect.fork(transport.send({ method: "GET", url: `${otrs.origin}/Ticket/1` }))
      while (otrs.seen.length === 0) yield* Effect.sleep("10 millis")
      yield* Fiber.interrupt(fiber)
      for (let wait = 0; wait < 100 && !closed; wait++) yield* Effect.sleep("10 millis")
      expect(closed).toBe(true)
    }))

  it.scopedLive("times a request that waited for a busy socket from its sending: its answer, not a connection", () =>
    Effect.gen(function*() {
      const otrs = yield* loopback((request, response) => {
        setTimeout(() => response.end("{}"), request.url === "/second" ? 300 : 0)
      })
      const send = yield* NodeHttpTransport.make({ connections: 1, verifySsl: true, ca: undefined, timeoutMs: 150 })
      const [first, second] = yield* Effect.all([
        send({ method: "POST", url: `${otrs.origin}/first`, body: "{}" }),
        Effect.flip(send({ method: "POST", url: `${otrs.origin}/second`, body: "{}" }))
      ], { concurrency: "unbounded" })
      expect(first.text).toBe("{}")
      // "connecting" would say it was never sent, which a write's caller takes as safe to send again
      expect(second).toMatchObject({ message: "no answer within 150 ms", timedOut: "answering" })
      expect(otrs.seen.map((seen) => seen.url)).toEqual(["/first", "/second"])
    }))

  it.scopedLive("when its scope closes, ends the requests waiting for a socket, unsent", () =>
    Effect.gen(function*() {
      const held: Array<ServerResponse> = []
      const otrs = yield* loopback((_, response) => held.push(response))
      const scope = yield* Scope.make()
      const send = yield* NodeHttpTransport.make({ connections: 1, verifySsl: true, ca: undefined, timeoutMs: 5_000 })
        .pipe(Scope.extend(scope))
      const calls = yield* Effect.forEach(
        ["/held", "/queued1", "/queued2"],
        (path) => Effect.fork(Effect.flip(send({ method: "GET", url: `${otrs.origin}${path}` })))
      )
      yield* waitFor(() => held.length === 1)
      yield* Scope.close(scope, Exit.void)
      const failures = yield* Effect.forEach(calls, Fiber.join)
      expect(failures.map((failure) => failure.message)).toEqual(
        Array(3).fill("the connections to OTRS were closed (otrs-mcp is stopping)")
      )
      // the one OTRS got may have been applied, the others never left
      expect(failures.map((failure) => failure.unsent)).toEqual([undefined, true, true])
      yield* Effect.sleep("100 millis")
      expect(otrs.seen.map((seen) => seen.url)).toEqual(["/held"])
      // not even a connection for the requests that waited
      expect(otrs.connections()).toBe(1)
      // and later requests are refused at once
      const late = yield* Effect.flip(send({ method: "GET", url: `${otrs.origin}/late` }))
      expect(late.message).toBe("the connections to OTRS were closed (otrs-mcp is stopping)")
    }))

  it.scopedLive("asks `sending` once connected: a request cancelled while connecting is not sent", () =>
    Effect.gen(function*() {
      const origin = yield* silentOnLoopback
      let asked = 0
      const send = yield* NodeHttpTransport.make({ connections: 1, verifySsl: true, ca: undefined, timeoutMs: 150 })
      const failure = yield* Effect.flip(send({
        method: "POST",
        url: `${origin.replace("http:", "https:")}/Ticket`,
        body: "{}",
        sending: () => ++asked > 0
      }))
      expect(failure).toMatchObject({ timedOut: "connecting" })
      expect(asked).toBe(0)
    }))

  it.scopedLive("stops a request unsent when `sending` throws", () =>
    Effect.gen(function*() {
      const otrs = yield* loopback((_, response) => response.end("{}"))
      const transport = yield* NodeHttpTransport.make({ connections: 1, verifySsl: true, ca: undefined, timeoutMs: 500 })
      const failure = yield* Effect.flip(transport({
        method: "POST",
        url: `${otrs.origin}/Ticket`,
        body: "{}",
        sending: () => {
          throw new Error("boom")
        }
      }))
      expect(failure).toMatchObject({ message: "the request was cancelled", unsent: true })
      yield* Effect.sleep("50 millis")
      expect(otrs.seen).toEqual([])
    }))

  it.scopedLive("says a request whose connection broke before it was written never left", () =>
    Effect.gen(function*() {
      // takes the connection and cuts it, as a host that drops the TLS handshake
      const origin = yield* tcpOnLoopback((socket) => socket.resetAndDestroy())
      const transport = yield* transportWith("2 seconds")
      const failure = yield* Effect.flip(
        transport.send({ method: "POST", url: `${origin.replace("http:", "https:")}/Ticket`, body: "{}" })
      )
      expect(failure).toMatchObject({ code: "ECONNRESET", unsent: true })
    }))

  it.scopedLive("refuses an invalid URL without quoting it", () =>
    Effect.gen(function*() {
      const transport = yield* transportWith("2 seconds")
      const failure = yield* Effect.flip(transport.send({ method: "GET", url: "http://[bad/Ticket?Password=secret" }))
      expect(failure.message).toBe("the request's URL is not valid")
      expect(JSON.stringify(failure)).not.toContain("secret")
    }))

  it.scopedLive("names a refused connection by its code, without the URL", () =>
    Effect.gen(function*() {
      const transport = yield* transportWith("2 seconds")
      const failure = yield* Effect.flip(transport.send({ method: "GET", url: "http://127.0.0.1:9/Ticket/1?SessionID=s" }))
      expect(failure.code).toBe("ECONNREFUSED")
      expect(failure.timedOut).toBeUndefined()
      expect(failure.unsent).toBe(true)
      expect(failure.detail).not.toContain("SessionID")
    }))

  it.scopedLive("says in a few words that an https URL points at a port that answers in plain http", () =>
    Effect.gen(function*() {
      const otrs = yield* loopback((_, response) => response.end("{}"))
      const transport = yield* transportWith("2 seconds")
      const failure = yield* Effect.flip(transport.send({ method: "GET", url: `${otrs.origin.replace("http:", "https:")}/Ticket/1` }))
      expect(failure.detail).toBe("ERR_SSL_WRONG_VERSION_NUMBER: wrong version number")
      expect(transportProblem(failure.code, failure.message)).toBe("NotTls")
    }))

  it("tells a certificate for another host or an expired one from an untrusted one, which a CA file fixes", () => {
    const codes = ["SELF_SIGNED_CERT_IN_CHAIN", "ERR_TLS_CERT_ALTNAME_INVALID", "CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]
    const problems = codes.map((code) => transportProblem(code, ""))
    expect(problems).toEqual(["Certificate", "CertificateHost", "CertificateDates", "CertificateDates"])
    const advice = (problem: TransportProblem) =>
      new OtrsTransportError({ operation: "TicketGet", url: "https://otrs.test", problem, detail: "" }).message
    expect(advice("CertificateHost")).toContain("put the name it was issued for in OTRS_BASE_URL")
    expect(advice("CertificateDates")).toContain("has expired or is not valid yet, or this machine's clock is wrong")
    expect(advice("CertificateHost") + advice("CertificateDates")).not.toContain("OTRS_CA_FILE")
  })
})

/**
 * OTRS behind the loopback: logs in and reads tickets; TicketCreate requests go to `create`, and with `holdTicket1`,
 * TicketGet requests for ticket 1 too, to be answered later.
 */
const otrsOnLoopback = (create: (response: ServerResponse) => void, holdTicket1?: (response: ServerResponse) => void) =>
  loopback((request, response) => {
    if (request.method === "POST" && request.url === `${webServicePath}/Ticket`) return create(response)
    if (holdTicket1 !== undefined && request.url?.startsWith(`${webServicePath}/Ticket/1?`)) return holdTicket1(response)
    if (request.method === "POST") return json(response, { SessionID: sessionIds[0] })
    json(response, { Ticket: [ticketJson(Number(/\/Ticket\/(\d+)/.exec(request.url ?? "")?.[1]))] })
  })

const webServicePath = "/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"

const json = (response: ServerResponse, body: unknown) =>
  response.writeHead(200, { "Content-Type": "application/json; charset=UTF-8" }).end(JSON.stringify(body))

const created = { TicketID: "9", TicketNumber: "2026112410000091", ArticleID: 20 }

const newTicket = {
  Ticket: { Title: "t", CustomerUser: "customer1" },
  Article: { Subject: "s", Body: "b", ContentType: "text/plain; charset=utf8" }
}

const isCreate = (seen: Seen) => seen.method === "POST" && seen.url === `${webServicePath}/Ticket`

/** The client over `transport` for as long as the test's scope lasts, against OTRS at `origin`. */
const clientOver = (
  origin: string,
  timeout: Duration.DurationInput,
  transport: Layer.Layer<OtrsTransport, unknown, OtrsConfig> = OtrsTransportLive
) =>
  Layer.build(
    OtrsClient.layerWithTransport.pipe(
      Layer.provide(transport),
      Layer.provide(
        Layer.succeed(OtrsConfig, { ...testConfig, baseUrl: `${origin}${webServicePath}`, timeout: Duration.decode(timeout) })
      )
    )
  ).pipe(Effect.map(Context.get(OtrsClient)))


describe("a route given as a full URL (OtrsClient over Node's HTTP client, on loopback)", () => {
  it.scopedLive("names its OTRS_ROUTE_* variable, not OTRS_BASE_URL, in the advice when it cannot be reached", () =>
    Effect.gen(function*() {
      const otrs = yield* otrsOnLoopback((response) => json(response, created))
      const cmdb = "http://127.0.0.1:9/otrs/nph-genericinterface.pl/Webservice/Cmdb/ConfigItem/Search"
      const client = yield* Layer.build(
        OtrsClient.layerWithTransport.pipe(
          Layer.provide(OtrsTransportLive),
          Layer.provide(Layer.succeed(OtrsConfig, {
            ...testConfig,
            baseUrl: `${otrs.origin}${webServicePath}`,
            retries: 0,
            routes: { ...testConfig.routes, ConfigItemSearch: { method: "POST", path: cmdb } }
          }))
        )
      ).pipe(Effect.map(Context.get(OtrsClient)))
      const error = yield* Effect.flip(client.configItemSearch({ Class: "Computer" }))
      expect(error).toMatchObject({
        _tag: "OtrsTransportError",
        problem: "Refused",
        routeVariable: "OTRS_ROUTE_CONFIG_ITEM_SEARCH"
      })
      expect(error.message).toContain("check OTRS_ROUTE_CONFIG_ITEM_SEARCH and that the web server runs")
      expect(error.message).not.toContain("OTRS_BASE_URL")
    }))
})

/** OTRS creating the ticket and answering 400 ms later; `answered` once its answer was read to the end. */
const answeringLate = () => {
  let answered = false
  return {
    answered: () => answered,
    answer: (response: ServerResponse) => {
      response.on("finish", () => answered = true)
      setTimeout(() => json(response, created), 400)
    }
  }
}

describe("OtrsTransport.fromHttpClient over fetch (on loopback)", () => {
  it.scopedLive("reports a redirect without following it, as fetch would", () =>
    Effect.gen(function*() {
      const otrs = yield* loopback((request, response) => {
        if (request.url === "/Session") response.writeHead(302, { Location: "/elsewhere" }).end()
        else response.writeHead(200, { "Content-Type": "application/json" }).end(`{"SessionID":"taken"}`)
      })
      const transport = yield* Layer.build(
        OtrsTransport.fromHttpClient.pipe(
          Layer.provide(Layer.merge(FetchHttpClient.layer, Layer.succeed(OtrsConfig, testConfig)))
        )
      ).pipe(Effect.map(Context.get(OtrsTransport)))
      const answer = yield* transport.send({ method: "POST", url: `${otrs.origin}/Session`, body: `{"UserLogin":"a"}` })
      expect(answer).toMatchObject({ status: 302, location: "/elsewhere" })
      expect(otrs.seen.map((seen) => seen.url)).toEqual(["/Session"])
    }))
})

const waitFor = (done: () => boolean) => Effect.repeat(Effect.sleep("5 millis"), { until: done })

/** Logged at once when the caller of a sent write is interrupted: a host may kill the server before the answer. */
const awaited = "WARN TicketCreate was sent to OTRS before its call was cancelled: OTRS may apply it, and its answer " +
  "is awaited and logged; if the server is stopped first, look the ticket up before trying again"

const applied = "WARN TicketCreate finished after its call was cancelled: OTRS applied it (TicketID 9, " +
  "TicketNumber 2026112410000091, ArticleID 20)"

describe("a write whose caller is interrupted (OtrsClient over Node's HTTP client, on loopback)", () => {
  for (const timeout of ["5 seconds", "1 second"] as const) {
    it.scopedLive(`once sent, it runs to its answer and the outcome is logged (OTRS_TIMEOUT_MS ${timeout})`, () => {
      const { lines, logger } = capturedLogs()
      return Effect.gen(function*() {
        const late = answeringLate()
        const otrs = yield* otrsOnLoopback(late.answer)
        const client = yield* clientOver(otrs.origin, timeout)
        const call = yield* Effect.fork(client.ticketCreate(newTicket))
        yield* waitFor(() => otrs.seen.some(isCreate))

        const exit = yield* Fiber.interrupt(call)
        expect(Exit.isInterrupted(exit)).toBe(true)
        // the interrupted caller waited for OTRS's answer, which was read to its end
        expect(late.answered()).toBe(true)
        expect(otrs.seen.filter(isCreate)).toHaveLength(1)
        expect(lines.filter((line) => line.startsWith("WARN"))).toEqual([awaited, applied])
      }).pipe(Effect.provide(logger))
    }, 10_000)
  }

  for (const [timeout, shown] of [["300 millis", "300 ms"], ["2 seconds", "2000 ms"]] as const) {
    it.scopedLive(`once sent, it holds its caller no longer than the timeout (${shown}), and says it may have applied`, () => {
      const { lines, logger } = capturedLogs()
      return Effect.gen(function*() {
        let closed = false
        const otrs = yield* otrsOnLoopback((response) => response.on("close", () => closed = true))
        const client = yield* clientOver(otrs.origin, timeout)
        const call = yield* Effect.fork(client.ticketCreate(newTicket))
        yield* waitFor(() => otrs.seen.some(isCreate))

        const exit = yield* Fiber.interrupt(call)
        expect(Exit.isInterrupted(exit)).toBe(true)
        // logged once the transport's timer ended the request, which the caller waited for
        const warning = lines.find((line) => line.startsWith("WARN TicketCreate finished after its call was cancelled"))
        expect(warning).toContain(`and failed: TicketCreate: OTRS did not answer within ${shown}`)
        expect(warning).toContain("may have been applied")
        yield* waitFor(() => closed).pipe(Effect.timeout("1 second"))
      }).pipe(Effect.provide(logger))
    }, 10_000)
  }

  it.scopedLive("at shutdown, closing the client waits for a write that was sent instead of cutting its socket", () => {
    const { lines, logger } = capturedLogs()
    return Effect.gen(function*() {
      const late = answeringLate()
      const otrs = yield* otrsOnLoopback(late.answer)
      const scope = yield* Scope.make()
      const client = yield* clientOver(otrs.origin, "5 seconds").pipe(Scope.extend(scope))
      const call = yield* Effect.fork(client.ticketCreate(newTicket))
      yield* waitFor(() => otrs.seen.some(isCreate))

      // as the MCP server stops: its calls are interrupted without being waited for, and the layers close
      yield* Fiber.interruptFork(call)
      yield* Scope.close(scope, Exit.void)
      expect(late.answered()).toBe(true)
      expect(lines.filter((line) => line.startsWith("WARN"))).toEqual([awaited, applied])
    }).pipe(Effect.provide(logger))
  })

  it.scopedLive("while it waits for a socket, it is cancelled at once and never sent", () => {
    const { lines, logger } = capturedLogs()
    return Effect.gen(function*() {
      const held: Array<ServerResponse> = []
      const otrs = yield* otrsOnLoopback((response) => json(response, created), (response) => held.push(response))
      // one socket, which a read that OTRS holds keeps busy
      const oneSocket = Layer.scoped(
        OtrsTransport,
        Effect.map(
          NodeHttpTransport.make({ connections: 1, verifySsl: true, ca: undefined, timeoutMs: 5_000 }),
          (send) => ({ send })
        )
      )
      const client = yield* clientOver(otrs.origin, "5 seconds", oneSocket)
      yield* client.ticketGet({ ticketIds: [2] })
      const read = yield* Effect.fork(client.ticketGet({ ticketIds: [1] }))
      yield* waitFor(() => held.length === 1)
      const call = yield* Effect.fork(client.ticketCreate(newTicket))
      yield* Effect.sleep("50 millis")

      const exit = yield* Fiber.interrupt(call).pipe(Effect.timeout("200 millis"))
      expect(Exit.isInterrupted(exit)).toBe(true)
      json(held[0]!, { Ticket: [ticketJson(1)] })
      yield* Fiber.join(read)
      yield* Effect.sleep("100 millis")
      expect(otrs.seen.filter(isCreate)).toEqual([])
      expect(lines.filter((line) => line.startsWith("WARN"))).toEqual([])
      // the socket serves the next write
      expect(yield* client.ticketCreate(newTicket)).toMatchObject({ ticketId: 9, articleId: 20 })
    }).pipe(Effect.provide(logger))
  })
})
