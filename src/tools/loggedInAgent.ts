import { Effect } from "effect"
import { OtrsClient } from "../services/OtrsClient.js"
import type { OtrsError } from "../services/OtrsErrors.js"
import { ToolInputError } from "./ToolInputError.js"

/** "me" stands for the agent otrs-mcp is logged in as, wherever a tool takes an agent. */
export const ME = "me"

/** A search's owner: OTRS knows owners in searches by user id only. */
export const ownerId = (owner: typeof ME | number | undefined) =>
  Effect.gen(function*() {
    if (owner !== ME) return owner
    const session = yield* (yield* OtrsClient).sessionGet
    if (session.userId === undefined) {
      return yield* new ToolInputError({
        field: "owner",
        problem: "OTRS did not tell the logged-in agent's user id; give the numeric user id instead of \"me\""
      })
    }
    return session.userId
  })

interface AgentFields {
  readonly owner?: string | undefined
  readonly responsible?: string | undefined
}

/** Owner and responsible of a write, with "me" as the login OTRS takes (the session's, asked once per session). */
export const withMeAsLogin = <I extends AgentFields>(input: I): Effect.Effect<I, OtrsError, OtrsClient> =>
  input.owner !== ME && input.responsible !== ME
    ? Effect.succeed(input)
    : Effect.map(Effect.flatMap(OtrsClient, (client) => client.sessionGet), (session) => ({
      ...input,
      ...(input.owner === ME ? { owner: session.userLogin } : {}),
      ...(input.responsible === ME ? { responsible: session.userLogin } : {})
    }))
