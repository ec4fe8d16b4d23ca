import { describe, expect, it } from "@effect/vitest"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Context, Duration, Effect, Layer } from "effect"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import { OtrsClient } from "../../src/services/OtrsClient.js"
import { OtrsConfig } from "../../src/services/OtrsConfig.js"
import { MAX_ANSWER_BYTES, OtrsTransport } from "../../src/services/OtrsTransport.js"
import { OtrsTransportLive } from "../../src/services/OtrsTransportLive.js"
import { listenOnLoopback } from "../support/loopback.js"
import { password, sessionIds, testConfig, ticketJson } from "./fakeOtrs.js"

/**
 * Answers that would otherwise hold a call, or the memory, without bound: a body that keeps coming a byte at a time
 * (a timeout per pause would never end it), and a body larger than MAX_ANSWER_BYTES.
 */

const webServicePath = "/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"

/** How OTRS answers one request. */
type Answer = (request: IncomingMessage, response: ServerResponse) => void

interface Otrs {
  readonly origin: string
  readonly requests: Array<string>
  /** answers whose connection closed before the whole body was sent: the client gave up on them */
  readonly cutOff: () => number
}

/**
 * OTRS on loopback for as long as the scope lasts: logs in and reads tickets, but hands TicketGet 1 and TicketCreate
 * to `special`.
 */
const otrsOnLoopback = (special: Answer) => {
  const requests: Array<string> = []
  let cutOff = 0
  const server = createServer((request, response) => {
    request.resume().on("end", () => {
      const path = request.url?.replace(/\?.*/, "") ?? ""
      requests.push(`${request.method} ${path}`)
      response.on("close", () => {
        if (!response.writableFinished) cutOff++
      })
      if (path === `${webServicePath}/Ticket/1` || (request.method === "POST" && path === `${webServicePath}/Ticket`)) {
        return special(request, response)
      }
      if (request.method === "POST") return json(response, { SessionID: sessionIds[0] })
      json(response, { Ticket: [ticketJson(Number(/\/Ticket\/(\d+)/.exec(path)?.[1]))] })
    })
  })
  return Effect.map(listenOnLoopback(server), (origin): Otrs => ({ origin, requests, cutOff: () => cutOff }))
}

const json = (response: ServerResponse, body: unknown) =>
  response.writeHead(200, { "Content-Type": "application/json; charset=UTF-8" }).end(JSON.stringify(body))

/** Headers at once, then a byte every 200 ms, for ever. */
const drip: Answer = (_, response) => {
  response.writeHead(200, { "Content-Type": "application/json; charset=UTF-8" }).write("{")
  const timer = setInterval(() => response.write(" "), 200)
  response.on("close", () => clearInterval(timer))
}

/** `bytes` of JSON whitespace, a MiB at a time as the socket takes them, never all in memory. */
const flood = (bytes: number, declared = false): Answer => (_, response) => {
  response.writeHead(200, {
    "Content-Type": "application/json; charset=UTF-8",
    ...(declared ? { "Content-Length": String(bytes) } : {})
  })
  const chunk = Buffer.alloc(1024 * 1024, " ")
  let sent = 0
  const more = () => {
    while (sent < bytes && !response.destroyed) {
      const size = Math.min(chunk.length, bytes - sent)
      sent += size
      if (!response.write(chunk.subarray(0, size))) return void response.once("drain", more)
    }
    if (!response.destroyed) response.end()
  }
  more()
}

const configFor = (otrs: Otrs, timeout: Duration.DurationInput, retries = 0) =>
  Layer.succeed(OtrsConfig, {
    ...testConfig,
    baseUrl: `${otrs.origin}${webServicePath}`,
    timeout: Duration.decode(timeout),
    retries
  })

const transportOver = (
  otrs: Otrs,
  timeout: Duration.DurationInput,
  transport: Layer.Layer<OtrsTransport, unknown, OtrsConfig> = OtrsTransportLive
) => Layer.build(transport.pipe(Layer.provide(configFor(otrs, timeout)))).pipe(Effect.map(Context.get(OtrsTransport)))

