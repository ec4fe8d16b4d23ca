import { describe, expect, it } from "@effect/vitest"
import { Redacted, Schema } from "effect"
import { inspect } from "node:util"
import { SessionCreateResponse, SessionGetResponse } from "../../src/schemas/Session.js"
import { decodeIssues } from "./decodeIssues.js"
import { responseOf } from "../support/fixtures.js"

describe("SessionCreate", () => {
  const wire = responseOf("session-create.ok.json")
  const secret: string = wire.SessionID

  it("wraps the SessionID so that it never prints", () => {
    const { sessionId } = Schema.decodeUnknownSync(SessionCreateResponse)(wire)
    expect(Redacted.value(sessionId)).toBe(secret)
    const printed = [String(sessionId), JSON.stringify({ sessionId }), inspect({ sessionId })]
    for (const text of printed) expect(text).not.toContain(secret)
  })

  it("rejects an empty SessionID", () => {
    expect(decodeIssues(SessionCreateResponse, { SessionID: "" })).toHaveLength(1)
  })
})

describe("SessionGet", () => {
  const decode = Schema.decodeUnknownSync(SessionGetResponse)

  it("tells who the session belongs to", () => {
    const info = decode(responseOf("session-get.ok.json"))
    expect(info).toMatchObject({
      userLogin: "agent1",
      userId: 2,
      fullName: "Agent One",
      email: "agent1@test.local",
      userType: "User",
      sessionStarted: "2026-11-24T05:04:12Z"
    })
    expect(info.data["UserRemoteAddr"]).toBe("127.0.0.1")
    expect(info.data["UserTitle"]).toBeNull()
  })

  it("keeps credentials out of the session data", () => {
    const info = decode({
      SessionData: [
        { Key: "UserLogin", Value: "agent1" },
        { Key: "UserPw", Value: "hash" },
        { Key: "UserGoogleAuthenticatorSecretKey", Value: "2FA" },
        { Key: "UserChallengeToken", Value: "token" }
      ]
    })
    expect(Object.keys(info.data)).toEqual(["UserLogin"])
  })

  it("builds the full name of a customer user from first and last name", () => {
    const info = decode({
      SessionData: [
        { Key: "UserLogin", Value: "customer1" },
        { Key: "UserFirstname", Value: "Dana" },
        { Key: "UserLastname", Value: "Whitfield" },
        { Key: "UserType", Value: "Customer" }
      ]
    })
    expect(info).toMatchObject({ userLogin: "customer1", fullName: "Dana Whitfield", userType: "Customer" })
  })

  it("fails on SessionData without a UserLogin", () => {
    expect(decodeIssues(SessionGetResponse, { SessionData: [{ Key: "UserID", Value: "2" }] })).toEqual([
      "SessionData: Expected an entry with Key \"UserLogin\""
    ])
  })
})
