import {
  type Agent,
  agentsById,
  type DynamicFieldConfig,
  Locks,
  type Named,
  Priorities,
  type Priority,
  type Queue,
  Queues,
  rootId,
  type State,
  States,
  TicketTypes
} from "../data/reference.js"
import { addHistory, type HistoryType } from "./history.js"
import type { DynamicFieldValue, Ticket } from "./model.js"
import { formatMinute } from "./time.js"
import type { World } from "./World.js"

/**
 * One request's changes to one ticket. Each setter changes the ticket and logs history the way OTRS 6 does
 * (the recordings show the entries and their order); agent notifications are logged at the end, as OTRS's
 * transaction events do.
 */
export interface Change {
  readonly world: World
  readonly ticket: Ticket
  readonly userId: number
  readonly now: number
  readonly notifications: Array<string>
}

export const beginChange = (world: World, ticket: Ticket, userId: number, now: number): Change => ({
  world,
  ticket,
  userId,
  now,
  notifications: []
})

export const log = (change: Change, type: HistoryType, name: string, articleId = 0): void => {
  addHistory(change.ticket, type, name, change.userId, change.now, articleId)
  change.ticket.changeTime = change.now
  change.ticket.changeBy = change.userId
}

const nameOf = (table: ReadonlyMap<number, Named>, id: number) => table.get(id)?.name ?? ""

export const setTitle = (change: Change, title: string): void => {
  const old = change.ticket.title
  if (old === title) return
  change.ticket.title = title
  log(change, "TitleUpdate", `%%${old}%%${title}`)
}

export const setQueue = (change: Change, queue: Queue): void => {
  const old = change.ticket.queueId
  if (old === queue.id) return
  change.ticket.queueId = queue.id
  log(change, "Move", `%%${queue.name}%%${queue.id}%%${nameOf(Queues.byId, old)}%%${old}`)
}

/** Unlock timeouts change with agent activity; only a real change is logged. */
export const resetUnlockTimeout = (change: Change): void => {
  if (change.ticket.unlockTimeout === change.now) return
  change.ticket.unlockTimeout = change.now
  log(change, "Misc", "Reset of unlock time.")
}

export const setLock = (change: Change, lock: Named): void => {
  if (change.ticket.lockId === lock.id) return
  change.ticket.lockId = lock.id
  log(change, lock.name === "lock" ? "Lock" : "Unlock", `%%${lock.name}`)
  if (lock.name === "lock") resetUnlockTimeout(change)
}

export const setType = (change: Change, type: Named): void => {
  const old = change.ticket.typeId
  if (old === type.id) return
  change.ticket.typeId = type.id
  log(change, "TypeUpdate", `%%${type.name}%%${type.id}%%${nameOf(TicketTypes.byId, old)}%%${old}`)
}

export const isPending = (state: State): boolean => state.typeName.startsWith("pending")

/** A pending state needs `pendingUntil`; any other state clears the pending time (logged as 00-00-00 00:00). */
export const setState = (change: Change, state: State, pendingUntil: number | undefined): void => {
  const ticket = change.ticket
  const old = ticket.stateId
  if (isPending(state) && pendingUntil !== undefined) {
    ticket.pendingUntil = pendingUntil
    log(change, "SetPendingTime", `%%${formatMinute(pendingUntil)}`)
  }
  if (old === state.id) return
  if (state.typeName === "closed") setLock(change, Locks.byName.get("unlock")!)
  ticket.stateId = state.id
  log(change, "StateUpdate", `%%${nameOf(States.byId, old)}%%${state.name}%%`)
  if (!isPending(state)) {
    ticket.pendingUntil = 0
    log(change, "SetPendingTime", "%%00-00-00 00:00")
  }
}

export const setPriority = (change: Change, priority: Priority): void => {
  const old = change.ticket.priorityId
  if (old === priority.id) return
  change.ticket.priorityId = priority.id
  log(change, "PriorityUpdate", `%%${nameOf(Priorities.byId, old)}%%${old}%%${priority.name}%%${priority.id}`)
}

const notify = (change: Change, agentId: number, event: string) => {
  const agent = agentsById.get(agentId)
  if (agent === undefined || agentId === change.userId || agentId === rootId) return
  change.notifications.push(`%%${event}%%${agent.login}%%Email`)
}

export const setOwner = (change: Change, owner: Agent): void => {
  if (change.ticket.ownerId === owner.id) return
  change.ticket.ownerId = owner.id
  log(change, "OwnerUpdate", `%%${owner.login}%%${owner.id}`)
  notify(change, owner.id, "Ticket owner update notification")
}

export const setResponsible = (change: Change, responsible: Agent): void => {
  if (change.ticket.responsibleId === responsible.id) return
  change.ticket.responsibleId = responsible.id
  log(change, "ResponsibleUpdate", `%%${responsible.login}%%${responsible.id}`)
}

export const setCustomer = (change: Change, customerUserId: string, customerId: string): void => {
  change.ticket.customerUserId = customerUserId
  change.ticket.customerId = customerId
  log(change, "CustomerUpdate", `%%CustomerID=${customerId};CustomerUser=${customerUserId};`)
}

const historyValue = (value: DynamicFieldValue | undefined) =>
  value === undefined ? "" : typeof value === "string" ? value : value.join(",")

/** `undefined` clears the field. */
export const setDynamicField = (change: Change, field: DynamicFieldConfig, value: DynamicFieldValue | undefined): void => {
  const fields = change.ticket.dynamicFields
  const old = fields.get(field.name)
  if (historyValue(old) === historyValue(value)) return
  if (value === undefined) fields.delete(field.name)
  else fields.set(field.name, value)
  log(change, "TicketDynamicFieldUpdate", `%%FieldName%%${field.name}%%Value%%${historyValue(value)}%%OldValue%%${historyValue(old)}`)
}

export const notifyNewNote = (change: Change): void => notify(change, change.ticket.ownerId, "Ticket new note notification")

export const finishChange = (change: Change): void => {
  for (const notification of change.notifications) log(change, "SendAgentNotification", notification)
  change.notifications.length = 0
}
