import { type Agent, customersByLowerLogin, Locks, mailbox, rootId, TicketTypes } from "../data/reference.js"
import { addArticle, readArticle, readAttachments } from "../engine/articles.js"
import { type Actor, actorUserId, authenticate, missingCredentials } from "../engine/auth.js"
import { readDynamicFields } from "../engine/dynamicFields.js"
import { addHistory } from "../engine/history.js"
import { asError, isInputProblem } from "../engine/inputProblem.js"
import type { Ticket } from "../engine/model.js"
import { failure } from "../engine/opError.js"
import { isRecord } from "../engine/params.js"
import { mayUseQueue } from "../engine/permissions.js"
import {
  beginChange,
  finishChange,
  isPending,
  setCustomer,
  setDynamicField,
  setLock,
  setOwner,
  setResponsible,
  setState
} from "../engine/ticketChanges.js"
import { readTicketFields } from "../engine/ticketFields.js"
import { ticketNumber } from "../engine/ticketNumber.js"
import { nowSeconds } from "../engine/World.js"
import type { Operation } from "./operation.js"

const op = "TicketCreate"

const nonEmptyRecord = (value: unknown) => isRecord(value) && Object.keys(value).length > 0

/** Without Article->From OTRS writes the customer user as sender (or the given address). */
const defaultFrom = (customerUserId: string) => {
  const known = customersByLowerLogin.get(customerUserId.toLowerCase())
  return known === undefined ? customerUserId : mailbox(known)
}

const defaultOwner = (actor: Actor, owner: Agent | undefined): Agent | undefined =>
  owner ?? (actor.kind === "agent" ? actor.agent : undefined)

export const ticketCreate: Operation = ({ data, world }) => {
  const missingLogin = missingCredentials(data)
  if (missingLogin !== undefined) return failure(op, "MissingParameter", missingLogin)
  const actor = authenticate(world, data)
  if (actor === undefined) return failure(op, "AuthFail", "User could not be authenticated!")
  const ticketData = data["Ticket"]
  if (!isRecord(ticketData) || !nonEmptyRecord(ticketData)) {
    return failure(op, "MissingParameter", "Ticket parameter is missing or not valid!")
  }
  const articleData = data["Article"]
  if (!isRecord(articleData) || !nonEmptyRecord(articleData)) {
    return failure(op, "MissingParameter", "Article parameter is missing or not valid!")
  }
  const now = nowSeconds(world)
  const fields = readTicketFields(ticketData, true, now)
  if (isInputProblem(fields)) return asError(op, fields)
  const attachments = readAttachments(data["Attachment"])
  const article = readArticle(articleData, isInputProblem(attachments) ? [] : attachments, actor)
  if (isInputProblem(article)) return asError(op, article)
  const dynamicFields = readDynamicFields(data["DynamicField"])
  if (isInputProblem(dynamicFields)) return asError(op, dynamicFields)
  if (isInputProblem(attachments)) return asError(op, attachments)
  const { customer, priority, queue, state } = fields as Required<Pick<typeof fields, "customer" | "priority" | "queue" | "state">>
  if (!mayUseQueue(actor, queue, "rw")) return failure(op, "AccessDenied", "Can not create tickets in given Queue or QueueID!")
  if (isPending(state) && fields.pendingUntil === undefined) {
    return failure(op, "MissingParameter", "Ticket->PendingTime parameter is missing!")
  }

  const userId = actorUserId(actor)
  const ticket: Ticket = {
    ticketId: ++world.counters.ticketId,
    ticketNumber: ticketNumber(now, ++world.counters.ticketNumber),
    title: fields.title!,
    queueId: queue.id,
    stateId: state.id,
    priorityId: priority.id,
    typeId: (fields.type ?? TicketTypes.byName.get("Unclassified")!).id,
    lockId: Locks.byName.get("unlock")!.id,
    ownerId: rootId,
    responsibleId: rootId,
    customerUserId: "",
    customerId: "",
    createTime: now,
    createBy: userId,
    changeTime: now,
    changeBy: userId,
    unlockTimeout: 0,
    pendingUntil: 0,
    timeUnit: 0,
    dynamicFields: new Map(),
    articles: [],
    history: []
  }
  world.tickets.set(ticket.ticketId, ticket)
  world.ticketsByNumber.set(ticket.ticketNumber, ticket)
  world.stats.ticketsCreated++

  const change = beginChange(world, ticket, userId, now)
  addHistory(ticket, "NewTicket", `%%${ticket.ticketNumber}%%${queue.name}%%${priority.name}%%${state.name}%%${ticket.ticketId}`, userId, now)
  addHistory(ticket, "ServiceUpdate", "%%NULL%%%%NULL%%", userId, now)
  addHistory(ticket, "SLAUpdate", "%%NULL%%%%NULL%%", userId, now)
  setCustomer(change, customer.userId, customer.customerId)
  const created = addArticle(change, article, article.from ?? defaultFrom(customer.userId), queue.name)
  const owner = defaultOwner(actor, fields.owner)
  if (owner !== undefined) setOwner(change, owner)
  if (fields.owner !== undefined) setLock(change, Locks.byName.get("lock")!)
  if (fields.lock !== undefined) setLock(change, fields.lock)
  if (fields.responsible !== undefined) setResponsible(change, fields.responsible)
  if (isPending(state)) setState(change, state, fields.pendingUntil)
  for (const update of dynamicFields) setDynamicField(change, update.field, update.value)
  finishChange(change)
  return { TicketID: String(ticket.ticketId), TicketNumber: ticket.ticketNumber, ArticleID: created.articleId }
}
