import { Effect, ParseResult, Schema } from "effect"
import { OtrsUnexpectedPayload } from "./OtrsErrors.js"

/**
 * Decodes an OTRS payload, naming the operation and the offending field paths when it does not fit.
 * With `secret`, the offending values are left out of the message (SessionCreate's payload is a SessionID).
 */
export const decodePayload = <A, I>(operation: string, schema: Schema.Schema<A, I>, options?: { readonly secret?: boolean }) => {
  const decode = Schema.decodeUnknown(schema, { errors: "all" })
  return (payload: unknown): Effect.Effect<A, OtrsUnexpectedPayload> =>
    decode(payload).pipe(
      Effect.mapError((error) =>
        new OtrsUnexpectedPayload({
          operation,
          detail: ParseResult.ArrayFormatter.formatErrorSync(error)
            .slice(0, 5)
            .map((issue) => {
              const where = issue.path.length === 0 ? "(root)" : issue.path.join(".")
              const what = options?.secret === true ? issue.message.replace(/,?\s*actual[\s\S]*$/, "") : issue.message
              return `${where}: ${what}`
            })
            .join("; ")
        })
      )
    )
}
