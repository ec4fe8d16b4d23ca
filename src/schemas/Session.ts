import { ParseResult, Schema } from "effect"
import { SessionInfo } from "./Domain.js"
import {
  decodeOnly,
  isoFromEpochSeconds,
  List,
  mapped,
  optionalKey,
  definedFields,
  refuseEncode,
  wholeNumber
} from "./Primitives.js"

/** SessionCreate: `{"SessionID": "..."}`. The id is wrapped at once so that it never prints. */
export const SessionCreateResponse = decodeOnly(
  Schema.Struct({ SessionID: Schema.Redacted(Schema.NonEmptyString) }).annotations({
    identifier: "SessionCreate response"
  }),
  (wire) => ({ sessionId: wire.SessionID })
)

const SessionDataEntry = Schema.Struct({ Key: Schema.String, Value: optionalKey(Schema.Unknown) }).annotations({
  identifier: "SessionData entry"
})

const SessionGetWire = Schema.Struct({ SessionData: List(SessionDataEntry) }).annotations({
  identifier: "SessionGet response"
})
type SessionGetWire = typeof SessionGetWire.Type

/** Preferences that are credentials (2FA secrets, tokens, password hashes) stay out of `data`. */
const isSecret = (key: string) => /pw|password|secret|token|sessionid/i.test(key)

const asText = (value: unknown): string | null =>
  value === undefined || value === null
    ? null
    : typeof value === "string"
    ? value
    : typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : JSON.stringify(value)

const sessionData = (wire: SessionGetWire): Record<string, string | null> => {
  const data: Record<string, string | null> = {}
  for (const { Key, Value } of wire.SessionData) {
    if (!isSecret(Key)) data[Key] = asText(Value)
  }
  return data
}

const nonEmpty = (text: string | null | undefined) =>
  text === null || text === undefined || text === "" ? undefined : text

const numberIn = (text: string | null | undefined) => {
  const value = nonEmpty(text)
  return value === undefined ? undefined : wholeNumber(value)
}

const fullName = (data: Record<string, string | null>) =>
  nonEmpty(data["UserFullname"]) ??
    nonEmpty([data["UserFirstname"], data["UserLastname"]].filter((part) => nonEmpty(part) !== undefined).join(" "))

const toSessionInfo = (userLogin: string, data: Record<string, string | null>): SessionInfo => {
  const started = numberIn(data["UserSessionStart"])
  return definedFields<SessionInfo>({
    userLogin,
    userId: numberIn(data["UserID"]),
    fullName: fullName(data),
    email: nonEmpty(data["UserEmail"]),
    userType: nonEmpty(data["UserType"]),
    sessionStarted: started === undefined ? undefined : isoFromEpochSeconds(started),
    data
  })
}

/** SessionGet: `{"SessionData": [{"Key", "Value"}, ...]}`, the session's user and preferences. */
export const SessionGetResponse = Schema.transformOrFail(SessionGetWire, mapped<SessionInfo>(), {
  strict: true,
  decode: (wire, _, ast) => {
    const data = sessionData(wire)
    const userLogin = nonEmpty(data["UserLogin"])
    return userLogin === undefined
      ? ParseResult.fail(
        new ParseResult.Pointer(
          "SessionData",
          wire,
          new ParseResult.Type(ast, wire.SessionData, "Expected an entry with Key \"UserLogin\"")
        )
      )
      : ParseResult.succeed(toSessionInfo(userLogin, data))
  },
  encode: refuseEncode
})
