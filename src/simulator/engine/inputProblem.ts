import { failure, type OpError } from "./opError.js"

/** A request element that fails OTRS's checks; `asError` turns it into the operation's error answer. */
export interface InputProblem {
  readonly kind: "MissingParameter" | "InvalidParameter"
  readonly message: string
}

export const missing = (message: string): InputProblem => ({ kind: "MissingParameter", message })
export const invalid = (message: string): InputProblem => ({ kind: "InvalidParameter", message })

export const isInputProblem = (value: unknown): value is InputProblem =>
  typeof value === "object" && value !== null && "kind" in value && "message" in value && !("Error" in value)

export const asError = (operation: string, problem: InputProblem): OpError => failure(operation, problem.kind, problem.message)
