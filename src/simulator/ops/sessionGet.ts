import { agentsByLogin, customersByLogin, fullName, usersCreated } from "../data/reference.js"
import { failure } from "../engine/opError.js"
import { text } from "../engine/params.js"
import type { Session } from "../engine/sessions.js"
import { formatTimestamp } from "../engine/time.js"
import type { Operation } from "./operation.js"

const op = "SessionGet"

const common = (session: Session): Record<string, string | null> => ({
  ChangeTime: formatTimestamp(usersCreated),
  CreateTime: formatTimestamp(usersCreated),
  SessionSource: "GenericInterface",
  UserLastRequest: String(Math.floor(session.lastRequest)),
  UserRemoteAddr: session.remoteAddr,
  UserRemoteUserAgent: session.userAgent,
  UserSessionStart: String(Math.floor(session.start)),
  UserTitle: null,
  ValidID: "1"
})

const agentData = (session: Session): Record<string, string | null> => {
  const agent = agentsByLogin.get(session.user.login)!
  return {
    ...common(session),
    AdminCommunicationLogPageShown: "25",
    AdminDynamicFieldsOverviewPageShown: "25",
    UserAuthBackend: "",
    UserCreateNextMask: "",
    UserEmail: agent.email,
    UserFirstname: agent.firstname,
    UserFullname: fullName(agent),
    UserID: String(agent.id),
    UserLastLogin: String(Math.floor(session.start)),
    UserLastLoginTimestamp: formatTimestamp(session.start),
    UserLastname: agent.lastname,
    UserLogin: agent.login,
    UserLoginFailed: "0",
    UserRefreshTime: "0",
    UserTicketOverviewMediumPageShown: "20",
    UserTicketOverviewPreviewPageShown: "15",
    UserTicketOverviewSmallPageShown: "25",
    UserType: "User"
  }
}

const customerData = (session: Session): Record<string, string | null> => {
  const customer = customersByLogin.get(session.user.login)!
  return {
    ...common(session),
    UserCustomerID: customer.customerId,
    UserEmail: customer.email,
    UserFirstname: customer.firstname,
    UserFullname: fullName(customer),
    UserID: customer.login,
    UserLastname: customer.lastname,
    UserLogin: customer.login,
    UserMailString: `"${fullName(customer)}" <${customer.email}>`,
    UserType: "Customer"
  }
}

/** The session's user data as a Key/Value list sorted by key, as OTRS sends it. */
export const sessionGet: Operation = ({ data, world }) => {
  const sessionId = text(data["SessionID"])
  if (sessionId === undefined) return failure(op, "MissingParameter", "SessionID parameter is missing!")
  const session = world.sessions.peek(sessionId)
  if (session === undefined) return failure(op, "SessionInvalid", "SessionID is Invalid!")
  const values = session.user.kind === "agent" ? agentData(session) : customerData(session)
  return {
    SessionData: Object.keys(values).sort().map((key) => ({ Key: key, Value: values[key] ?? null }))
  }
}
