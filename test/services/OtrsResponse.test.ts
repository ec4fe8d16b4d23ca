import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Redacted } from "effect"
import { TicketCreateResponse, TicketGetResponse } from "../../src/schemas/Ticket.js"
import { decodePayload } from "../../src/services/decodePayload.js"
import { type Exchange, interpretResponse } from "../../src/services/OtrsResponse.js"
import { loadFixtures } from "../support/fixtures.js"

const recorded = loadFixtures().map((fixture) => [fixture.name, fixture] as const)

const exchange = (operation: string): Exchange => ({
  operation,
  method: "GET",
  url: "https://otrs.test/otrs/nph-genericinterface.pl/Webservice/X/Ticket/1",
  routePath: "/Ticket/1",
  user: "agent1",
  subject: "ticket 1"
})

const expectedTag: Record<string, string> = {
  AuthFail: "OtrsAuthError",
  SessionInvalid: "OtrsAuthError",
  AccessDenied: "OtrsNotFoundOrDenied",
  MissingParameter: "OtrsInvalidParameter",
  InvalidParameter: "OtrsInvalidParameter"
}

describe("every recorded OTRS error maps to its typed error", () => {
  const withError = recorded.filter(([, fixture]) =>
    typeof fixture.response === "object" && fixture.response !== null && "Error" in fixture.response
  )
  it("covers the recorded error codes", () => expect(withError.length).toBeGreaterThan(40))

  for (const [name, fixture] of withError) {
    const { ErrorCode, ErrorMessage } = (fixture.response as { Error: { ErrorCode: string; ErrorMessage: string } }).Error
    it(`${name}: ${ErrorCode}`, () => {
      const result = interpretResponse(exchange(fixture.operation ?? "Unknown"), {
        status: fixture.status ?? 0,
        contentType: fixture.response_headers["Content-Type"] ?? "",
        location: undefined,
        text: JSON.stringify(fixture.response)
      })
      expect(Either.isLeft(result)).toBe(true)
      if (Either.isRight(result)) return
      expect(result.left._tag).toBe(expectedTag[ErrorCode.slice(ErrorCode.lastIndexOf(".") + 1)] ?? "OtrsOperationError")
      expect(result.left.message).toContain(ErrorMessage)
    })
  }

  for (const [name, fixture] of recorded.filter(([, f]) => f.status === 500)) {
    it(`${name}: HTTP 500 plain text is a web service problem`, () => {
      const result = interpretResponse(exchange("TicketGet"), {
        status: 500,
        contentType: fixture.response_headers["Content-Type"] ?? "",
        location: undefined,
        text: String(fixture.response)
      })
      expect(Either.isLeft(result) && result.left._tag).toBe("OtrsWebServiceError")
    })
  }
})

