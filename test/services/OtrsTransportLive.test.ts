import { describe, expect, it } from "@effect/vitest"
import { Context, Duration, Effect, Fiber, Layer } from "effect"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { OtrsConfig } from "../../src/services/OtrsConfig.js"
import { OtrsTransport } from "../../src/services/OtrsTransport.js"
import { transportProblem } from "../../src/services/OtrsResponse.js"
import { OtrsTransportLive } from "../../src/services/OtrsTransportLive.js"
import { testConfig } from "./fakeOtrs.js"

interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage["headers"]
  readonly body: string
}

/** A loopback HTTP server for as long as the scope lasts, recording requests; `answer` writes each response. */
const loopback = (answer: (request: IncomingMessage, response: ServerResponse) => void) => {
  const seen: Array<Seen> = []
  const server = createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8").on("data", (chunk: string) => body += chunk).on("end", () => {
      seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body })
      answer(request, response)
    })
  })
  return Effect.acquireRelease(
    Effect.async<void>((resume) => {
      server.listen(0, "127.0.0.1", () => resume(Effect.void))
    }),
    () =>
      Effect.async<void>((resume) => {
        server.closeAllConnections()
        server.close(() => resume(Effect.void))
      })
  ).pipe(Effect.map(() => ({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen })))
}

/** The transport for as long as the test's scope lasts. */
const transportWith = (timeout: Duration.DurationInput) =>
  Layer.build(
    OtrsTransportLive.pipe(Layer.provide(Layer.succeed(OtrsConfig, { ...testConfig, timeout: Duration.decode(timeout) })))
  ).pipe(Effect.map(Context.get(OtrsTransport)))

describe("OtrsTransportLive (undici, on loopback)", () => {
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

  it.scopedLive("ends an attempt after a timeout below undici's resolution with Effect's timer", () =>
    Effect.gen(function*() {
      const otrs = yield* loopback(() => {})
      const transport = yield* transportWith("150 millis")
      const failure = yield* Effect.flip(transport.send({ method: "GET", url: `${otrs.origin}/Ticket/1` }))
      expect(failure).toMatchObject({ _tag: "TransportFailure", timedOut: "answering" })
    }))

  it.scopedLive("ends an attempt with undici's own timer from 2000 ms up", () =>
    Effect.gen(function*() {
      const otrs = yield* loopback(() => {})
      const transport = yield* transportWith("2 seconds")
      const failure = yield* Effect.flip(transport.send({ method: "GET", url: `${otrs.origin}/Ticket/1` }))
      expect(failure).toMatchObject({ _tag: "TransportFailure", code: "UND_ERR_HEADERS_TIMEOUT", timedOut: "answering" })
    }), 10_000)

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

  it.scopedLive("names a refused connection by its code, without the URL", () =>
    Effect.gen(function*() {
      const transport = yield* transportWith("2 seconds")
      const failure = yield* Effect.flip(transport.send({ method: "GET", url: "http://127.0.0.1:9/Ticket/1?SessionID=s" }))
      expect(failure.code).toBe("ECONNREFUSED")
      expect(failure.timedOut).toBeUndefined()
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
})
