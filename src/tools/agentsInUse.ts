import { Effect, Option } from "effect"
import type { Ticket } from "../schemas/Domain.js"
import { OtrsClient } from "../services/OtrsClient.js"
import { recentlyChangedTickets, type RecentTickets } from "./RecentTickets.js"

/**
 * The GenericInterface has no user lookup, and a search takes owners by user id only: the owners and responsibles of
 * the most recently changed tickets tell which login has which id. A sample, as the names in use are.
 */

interface AgentInUse {
  readonly login: string
  readonly userId: number
}

const agentsOn = (ticket: Ticket): ReadonlyArray<AgentInUse> => [
  { login: ticket.owner, userId: ticket.ids.owner },
  ...(ticket.responsible === undefined || ticket.ids.responsible === undefined
    ? []
    : [{ login: ticket.responsible, userId: ticket.ids.responsible }])
]

/** The agents on `tickets`, each once, by login. */
export const agentsOnTickets = (tickets: ReadonlyArray<Ticket>): ReadonlyArray<AgentInUse> => {
  const byLogin = new Map(tickets.flatMap(agentsOn).map((agent) => [agent.login, agent]))
  return [...byLogin.values()].sort((a, b) => a.login.localeCompare(b.login))
}

/** The agents on the most recently changed tickets; empty where OTRS could not be asked (for hints). */
export const agentsInUse: Effect.Effect<ReadonlyArray<AgentInUse>, never, RecentTickets> = recentlyChangedTickets.pipe(
  Effect.map(agentsOnTickets),
  Effect.orElseSucceed((): ReadonlyArray<AgentInUse> => [])
)

/** Logins by user id: the agents in use and the session's own; empty where OTRS could not be asked. */
export const agentLogins: Effect.Effect<ReadonlyMap<number, string>, never, OtrsClient | RecentTickets> = Effect.all([
  agentsInUse,
  Effect.option(Effect.flatMap(OtrsClient, (client) => client.sessionGet))
], { concurrency: 2 }).pipe(
  Effect.map(([agents, session]) =>
    new Map([
      ...agents.map((agent) => [agent.userId, agent.login] as const),
      ...Option.toArray(session).flatMap(({ userId, userLogin }) =>
        userId === undefined ? [] : [[userId, userLogin] as const]
      )
    ])
  )
)

/**
 * Advice for a user id written in quotes ("3"), which an agent field takes as a login, and no agent has; empty for any
 * other login.
 */
export const quotedUserIdAdvice = (login: string): string =>
  /^\d+$/.test(login.trim()) ? `; if ${login.trim()} is a user id, write it without quotes` : ""

/** `agent1 (user id 2), agent2 (user id 3)` */
export const listAgents = (agents: ReadonlyArray<AgentInUse>): string =>
  agents.map((agent) => `${agent.login} (user id ${agent.userId})`).join(", ")

/** The agent a login names: the same login, or the only one that differs in case alone. */
export const agentByLogin = (agents: ReadonlyArray<AgentInUse>, login: string): AgentInUse | undefined => {
  const exact = agents.find((agent) => agent.login === login)
  if (exact !== undefined) return exact
  const sameInOtherCase = agents.filter((agent) => agent.login.toLowerCase() === login.toLowerCase())
  return sameInOtherCase.length === 1 ? sameInOtherCase[0] : undefined
}
