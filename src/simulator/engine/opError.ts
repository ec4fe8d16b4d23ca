/** An operation error as OTRS sends it: HTTP 200 with an Error element. */
export interface OpError {
  readonly Error: { readonly ErrorCode: string; readonly ErrorMessage: string }
}

export const opError = (code: string, message: string): OpError => ({ Error: { ErrorCode: code, ErrorMessage: message } })

/** `<Op>.<Kind>` with the message prefixed `<Op>: `, the usual form. */
export const failure = (operation: string, kind: string, message: string): OpError =>
  opError(`${operation}.${kind}`, `${operation}: ${message}`)

export const isOpError = (value: unknown): value is OpError =>
  typeof value === "object" && value !== null && "Error" in value
