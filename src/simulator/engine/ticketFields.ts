import {
  type Agent,
  agentsById,
  agentsByLowerLogin,
  customersByEmail,
  customersByLowerLogin,
  Locks,
  type Named,
  Priorities,
  type Priority,
  type Queue,
  Queues,
  type State,
  States,
  TicketTypes
} from "../data/reference.js"
import { type InputProblem, invalid, missing } from "./inputProblem.js"
import { type Data, integer, isRecord, text, toStoredText } from "./params.js"
import { parseTimestamp } from "./time.js"

/** The Ticket element of TicketCreate/TicketUpdate, resolved against the configuration. */
export interface TicketFields {
  readonly title?: string
  readonly queue?: Queue
  readonly state?: State
  readonly priority?: Priority
  readonly type?: Named
  readonly lock?: Named
  readonly owner?: Agent
  readonly responsible?: Agent
  readonly customer?: { readonly userId: string; readonly customerId: string }
  readonly pendingUntil?: number
}

/** Owner and Responsible go through OTRS's UserLookup, which ignores the case of a login. */
const agentsByAnyCaseLogin = { get: (login: string) => agentsByLowerLogin.get(login.toLowerCase()) }

/** `Queue`/`QueueID` style pairs: by name or by id; "absent" when neither is given. */
const byNameOrId = <T extends { readonly id: number }>(
  raw: Data,
  key: string,
  byName: Pick<ReadonlyMap<string, T>, "get">,
  byId: ReadonlyMap<number, T>
): T | "absent" | "invalid" => {
  const id = raw[`${key}ID`]
  const name = raw[key]
  if (text(id) !== undefined) {
    const found = byId.get(integer(id) ?? -1)
    return found ?? "invalid"
  }
  if (text(name) !== undefined) return byName.get(text(name)!) ?? "invalid"
  return "absent"
}

/** A known customer user (by login or e-mail) or any e-mail address, as OTRS's ValidateCustomer accepts. */
const resolveCustomer = (login: string, customerId: string | undefined) => {
  const byLogin = customersByLowerLogin.get(login.toLowerCase())
  // OTRS keeps the login as it was given, found in whatever case
  if (byLogin !== undefined) return { userId: login, customerId: customerId ?? byLogin.customerId }
  const known = customersByEmail.get(login.toLowerCase())
  if (known !== undefined) return { userId: known.login, customerId: customerId ?? known.customerId }
  return /^[^@\s]+@[^@\s]+$/.test(login) ? { userId: login, customerId: customerId ?? "" } : undefined
}

/** PendingTime as `{Diff}` minutes from now, `{Year, Month, Day, Hour, Minute}` (server time, UTC) or a timestamp. */
const readPendingTime = (raw: unknown, now: number): number | undefined => {
  if (typeof raw === "string") return parseTimestamp(raw)
  if (!isRecord(raw)) return undefined
  const diff = integer(raw["Diff"])
  if (diff !== undefined) return now + diff * 60
  const parts = ["Year", "Month", "Day", "Hour", "Minute"].map((key) => integer(raw[key]))
  if (parts.some((part) => part === undefined)) return undefined
  const [year, month, day, hour, minute] = parts as Array<number>
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!))
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day! ? date.getTime() / 1000 : undefined
}

/**
 * Checks the Ticket element in OTRS's order. TicketCreate needs Title, CustomerUser, Queue, State and Priority;
 * TicketUpdate takes whatever is given.
 */
export const readTicketFields = (raw: Data, required: boolean, now: number): TicketFields | InputProblem => {
  const fields: { -readonly [K in keyof TicketFields]: TicketFields[K] } = {}
  const title = text(raw["Title"])
  if (title === undefined && required) return missing("Ticket->Title parameter is missing!")
  if (title !== undefined) fields.title = toStoredText(title)

  const customerUser = text(raw["CustomerUser"])
  if (customerUser === undefined && required) return missing("Ticket->CustomerUser parameter is missing!")
  if (customerUser !== undefined) {
    const customer = resolveCustomer(customerUser, text(raw["CustomerID"]))
    if (customer === undefined) return invalid("Ticket->CustomerUser parameter is invalid!")
    fields.customer = customer
  }

  const lookups = [
    ["queue", "Queue", Queues.byName, Queues.byId, required],
    ["lock", "Lock", Locks.byName, Locks.byId, false],
    ["type", "Type", TicketTypes.byName, TicketTypes.byId, false],
    ["state", "State", States.byName, States.byId, required],
    ["priority", "Priority", Priorities.byName, Priorities.byId, required]
  ] as const
  for (const [field, key, byName, byId, needed] of lookups) {
    const found = byNameOrId<Named>(raw, key, byName, byId)
    if (found === "absent" && needed) return missing(`Ticket->${key}ID or Ticket->${key} parameter is missing!`)
    if (found === "invalid") return invalid(`Ticket->${key}ID or Ticket->${key} parameter is invalid!`)
    if (found !== "absent") (fields as Record<string, unknown>)[field] = found
  }

  for (const [field, key] of [["owner", "Owner"], ["responsible", "Responsible"]] as const) {
    const found = byNameOrId(raw, key, agentsByAnyCaseLogin, agentsById)
    if (found === "invalid") return invalid(`Ticket->${key}ID or Ticket->${key} parameter is invalid!`)
    if (found !== "absent") fields[field] = found
  }

  if (raw["PendingTime"] !== undefined && raw["PendingTime"] !== "") {
    const pendingUntil = readPendingTime(raw["PendingTime"], now)
    if (pendingUntil === undefined) return invalid("Ticket->PendingTime parameter is invalid!")
    fields.pendingUntil = pendingUntil
  }
  return fields
}
