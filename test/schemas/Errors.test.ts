import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { OtrsErrorResponse } from "../../src/schemas/ErrorResponse.js"
import { TransportErrorText } from "../../src/schemas/TransportErrorText.js"
import { loadFixture, responseOf } from "../support/fixtures.js"

describe("OtrsErrorResponse", () => {
  const decode = Schema.decodeUnknownSync(OtrsErrorResponse)

  it("splits the ErrorCode into operation and kind", () => {
    expect(decode(responseOf("ticket-get.not-found.json"))).toEqual({
      code: "TicketGet.AccessDenied",
      operation: "TicketGet",
      kind: "AccessDenied",
      message: "TicketGet: User does not have access to the ticket!"
    })
  })

  it("takes the operation from the message when ITSM leaves the code unfilled", () => {
    expect(decode(responseOf("configitem-get.auth-fail.json"))).toEqual({
      code: "$Self->{OperationName}.AuthFail",
      operation: "ConfigItemGet",
      kind: "AuthFail",
      message: "ConfigItemGet: Authorization failing!"
    })
  })

  it("has no operation when neither the code nor the message tells it", () => {
    expect(decode({ Error: { ErrorCode: "$Self->{OperationName}.AuthFail", ErrorMessage: "Authorization failing!" } }))
      .toEqual({ code: "$Self->{OperationName}.AuthFail", kind: "AuthFail", message: "Authorization failing!" })
  })

  it("reads messages without the operation prefix", () => {
    expect(decode(responseOf("ticket-update.pending-without-time.json"))).toMatchObject({
      operation: "TicketUpdate",
      kind: "MissingParameter",
      message: "Can't set a ticket on a pending state without pendig time!"
    })
  })
})

describe("TransportErrorText", () => {
  const decode = Schema.decodeUnknownSync(TransportErrorText)

  it("classifies a body OTRS could not parse", () => {
    expect(decode(loadFixture("ticket-create.invalid-json.json").response)).toEqual({
      kind: "RequestRejected",
      text: "Error while decoding request content."
    })
  })

  it("gives unknown routes and wrong methods the same kind, as OTRS answers both alike", () => {
    const unknownRoute = decode(loadFixture("http.unknown-route.json").response)
    const wrongMethod = decode(loadFixture("http.wrong-method.json").response)
    expect(unknownRoute).toEqual({
      kind: "UnknownRoute",
      text: "HTTP::REST Error while determine Operation for request URI '/NoSuchRoute'."
    })
    expect(wrongMethod.kind).toBe("UnknownRoute")
    expect(decode(loadFixture("http.put-instead-of-patch.json").response)).toEqual(wrongMethod)
  })

  it("calls other texts Other", () => {
    expect(decode("  Internal Server Error\n")).toEqual({ kind: "Other", text: "Internal Server Error" })
  })
})
