import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
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