describe("answers that do not show whether OTRS applied a write", () => {
  const write: Exchange = {
    ...exchange("TicketCreate"),
    method: "POST",
    url: "https://otrs.test/otrs/nph-genericinterface.pl/Webservice/X/Ticket",
    routePath: "/Ticket",
    write: true
  }
  const answer = (status: number, text: string, contentType = "text/plain") =>
    ({ status, contentType, location: undefined, text })
  const failure = (exchange: Exchange, response: ReturnType<typeof answer>) => {
    const result = interpretResponse(exchange, response)
    if (Either.isRight(result)) throw new Error("expected an error")
    return result.left
  }

  for (const status of [500, 502, 503, 504, 408]) {
    it(`HTTP ${status} to a write: may have been applied, not "retry later"`, () => {
      const error = failure(write, answer(status, "Bad Gateway"))
      expect(error).toMatchObject({ _tag: "OtrsUnavailable", status, writeMayHaveApplied: true })
      expect(error.message).toContain("may have been applied")
      expect(error.message).not.toContain("retry later")
    })
  }

  it("HTTP 502 to a read: retry later", () => {
    const error = failure(exchange("TicketGet"), answer(502, "Bad Gateway"))
    expect(error).toMatchObject({ _tag: "OtrsUnavailable", status: 502 })
    expect(error.message).toContain("retry later")
    expect(error.message).not.toContain("may have been applied")
  })

  it("HTTP 429 to a write: turned away before OTRS, so retry later", () => {
    const error = failure(write, answer(429, "Too Many Requests"))
    expect(error.message).toContain("retry later")
    expect(error.message).not.toContain("may have been applied")
  })

  it("an HTML page with status 200 to a write: a web page where OTRS should be, and the write may have been applied", () => {
    const error = failure(write, answer(200, "<html><body>Maintenance</body></html>", "text/html"))
    expect(error).toMatchObject({ _tag: "OtrsWebServiceError", problem: "HtmlPage", writeMayHaveApplied: true })
    expect(error.message).toContain("may have been applied")
    expect(failure(exchange("TicketGet"), answer(200, "<html></html>", "text/html")).message)
      .not.toContain("may have been applied")
  })

  it("OTRS's own error object to a write: not applied", () => {
    const text = JSON.stringify({ Error: { ErrorCode: "TicketCreate.InvalidParameter", ErrorMessage: "Queue invalid" } })
    expect(failure(write, answer(200, text, "application/json")).message).not.toContain("may have been applied")
  })

  it("a decode failure of a write's answer: may have been applied, naming the TicketID the answer gives", async () => {
    const decode = decodePayload("TicketCreate", TicketCreateResponse)
    const missing = await Effect.runPromise(Effect.flip(decode({ TicketID: "123", TicketNumber: "2026112410000123" }, write)))
    expect(missing.writeMayHaveApplied).toBe(true)
    expect(missing.message).toContain("ArticleID")
    expect(missing.message).toContain("The change may have been applied (OTRS's answer names TicketID 123)")

    const empty = await Effect.runPromise(Effect.flip(decode({}, write)))
    expect(empty.message).toContain("may have been applied before the answer was lost: look the ticket up")

    const read = await Effect.runPromise(Effect.flip(decode({}, { ...write, write: false })))
    expect(read.message).not.toContain("may have been applied")
  })

  it("quotes the start of a huge error body or OTRS error message, concealing only what it quotes", () => {
    const page = failure(exchange("TicketGet"), answer(500, `Internal error: ${"x ".repeat(5_000_000)}`, "text/plain"))
    expect(page.message.length).toBeLessThan(1_000)
    const message = `Queue invalid: ${"y".repeat(1_000_000)}`
    const text = JSON.stringify({ Error: { ErrorCode: "TicketCreate.InvalidParameter", ErrorMessage: message } })
    const error = failure(write, answer(200, text, "application/json"))
    expect(error.message).toContain("Queue invalid: ")
    expect(error.message.length).toBeLessThan(3_000)
  })

  it("a decode failure names the first offending item only: a reply of many bad items costs no more than one", async () => {
    const items = Array.from({ length: 50_000 }, () => ({}))
    const error = await Effect.runPromise(Effect.flip(decodePayload("TicketGet", TicketGetResponse)({ Ticket: items })))
    expect(error.detail).toMatch(/^Ticket\.0\b/)
    expect(error.detail).not.toContain("Ticket.1")
  })

  it("a decode failure conceals the request's secrets, in the TicketID it quotes too", async () => {
    const sessionId = "4711"
    const secretive: Exchange = { ...write, credentials: { _tag: "Session", sessionId: Redacted.make(sessionId) } }
    const error = await Effect.runPromise(
      Effect.flip(decodePayload("TicketCreate", TicketCreateResponse)({ TicketID: sessionId, TicketNumber: sessionId }, secretive))
    )
    expect(error.message).not.toContain(sessionId)
    expect(error.message).toContain("TicketID <SessionID>")
  })
})

describe("a redirect whose Location is not a URL", () => {
  it("is the redirect error, quoting the header, not a defect", () => {
    const result = interpretResponse(exchange("TicketGet"), {
      status: 302,
      contentType: "text/html",
      location: "http://[bad-host/login",
      text: ""
    })
    expect(Either.isLeft(result) && result.left).toMatchObject({ _tag: "OtrsWebServiceError", problem: "Redirect" })
    if (Either.isRight(result)) return
    expect("location" in result.left && result.left.location).toBeFalsy()
    expect(result.left.message).toContain(`its Location header is not a URL: "http://[bad-host/login"`)
    expect(result.left.message).toContain("set OTRS_BASE_URL to the redirect target")
  })
})

describe("a plain-text HTTP 500 echoing the request URI", () => {
  const unknownRoute = (uri: string) =>
    interpretResponse(exchange("SessionGet"), {
      status: 500,
      contentType: "text/plain",
      location: undefined,
      text: `HTTP::REST Error while determine Operation for request URI '${uri}'.`
    })

  it("hides a SessionID the URI holds, though the request did not carry it", () => {
    const result = unknownRoute("/Session/NaFXOQN7pWMxKMyqQ2u9UBmMCx5xFn6O")
    expect(Either.isLeft(result) && result.left).toMatchObject({ _tag: "OtrsWebServiceError", problem: "UnknownRoute" })
    if (Either.isRight(result)) return
    expect(JSON.stringify(result.left)).not.toContain("NaFXOQN7pWMxKMyqQ2u9UBmMCx5xFn6O")
    expect(result.left.message).not.toContain("NaFXOQN7pWMxKMyqQ2u9UBmMCx5xFn6O")
    expect(result.left.message).toContain("request URI '/Session/[redacted]'")
  })

  it("keeps a ticket number", () => {
    const result = unknownRoute("/Ticket/2026112410000019")
    expect(Either.isLeft(result) && result.left.message).toContain("'/Ticket/2026112410000019'")
  })

  it("quotes the start of a URI of megabytes, which the redaction's regular expressions could not take whole", () => {
    const result = unknownRoute(`/Ticket/${"A".repeat(20 * 1024 * 1024)}`)
    expect(Either.isLeft(result) && result.left).toMatchObject({ _tag: "OtrsWebServiceError", problem: "UnknownRoute" })
    if (Either.isRight(result)) return
    expect(result.left.message).toContain("request URI '/Ticket/…")
    expect(result.left.message.length).toBeLessThan(3_000)
  })
})
