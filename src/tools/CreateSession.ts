import * as Tool from "../mcp/Tool.js"
import { Effect, Schema } from "effect"
import { OtrsClient } from "../services/OtrsClient.js"

/**
 * No arguments. Effect decodes an empty Struct as "anything but null" (excess properties unchecked) and describes it
 * as "any object or array", so the absence of fields is checked and described here.
 */
const CreateSessionInput = Schema.Struct({}).pipe(
  Schema.filter((args: object) => {
    if (typeof args !== "object" || Array.isArray(args)) return "expected an object with no fields"
    const [unknown] = Object.keys(args)
    return unknown === undefined || { path: [unknown], message: "unknown field: create_session takes no arguments" }
  }, { jsonSchema: {} })
).annotations({ jsonSchema: { type: "object", additionalProperties: false } })

const CreateSessionOutput = Schema.Struct({
  login: Schema.String.annotations({ description: "The agent otrs-mcp acts as." }),
  full_name: Schema.optional(Schema.String),
  user_id: Schema.optional(Schema.Number),
  email: Schema.optional(Schema.String),
  session_valid: Schema.Boolean.annotations({ description: "True: OTRS accepted the new session." })
})
type CreateSessionOutput = typeof CreateSessionOutput.Type

/** Logs in anew; the SessionID stays inside the client. */
export const createSession = () =>
  Effect.gen(function*() {
    const session = yield* (yield* OtrsClient).sessionCreate
    const output: CreateSessionOutput = {
      login: session.userLogin,
      ...(session.fullName === undefined ? {} : { full_name: session.fullName }),
      ...(session.userId === undefined ? {} : { user_id: session.userId }),
      ...(session.email === undefined ? {} : { email: session.email }),
      session_valid: true
    }
    return output
  })

export const renderSession = (output: CreateSessionOutput): string => {
  const details = [
    output.full_name,
    output.user_id === undefined ? undefined : `user id ${output.user_id}`,
    output.email
  ].filter((part) => part !== undefined)
  return `Logged in to OTRS as ${output.login}${details.length > 0 ? ` (${details.join(", ")})` : ""}; the session is valid.`
}

export const CreateSessionTool = Tool.make({
  name: "create_session",
  title: "Log in to OTRS",
  description: "Log in to OTRS anew and report who is logged in: checks the connection and the credentials. " +
    "Other tools log in by themselves.",
  input: CreateSessionInput,
  output: CreateSessionOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  writes: false,
  handler: createSession,
  render: renderSession
})
