import { type Agent, type Permission, type Queue, Queues, rootId } from "../data/reference.js"
import type { Actor } from "./auth.js"
import type { Ticket } from "./model.js"

const agentMay = (agent: Agent, groupId: number, needed: Permission) => {
  if (agent.id === rootId) return true
  const granted = agent.groups.get(groupId)
  return granted === "rw" || granted === needed
}

export const mayUseQueue = (actor: Actor, queue: Queue, needed: Permission): boolean =>
  actor.kind === "customer" || agentMay(actor.agent, queue.groupId, needed)

/** Agents by their queue's group; customer users see their own and their company's tickets. */
export const mayAccessTicket = (actor: Actor, ticket: Ticket, needed: Permission): boolean => {
  if (actor.kind === "customer") {
    return ticket.customerUserId === actor.customer.login || ticket.customerId === actor.customer.customerId
  }
  const queue = Queues.byId.get(ticket.queueId)
  return queue !== undefined && agentMay(actor.agent, queue.groupId, needed)
}
