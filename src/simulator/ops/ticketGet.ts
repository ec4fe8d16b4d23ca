import { authenticate } from "../engine/auth.js"
import type { Ticket } from "../engine/model.js"
import { failure } from "../engine/opError.js"
import { type Data, flag, integer, text, textList } from "../engine/params.js"
import { mayAccessTicket } from "../engine/permissions.js"
import { nowSeconds } from "../engine/World.js"
import type { ArticleOptions } from "../render/article.js"
import { renderTicket } from "../render/ticket.js"
import type { Operation } from "./operation.js"
import { asId, requestedIds } from "./requestedIds.js"

const op = "TicketGet"

const articleOptions = (data: Data): ArticleOptions | undefined => {
  if (!flag(data["AllArticles"])) return undefined
  const limit = integer(data["ArticleLimit"])
  return {
    attachments: flag(data["Attachments"]),
    attachmentContents: data["GetAttachmentContents"] === undefined || flag(data["GetAttachmentContents"]),
    htmlBodyAsAttachment: flag(data["HTMLBodyAsAttachment"]),
    order: text(data["ArticleOrder"])?.toUpperCase() === "DESC" ? "DESC" : "ASC",
    limit: limit !== undefined && limit > 0 ? limit : undefined,
    senderTypes: textList(data["ArticleSenderType"])
  }
}

/** One id the user may not read (or that does not exist) fails the whole call. */
export const ticketGet: Operation = ({ data, world }) => {
  const actor = authenticate(world, data)
  if (actor === undefined) return failure(op, "AuthFail", "Authorization failing!")
  const ids = requestedIds(data["TicketID"])
  if (ids.length === 0) return failure(op, "MissingParameter", "TicketID parameter is missing!")
  const tickets: Array<Ticket> = []
  for (const id of ids) {
    const ticket = world.tickets.get(asId(id))
    if (ticket === undefined || !mayAccessTicket(actor, ticket, "ro")) {
      return failure(op, "AccessDenied", "User does not have access to the ticket!")
    }
    tickets.push(ticket)
  }
  const options = {
    dynamicFields: flag(data["DynamicFields"]),
    extended: flag(data["Extended"]),
    articles: articleOptions(data),
    customerView: actor.kind === "customer"
  }
  const now = nowSeconds(world)
  return { Ticket: tickets.map((ticket) => renderTicket(ticket, now, options)) }
}