const clientOver = (otrs: Otrs, timeout: Duration.DurationInput, retries = 0) =>
  Layer.build(
    OtrsClient.layerWithTransport.pipe(
      Layer.provide(OtrsTransportLive),
      Layer.provide(configFor(otrs, timeout, retries))
    )
  ).pipe(Effect.map(Context.get(OtrsClient)))

const newTicket = {
  Ticket: { Title: "t", CustomerUser: "customer1" },
  Article: { Subject: "s", Body: "b", ContentType: "text/plain; charset=utf8" }
}

const ticket1 = (otrs: Otrs) => `${otrs.origin}${webServicePath}/Ticket/1`

const count = (otrs: Otrs, request: string) => otrs.requests.filter((seen) => seen === request).length
const ticketGet1 = `GET ${webServicePath}/Ticket/1`
const ticketCreate = `POST ${webServicePath}/Ticket`
const sessionCreate = `POST ${webServicePath}/Session`

/** The session still serves: ticket 2 reads at once, without a new login. */
const expectServing = (otrs: Otrs, client: OtrsClient["Type"]) =>
  Effect.gen(function*() {
    const logins = count(otrs, sessionCreate)
    expect(yield* client.ticketGet({ ticketIds: [2] })).toMatchObject([{ id: 2 }])
    expect(count(otrs, sessionCreate)).toBe(logins)
  })

const expectNoSecret = (message: string) => {
  expect(message).not.toContain(password)
  for (const sessionId of sessionIds) expect(message).not.toContain(sessionId)
}

const waitFor = (done: () => boolean) =>
  Effect.repeat(Effect.sleep("5 millis"), { until: done }).pipe(Effect.timeout("1 second"))

describe("an answer that keeps coming, a byte every 200 ms", () => {
  it.scopedLive("ends at OTRS_TIMEOUT_MS (2000 ms) from the headers, as an answering timeout", () =>
    Effect.gen(function*() {
      const otrs = yield* otrsOnLoopback(drip)
      const transport = yield* transportOver(otrs, "2 seconds")
      const started = Date.now()
      const failure = yield* Effect.flip(transport.send({ method: "GET", url: `${ticket1(otrs)}?SessionID=s` }))
      expect(Date.now() - started).toBeLessThan(3_000)
      expect(failure).toMatchObject({ _tag: "TransportFailure", timedOut: "answering" })
      expect(failure.message).toBe(
        "the answer kept coming too slowly: it did not complete within 2000 ms of its headers"
      )
      yield* waitFor(() => otrs.cutOff() === 1)
    }), 10_000)

  it.scopedLive("fails a read with OtrsTimeout, and the session serves the next call", () =>
    Effect.gen(function*() {
      const otrs = yield* otrsOnLoopback(drip)
      const client = yield* clientOver(otrs, "2 seconds")
      const error = yield* Effect.flip(client.ticketGet({ ticketIds: [1] }))
      expect(error._tag).toBe("OtrsTimeout")
      expect(error.message).toContain("TicketGet: OTRS did not answer within 2000 ms")
      expect(error.message).not.toContain("may have been applied")
      expectNoSecret(error.message)
      yield* waitFor(() => otrs.cutOff() === 1)
      yield* expectServing(otrs, client)
    }), 10_000)

  it.scopedLive("fails a ticket creation once, saying it may have been applied", () =>
    Effect.gen(function*() {
      const otrs = yield* otrsOnLoopback(drip)
      const client = yield* clientOver(otrs, "2 seconds", 2)
      const error = yield* Effect.flip(client.ticketCreate(newTicket))
      expect(error).toMatchObject({ _tag: "OtrsTimeout", writeMayHaveApplied: true })
      expect(error.message).toContain("may have been applied")
      expectNoSecret(error.message)
      expect(count(otrs, ticketCreate)).toBe(1)
      yield* expectServing(otrs, client)
    }), 10_000)

  it.scopedLive("ends each attempt at OTRS_TIMEOUT_MS to the millisecond (300 ms)", () =>
    Effect.gen(function*() {
      const otrs = yield* otrsOnLoopback(drip)
      const client = yield* clientOver(otrs, "300 millis", 1)
      const error = yield* Effect.flip(client.ticketGet({ ticketIds: [1] }))
      expect(error.message).toContain("TicketGet: OTRS did not answer within 300 ms")
      expect(count(otrs, ticketGet1)).toBe(2)
      yield* waitFor(() => otrs.cutOff() === 2)
      yield* expectServing(otrs, client)
    }), 10_000)
})

