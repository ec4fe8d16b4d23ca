import { Effect } from "effect"
import type { OtrsClientShape } from "../services/OtrsClient.js"
import type { OtrsError } from "../services/OtrsErrors.js"
import { type DoctorStep, fail, pass, type StepName, warn } from "./DoctorStep.js"
import { slowAnswerAdvice, type Wait, within } from "./Wait.js"

/** The client the MCP server would use, over doctor's transport (see Wait), and whom it logs in as. */
export interface Account {
  readonly client: OtrsClientShape
  readonly username: string
  readonly wait: Wait
}

/**
 * OtrsError messages end with what to do, so they need no separate fix; but a timeout's would advise raising
 * OTRS_TIMEOUT_MS, which doctor's own limit may have run out before.
 */
const explain = (error: OtrsError, wait: Wait): { readonly detail: string; readonly fix?: string } =>
  error._tag === "OtrsTimeout"
    ? { detail: `${error.operation}: OTRS did not answer ${within(wait)} at ${error.url}`, fix: slowAnswerAdvice(wait) }
    : { detail: error.message }

const unexpected = (name: StepName, error: OtrsError, wait: Wait) => {
  const { detail, fix } = explain(error, wait)
  return fail(name, detail, fix)
}

/** Logs in through the client the MCP server uses, so that a pass here means the server will log in too. */
export const checkCredentials = ({ client, username, wait }: Account): Effect.Effect<DoctorStep> => {
  const name = "credentials"
  return client.sessionCreate.pipe(
    Effect.match({
      onSuccess: (session) => {
        const who = [session.fullName, session.userId === undefined ? undefined : `UserID ${session.userId}`]
          .filter((part) => part !== undefined && part !== "")
        const detail = `logged in as ${session.userLogin}${who.length === 0 ? "" : ` (${who.join(", ")})`}`
        return session.userType === "Customer"
          ? warn(name, `${detail}, a customer user: otrs-mcp needs an agent account`,
            "Set OTRS_USERNAME and OTRS_PASSWORD to an agent's login (Admin → Agents).")
          : pass(name, detail)
      },
      onFailure: (error) =>
        error._tag === "OtrsAuthError"
          ? fail(name, `OTRS rejected the login of '${username}' (${error.otrsMessage})`,
            "Check OTRS_USERNAME and OTRS_PASSWORD, and that the agent is valid in Admin → Agents. OTRS answers a " +
              "wrong password, an unknown user and an invalid account alike.")
          : unexpected(name, error, wait)
    })
  )
}

/** Searches and reads one ticket of the default queue: what the ticket tools need at the least. */
export const checkQueue = ({ client, username, wait }: Account, queue: string): Effect.Effect<DoctorStep> => {
  const name = "queue permissions"
  const emptyFix = `Check that queue '${queue}' exists and that ${username} has at least ro permission on its group ` +
    "(Admin → Agents ↔ Groups), or set OTRS_DEFAULT_QUEUE to a queue the agent works in."
  return client.ticketSearch({ Queues: [queue], Limit: 1 }).pipe(
    Effect.flatMap((ticketIds) => {
      const [first] = ticketIds
      if (first === undefined) {
        return Effect.succeed(
          warn(name, `no ticket found in queue '${queue}': the queue is empty, does not exist, or ${username} ` +
            "lacks read access to it (OTRS does not tell which)", emptyFix)
        )
      }
      return client.ticketGet({ ticketIds: [first] }).pipe(
        Effect.as(pass(name, `${username} can search and read tickets in queue '${queue}' (read ticket ${first}; ` +
          "write access is not tested, doctor changes nothing)"))
      )
    }),
    Effect.catchAll((error) =>
      Effect.succeed(
        error._tag === "OtrsNotFoundOrDenied"
          ? fail(name, `${username} found a ticket in queue '${queue}' but may not read it (${error.otrsMessage})`,
            emptyFix)
          : unexpected(name, error, wait)
      )
    )
  )
}

/** Config items are optional (ITSM), so every problem here is a warning. */
export const checkConfigItems = ({ client, username, wait }: Account): Effect.Effect<DoctorStep> => {
  const name = "config item permissions"
  const className = "Computer"
  return client.configItemSearch({ Class: className, Limit: 1 }).pipe(
    Effect.match({
      onSuccess: (ids) =>
        pass(name, `${username} can search config items (class ${className}: ${ids.length === 0 ? "none" : "found some"})`),
      onFailure: (error) => {
        switch (error._tag) {
          case "OtrsNotFoundOrDenied":
            return warn(name, `${username} may not search config items (${error.otrsMessage})`,
              `Give ${username} ro on the itsm-configitem group (Admin → Agents ↔ Groups) if the config-item tools ` +
                "are needed.")
          case "OtrsInvalidParameter":
            return warn(name, `could not check: the config item class ${className} does not exist (${error.otrsMessage})`)
          default: {
            const { detail, fix } = explain(error, wait)
            return warn(name, detail, fix)
          }
        }
      }
    })
  )
}
