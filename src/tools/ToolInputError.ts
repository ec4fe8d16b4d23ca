import { Schema } from "effect"

/** An argument that passed the input Schema but cannot work (checked against configuration or other arguments). */
export class ToolInputError extends Schema.TaggedError<ToolInputError>()("ToolInputError", {
  field: Schema.String,
  problem: Schema.String
}) {
  override get message() {
    return `${this.field}: ${this.problem}`
  }
}
