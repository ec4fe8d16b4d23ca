import { agentLogin, customerLogin } from "../engine/auth.js"
import { failure } from "../engine/opError.js"
import { text } from "../engine/params.js"
import type { SessionUser } from "../engine/sessions.js"
import type { Operation } from "./operation.js"

const op = "SessionCreate"

export const sessionCreate: Operation = ({ client, data, world }) => {
  const userLogin = text(data["UserLogin"])
  const customerUserLogin = text(data["CustomerUserLogin"])
  if (userLogin === undefined && customerUserLogin === undefined) {
    return failure(op, "MissingParameter", "UserLogin or CustomerUserLogin parameter is needed!")
  }
  const password = text(data["Password"])
  if (password === undefined) return failure(op, "MissingParameter", "Password parameter is missing!")
  const user: SessionUser | undefined = userLogin !== undefined
    ? agentLogin(userLogin, password) && { kind: "agent", login: userLogin }
    : customerLogin(customerUserLogin!, password) && { kind: "customer", login: customerUserLogin! }
  if (user === undefined) return failure(op, "AuthFail", "Authorization failing!")
  world.stats.sessionCreates++
  return { SessionID: world.sessions.create(user, client).id }
}
