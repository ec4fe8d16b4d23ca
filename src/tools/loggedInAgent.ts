import { Effect } from "effect"
import { formatActual } from "../mcp/SchemaIssues.js"
import { OtrsClient } from "../services/OtrsClient.js"
import type { OtrsError } from "../services/OtrsErrors.js"
import { agentByLogin, agentsOnTickets, listAgents, quotedUserIdAdvice } from "./agentsInUse.js"
import { recentlyChangedTickets, SAMPLE_SIZE } from "./RecentTickets.js"
import { ToolInputError } from "./ToolInputError.js"

/** "me" stands for the agent otrs-mcp is logged in as, wherever a tool takes an agent. */
export const ME = "me"

/**
 * An agent a search names (its owner or responsible) as the user id OTRS searches by: "me" is the session's agent; a
 * login, the id recent tickets show.
 */
export const agentId = (field: "owner" | "responsible", agent: string | number | undefined) =>
  Effect.gen(function*() {
    if (agent === undefined || typeof agent === "number") return agent
    if (agent === ME) {
      const session = yield* (yield* OtrsClient).sessionGet
      if (session.userId !== undefined) return session.userId
      return yield* new ToolInputError({
        field,
        problem: "OTRS did not tell the logged-in agent's user id; give the numeric user id instead of \"me\""
      })
    }
    // unlike a hint, the search depends on the sample: OTRS failing to give one fails the search
    const agents = agentsOnTickets(yield* recentlyChangedTickets)
    const found = agentByLogin(agents, agent)
    if (found !== undefined) return found.userId
    return yield* new ToolInputError({
      field,
      problem: `OTRS searches agents by user id, and no ticket among the ${SAMPLE_SIZE} most recently changed has ` +
        `${formatActual(agent)} as owner or responsible to tell its id: give ${field} as a user id (owner_id in ` +
        "search_tickets and get_ticket)" + quotedUserIdAdvice(agent) + (agents.length === 0 ? "" : `; agents seen: ${listAgents(agents)}`)
    })
  })

interface AgentFields {
  readonly owner?: string | number | undefined
  readonly responsible?: string | number | undefined
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

/**
 * The logged-in agent as an article's sender, `"Agent One" <agent1@example.com>`; undefined when OTRS cannot be asked
 * or knows no address for the agent.
 */
export const meAsSender: Effect.Effect<string | undefined, never, OtrsClient> = OtrsClient.pipe(
  Effect.flatMap((client) => client.sessionGet),
  Effect.map(({ email, fullName }) => {
    if (email === undefined) return undefined
    const address = `<${email.replace(/[\s<>]/g, "")}>`
    return fullName === undefined ? address : `${JSON.stringify(fullName.replace(/\s+/g, " "))} ${address}`
  }),
  Effect.orElseSucceed(() => undefined)
)