describe(`an answer of more than MAX_ANSWER_BYTES (${MAX_ANSWER_BYTES / 1024 / 1024} MiB)`, () => {
  it.scopedLive("is cut off as it comes", () =>
    Effect.gen(function*() {
      // more past the cap than the sockets' buffers hold, so that OTRS cannot finish sending unless it is all read
      const otrs = yield* otrsOnLoopback(flood(MAX_ANSWER_BYTES + 32 * 1024 * 1024))
      const transport = yield* transportOver(otrs, "5 seconds")
      const failure = yield* Effect.flip(transport.send({ method: "GET", url: ticket1(otrs) }))
      expect(failure).toMatchObject({ _tag: "TransportFailure", tooLarge: true })
      expect(failure.timedOut).toBeUndefined()
      yield* waitFor(() => otrs.cutOff() === 1)
    }), 10_000)

  it.scopedLive("fails a read, once, as an answer otrs-mcp cannot read, and the session serves the next call", () =>
    Effect.gen(function*() {
      const otrs = yield* otrsOnLoopback(flood(MAX_ANSWER_BYTES + 1))
      const client = yield* clientOver(otrs, "5 seconds", 2)
      const error = yield* Effect.flip(client.ticketGet({ ticketIds: [1] }))
      expect(error._tag).toBe("OtrsUnexpectedPayload")
      expect(error.message).toContain(
        "TicketGet: OTRS sent a response otrs-mcp cannot read: the answer exceeded 64 MiB, the most otrs-mcp reads."
      )
      expect(error.message).not.toContain("could not reach")
      expect(error.message).not.toContain("may have been applied")
      expectNoSecret(error.message)
      expect(count(otrs, ticketGet1)).toBe(1)
      yield* expectServing(otrs, client)
    }), 10_000)

  it.scopedLive("fails a ticket creation, saying it may have been applied", () =>
    Effect.gen(function*() {
      const otrs = yield* otrsOnLoopback(flood(MAX_ANSWER_BYTES + 1))
      const client = yield* clientOver(otrs, "5 seconds")
      const error = yield* Effect.flip(client.ticketCreate(newTicket))
      expect(error).toMatchObject({ _tag: "OtrsUnexpectedPayload", writeMayHaveApplied: true })
      expect(error.message).toContain("TicketCreate: OTRS sent a response otrs-mcp cannot read: the answer exceeded")
      expectNoSecret(error.message)
      yield* expectServing(otrs, client)
    }), 10_000)

  it.scopedLive("reads an answer of exactly MAX_ANSWER_BYTES", () =>
    Effect.gen(function*() {
      const otrs = yield* otrsOnLoopback(flood(MAX_ANSWER_BYTES))
      const transport = yield* transportOver(otrs, "5 seconds")
      const answer = yield* transport.send({ method: "GET", url: ticket1(otrs) })
      expect(answer.text.length).toBe(MAX_ANSWER_BYTES)
    }), 10_000)

  for (const declared of [true, false]) {
    it.scopedLive(`is refused by fromHttpClient too (${declared ? "its Content-Length" : "chunked"})`, () =>
      Effect.gen(function*() {
        const otrs = yield* otrsOnLoopback(flood(MAX_ANSWER_BYTES + 1, declared))
        const transport = yield* transportOver(
          otrs,
          "5 seconds",
          OtrsTransport.fromHttpClient.pipe(Layer.provide(NodeHttpClient.layer))
        )
        const failure = yield* Effect.flip(transport.send({ method: "GET", url: ticket1(otrs) }))
        expect(failure).toMatchObject({ _tag: "TransportFailure", tooLarge: true })
      }), 10_000)
  }
})
