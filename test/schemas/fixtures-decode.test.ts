import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { OtrsErrorResponse } from "../../src/schemas/ErrorResponse.js"
import { isOperationName, OperationResponses } from "../../src/schemas/Operations.js"
import { TransportErrorText } from "../../src/schemas/TransportErrorText.js"
import { decodeIssues } from "./decodeIssues.js"
import { type Fixture, fixtureFiles, loadFixture } from "../support/fixtures.js"

/** Decodes, or fails the test with every issue and its path. */
const decodeOrExplain = <A, I>(schema: Schema.Schema<A, I>, input: unknown): A => {
  expect(decodeIssues(schema, input)).toEqual([])
  return Schema.decodeUnknownSync(schema)(input)
}

const hasErrorKey = (response: unknown) => typeof response === "object" && response !== null && "Error" in response

const isJsonText = (body: unknown) => {
  if (typeof body !== "string") return true
  try {
    JSON.parse(body)
    return true
  } catch {
    return false
  }
}

const checkOperationError = (fixture: Fixture) => {
  const { Error: wire } = fixture.response as { Error: { ErrorCode: string } }
  const error = decodeOrExplain(OtrsErrorResponse, fixture.response)
  expect(error.operation).toBe(fixture.operation)
  expect(error.kind).toBe(wire.ErrorCode.split(".").at(-1))
  expect(error.kind).toMatch(/^(AuthFail|SessionInvalid|AccessDenied|MissingParameter|InvalidParameter)$/)
}

const checkTransportError = (fixture: Fixture) => {
  expect(fixture.status).toBe(500)
  const error = decodeOrExplain(TransportErrorText, fixture.response)
  // a body OTRS could not parse is rejected; everything else recorded is a request no route matched
  expect(error.kind).toBe(isJsonText(fixture.request.body) ? "UnknownRoute" : "RequestRejected")
}

const checkSuccess = (fixture: Fixture) => {
  const { operation } = fixture
  if (operation === null || !isOperationName(operation)) throw new Error(`no schema for operation ${operation}`)
  const decoded = decodeOrExplain(OperationResponses[operation] as Schema.Schema<unknown, unknown>, fixture.response)
  expect(decoded).toBeDefined()
}

const check = (fixture: Fixture) => {
  if (fixture.status === null) {
    // the only exchange without an answer: OTRS drops the connection for an unknown web service name
    expect(fixture.name).toBe("http.unknown-webservice")
    expect(fixture.path).toContain("/Webservice/NoSuchWebservice/")
    return
  }
  if (!fixture.response_is_json) return checkTransportError(fixture)
  if (hasErrorKey(fixture.response)) return checkOperationError(fixture)
  return checkSuccess(fixture)
}

describe("every recorded OTRS answer decodes", () => {
  const files = fixtureFiles()

  it("finds the recordings", () => {
    expect(files.length).toBeGreaterThanOrEqual(178)
  })

  for (const file of files) {
    it(file, () => check(loadFixture(file)))
  }
})
