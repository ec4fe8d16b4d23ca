import { Schema } from "effect"
import { decodeOnly } from "./Primitives.js"

/**
 * What OTRS's plain-text HTTP 500 bodies mean. `UnknownRoute` is OTRS's "HTTP::REST Error while determine Operation
 * for request URI '/Ticket/2'.", which it sends both for a path no route matches and for a route mapped with other
 * methods: the route table is checked method first, so the answer cannot tell them apart (the recordings
 * http.unknown-route and http.wrong-method / http.put-instead-of-patch are identical in form), and there is no
 * `WrongMethod` kind. `RequestRejected` is a request body OTRS could not parse as JSON.
 */
export const TransportErrorKind = Schema.Literal("UnknownRoute", "RequestRejected", "Other")
export type TransportErrorKind = typeof TransportErrorKind.Type

export const TransportError = Schema.Struct({ kind: TransportErrorKind, text: Schema.String })
export type TransportError = typeof TransportError.Type

export const transportErrorKind = (text: string): TransportErrorKind =>
  text.startsWith("HTTP::REST Error while determine Operation")
    ? "UnknownRoute"
    : text.startsWith("Error while decoding request content")
    ? "RequestRejected"
    : "Other"

/**
 * The text stays as OTRS sent it: its request URI may hold a SessionID (SessionGet's route is `/Session/:SessionID`),
 * so whoever quotes it redacts it first (`redactTokens` in concealSecrets).
 */
const toTransportError = (body: string): TransportError => {
  const text = body.trim()
  return { kind: transportErrorKind(text), text }
}

export const TransportErrorText = decodeOnly(Schema.String, toTransportError)
