import {
  type Agent,
  agentsById,
  agentsByLogin,
  type CustomerUser,
  customersByLogin,
  rootId
} from "../data/reference.js"
import { type Data, text } from "./params.js"
import type { World } from "./World.js"

export type Actor =
  | { readonly kind: "agent"; readonly agent: Agent }
  | { readonly kind: "customer"; readonly customer: CustomerUser }

/** The user id OTRS records for changes: the agent, or the customer panel's system user. */
export const actorUserId = (actor: Actor): number => actor.kind === "agent" ? actor.agent.id : rootId

export const agentLogin = (login: string, password: string | undefined): Agent | undefined => {
  const agent = agentsByLogin.get(login)
  return agent !== undefined && agent.password === password ? agent : undefined
}

export const customerLogin = (login: string, password: string | undefined): CustomerUser | undefined => {
  const customer = customersByLogin.get(login)
  return customer !== undefined && customer.password === password ? customer : undefined
}

/** OTRS's Common::Auth: a SessionID wins; else UserLogin+Password; else CustomerUserLogin+Password. */
export const authenticate = (world: World, data: Data): Actor | undefined => {
  const sessionId = text(data["SessionID"])
  if (sessionId !== undefined) {
    const session = world.sessions.use(sessionId)
    if (session === undefined) return undefined
    if (session.user.kind === "agent") {
      const agent = agentsByLogin.get(session.user.login)
      return agent && { kind: "agent", agent }
    }
    const customer = customersByLogin.get(session.user.login)
    return customer && { kind: "customer", customer }
  }
  const password = text(data["Password"])
  const userLogin = text(data["UserLogin"])
  if (userLogin !== undefined) {
    const agent = agentLogin(userLogin, password)
    return agent && { kind: "agent", agent }
  }
  const customerUserLogin = text(data["CustomerUserLogin"])
  if (customerUserLogin !== undefined) {
    const customer = customerLogin(customerUserLogin, password)
    return customer && { kind: "customer", customer }
  }
  return undefined
}

/** What TicketCreate/TicketUpdate check before authenticating, with their MissingParameter messages. */
export const missingCredentials = (data: Data): string | undefined => {
  const sessionId = text(data["SessionID"])
  const login = text(data["UserLogin"]) ?? text(data["CustomerUserLogin"])
  if (sessionId === undefined && login === undefined) return "UserLogin, CustomerUserLogin or SessionID is required!"
  if (sessionId === undefined && text(data["Password"]) === undefined) return "Password or SessionID is required!"
  return undefined
}

export const agentName = (id: number): string => agentsById.get(id)?.login ?? ""
