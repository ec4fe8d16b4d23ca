import { fullName, mailbox, States } from "../data/reference.js"
import { addArticle, readArticle, readAttachments } from "../engine/articles.js"
import { type Actor, actorUserId, authenticate, missingCredentials } from "../engine/auth.js"
import { readDynamicFields } from "../engine/dynamicFields.js"
import { asError, isInputProblem } from "../engine/inputProblem.js"
import { failure, opError } from "../engine/opError.js"
import { integer, isRecord, text } from "../engine/params.js"
import { mayAccessTicket, mayUseQueue } from "../engine/permissions.js"
import {
  beginChange,
  finishChange,
  isPending,
  setCustomer,
  setDynamicField,
  setLock,
  setOwner,
  setPriority,
  setQueue,
  setResponsible,
  setState,
  setTitle,
  setType
} from "../engine/ticketChanges.js"
import { readTicketFields } from "../engine/ticketFields.js"
import { nowSeconds } from "../engine/World.js"
import type { Operation } from "./operation.js"

const op = "TicketUpdate"

const senderName = (actor: Actor) => actor.kind === "agent" ? fullName(actor.agent) : mailbox(actor.customer)

const hasContent = (value: unknown) => isRecord(value) && Object.keys(value).length > 0

export const ticketUpdate: Operation = ({ data, world }) => {
  const missingLogin = missingCredentials(data)
  if (missingLogin !== undefined) return failure(op, "MissingParameter", missingLogin)
  const actor = authenticate(world, data)
  if (actor === undefined) return failure(op, "AuthFail", "User could not be authenticated!")
  const ticketId = text(data["TicketID"])
  const number = text(data["TicketNumber"])
  if (ticketId === undefined && number === undefined) {
    return failure(op, "MissingParameter", "TicketID or TicketNumber is required!")
  }
  const ticket = ticketId !== undefined ? world.tickets.get(integer(ticketId) ?? -1) : world.ticketsByNumber.get(number!)
  if (ticket === undefined || !mayAccessTicket(actor, ticket, "rw")) {
    return failure(op, "AccessDenied", "User does not have access to the ticket!")
  }
  const now = nowSeconds(world)
  const ticketData = data["Ticket"]
  if (ticketData !== undefined && ticketData !== "" && !isRecord(ticketData)) {
    return failure(op, "InvalidParameter", "Ticket parameter is invalid!")
  }
  const fields = isRecord(ticketData) ? readTicketFields(ticketData, false, now) : {}
  if (isInputProblem(fields)) return asError(op, fields)
  const articleData = data["Article"]
  const attachments = readAttachments(data["Attachment"])
  const article = hasContent(articleData)
    ? readArticle(articleData as Record<string, unknown>, isInputProblem(attachments) ? [] : attachments, actor)
    : undefined
  if (isInputProblem(article)) return asError(op, article)
  const dynamicFields = readDynamicFields(data["DynamicField"])
  if (isInputProblem(dynamicFields)) return asError(op, dynamicFields)
  if (isInputProblem(attachments)) return asError(op, attachments)
  if (fields.queue !== undefined && !mayUseQueue(actor, fields.queue, "rw")) {
    return failure(op, "AccessDenied", "User does not have access to the new queue!")
  }

  const change = beginChange(world, ticket, actorUserId(actor), now)
  if (fields.title !== undefined) setTitle(change, fields.title)
  if (fields.queue !== undefined) setQueue(change, fields.queue)
  if (fields.lock !== undefined) setLock(change, fields.lock)
  if (fields.type !== undefined) setType(change, fields.type)
  // OTRS's _TicketUpdate refuses this while setting the state: what it set before stays set
  if (fields.state !== undefined && isPending(fields.state) && fields.pendingUntil === undefined) {
    finishChange(change)
    return opError(`${op}.MissingParameter`, "Can't set a ticket on a pending state without pendig time!")
  }
  const state = fields.state ?? (fields.pendingUntil === undefined ? undefined : States.byId.get(ticket.stateId))
  if (state !== undefined) setState(change, state, fields.pendingUntil)
  if (fields.priority !== undefined) setPriority(change, fields.priority)
  if (fields.owner !== undefined) setOwner(change, fields.owner)
  if (fields.responsible !== undefined) setResponsible(change, fields.responsible)
  if (fields.customer !== undefined) setCustomer(change, fields.customer.userId, fields.customer.customerId)
  const added = article === undefined ? undefined : addArticle(change, article, article.from ?? senderName(actor), article.to)
  for (const update of dynamicFields) setDynamicField(change, update.field, update.value)
  finishChange(change)
  return {
    TicketID: String(ticket.ticketId),
    TicketNumber: ticket.ticketNumber,
    ...(added === undefined ? {} : { ArticleID: added.articleId })
  }
}
