import { Schema } from "effect"
import { decodeOnly, definedFields, optionalKey } from "./Primitives.js"

/** An operation error, `{"Error": {"ErrorCode": "TicketGet.AccessDenied", "ErrorMessage": "..."}}` with HTTP 200. */
export const OtrsErrorDetail = Schema.Struct({
  /** the ErrorCode as sent */
  code: Schema.String,
  /** `TicketGet`; from the message's `TicketGet: ` prefix when the code lacks it, absent if neither tells */
  operation: optionalKey(Schema.String),
  /** `AccessDenied`, `AuthFail`, `SessionInvalid`, `MissingParameter`, `InvalidParameter`, ... */
  kind: Schema.String,
  message: Schema.String
})
export type OtrsErrorDetail = typeof OtrsErrorDetail.Type

const ErrorWire = Schema.Struct({
  Error: Schema.Struct({
    ErrorCode: Schema.String,
    ErrorMessage: Schema.optionalWith(Schema.String, { exact: true, default: () => "" })
  })
}).annotations({ identifier: "OTRS error response" })

const operationName = /^[A-Za-z][A-Za-z0-9]*$/

/**
 * `TicketGet.AccessDenied` -> operation `TicketGet`, kind `AccessDenied`. ITSM's ConfigItemGet sends the unfilled
 * `$Self->{OperationName}.AuthFail`; its message still starts with `ConfigItemGet: `.
 */
const toErrorDetail = (code: string, message: string): OtrsErrorDetail => {
  const dot = code.lastIndexOf(".")
  const prefix = dot < 0 ? "" : code.slice(0, dot)
  const fromMessage = /^([A-Za-z][A-Za-z0-9]*): /.exec(message)?.[1]
  return definedFields<OtrsErrorDetail>({
    code,
    operation: operationName.test(prefix) ? prefix : fromMessage,
    kind: code.slice(dot + 1),
    message
  })
}

export const OtrsErrorResponse = decodeOnly(
  ErrorWire,
  (wire): OtrsErrorDetail => toErrorDetail(wire.Error.ErrorCode, wire.Error.ErrorMessage)
)
