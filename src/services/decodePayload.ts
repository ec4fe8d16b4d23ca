import { Effect, ParseResult, Schema } from "effect"
import { OtrsUnexpectedPayload } from "./OtrsErrors.js"
import { concealer } from "./concealSecrets.js"
import { answeredId, type Exchange } from "./OtrsResponse.js"

/** Decodes a payload; given the exchange it came from, conceals that exchange's secrets in a failure's message. */
export type PayloadDecoder<A> = (payload: unknown, exchange?: Exchange) => Effect.Effect<A, OtrsUnexpectedPayload>

/**
 * Decodes an OTRS payload, naming the operation and the first offending field path when it does not fit: collecting
 * every issue made a reply of 200,000 malformed items (0.6 MiB) take 15 s and a gigabyte, with the server blocked.
 * With `secret`, the offending values are left out of the message (SessionCreate's payload is a SessionID).
 * For a write's exchange, a failure says that the write may have been applied, to the ticket the payload names.
 */
export const decodePayload = <A, I>(
  operation: string,
  schema: Schema.Schema<A, I>,
  options?: { readonly secret?: boolean }
): PayloadDecoder<A> => {
  const decode = Schema.decodeUnknown(schema, { errors: "first" })
  return (payload, exchange) =>
    decode(payload).pipe(
      Effect.mapError((error) => {
        const detail = ParseResult.ArrayFormatter.formatErrorSync(error)
          .map((issue) => {
            const where = issue.path.length === 0 ? "(root)" : issue.path.join(".")
            const what = options?.secret === true ? issue.message.replace(/,?\s*actual[\s\S]*$/, "") : issue.message
            return `${where}: ${what}`
          })
          .join("; ")
        if (exchange === undefined) return new OtrsUnexpectedPayload({ operation, detail })
        // the issues quote actual values, and a payload may hold a secret of the request (an echoed SessionID)
        const conceal = concealer(exchange, "")
        const ticketId = exchange.write === true ? answeredId(payload, "TicketID") : undefined
        return new OtrsUnexpectedPayload({
          operation,
          detail: conceal(detail),
          // JSON without an Error object is OTRS's answer for an operation it ran
          ...(exchange.write === true ? { writeMayHaveApplied: true } : {}),
          ...(ticketId === undefined ? {} : { ticketId: conceal(ticketId) })
        })
      })
    )
}
