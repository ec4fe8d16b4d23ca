import {
  Locks,
  Priorities,
  Queues,
  SenderTypes,
  States,
  TicketTypes,
  ticketDynamicFields
} from "../data/reference.js"
import { agentName } from "../engine/auth.js"
import type { Article, Ticket } from "../engine/model.js"
import { formatTimestamp } from "../engine/time.js"
import { type ArticleOptions, renderArticle } from "./article.js"

interface TicketOptions {
  readonly dynamicFields: boolean
  readonly extended: boolean
  /** undefined: no articles (AllArticles not set) */
  readonly articles: ArticleOptions | undefined
  /** customer users only see articles visible for customers */
  readonly customerView: boolean
}

const agentSender = SenderTypes.byName.get("agent")!.id

/** TicketGet's Extended data, present only when there is something to say (as OTRS leaves keys out). */
const extended = (ticket: Ticket): Record<string, unknown> => {
  const result: Record<string, unknown> = {}
  const firstResponse = ticket.articles.find((article) => article.senderTypeId === agentSender && article.isVisibleForCustomer === 1)
  if (firstResponse !== undefined) result["FirstResponse"] = formatTimestamp(firstResponse.createTime)
  const firstLock = ticket.history.find((entry) => entry.historyType === "Lock")
  if (firstLock !== undefined) result["FirstLock"] = formatTimestamp(firstLock.createTime)
  const closedStates = new Set(States.all.filter((state) => state.typeName === "closed").map((state) => state.id))
  const closings = ticket.history.filter((entry) =>
    closedStates.has(entry.stateId) && (entry.historyType === "StateUpdate" || entry.historyType === "NewTicket")
  )
  const closed = closings.at(-1)
  if (closed !== undefined) {
    result["Closed"] = formatTimestamp(closed.createTime)
    result["SolutionInMin"] = Math.floor((closed.createTime - ticket.createTime) / 60)
  }
  return result
}

const selectArticles = (ticket: Ticket, options: ArticleOptions, customerView: boolean): ReadonlyArray<Article> => {
  let articles: ReadonlyArray<Article> = ticket.articles
  if (customerView) articles = articles.filter((article) => article.isVisibleForCustomer === 1)
  if (options.senderTypes.length > 0) {
    articles = articles.filter((article) => options.senderTypes.includes(SenderTypes.byId.get(article.senderTypeId)?.name ?? ""))
  }
  if (options.order === "DESC") articles = [...articles].reverse()
  if (options.limit !== undefined) articles = articles.slice(0, options.limit)
  return articles
}

export const renderTicket = (ticket: Ticket, now: number, options: TicketOptions): Record<string, unknown> => {
  const state = States.byId.get(ticket.stateId)!
  const priority = Priorities.byId.get(ticket.priorityId)!
  const queue = Queues.byId.get(ticket.queueId)!
  const pending = state.typeName.startsWith("pending") && ticket.pendingUntil !== 0
  const wire: Record<string, unknown> = {
    Age: Math.max(0, now - ticket.createTime),
    ArchiveFlag: "n",
    ChangeBy: ticket.changeBy,
    Changed: formatTimestamp(ticket.changeTime),
    CreateBy: ticket.createBy,
    Created: formatTimestamp(ticket.createTime),
    CustomerID: ticket.customerId,
    CustomerUserID: ticket.customerUserId,
    EscalationResponseTime: 0,
    EscalationSolutionTime: 0,
    EscalationTime: 0,
    EscalationUpdateTime: 0,
    GroupID: queue.groupId,
    Lock: Locks.byId.get(ticket.lockId)!.name,
    LockID: ticket.lockId,
    Owner: agentName(ticket.ownerId),
    OwnerID: ticket.ownerId,
    Priority: priority.name,
    PriorityColor: priority.color,
    PriorityID: priority.id,
    Queue: queue.name,
    QueueID: queue.id,
    RealTillTimeNotUsed: pending ? ticket.pendingUntil : 0,
    Responsible: agentName(ticket.responsibleId),
    ResponsibleID: ticket.responsibleId,
    SLAID: "",
    ServiceID: "",
    State: state.name,
    StateID: state.id,
    StateType: state.typeName,
    TicketID: ticket.ticketId,
    TicketNumber: ticket.ticketNumber,
    TimeUnit: ticket.timeUnit,
    Title: ticket.title,
    Type: TicketTypes.byId.get(ticket.typeId)?.name ?? "",
    TypeID: ticket.typeId,
    UnlockTimeout: ticket.unlockTimeout,
    UntilTime: pending ? ticket.pendingUntil - now : 0
  }
  if (options.extended) Object.assign(wire, extended(ticket))
  if (options.dynamicFields) {
    wire["DynamicField"] = ticketDynamicFields.map((field) => ({
      Name: field.name,
      Value: ticket.dynamicFields.get(field.name) ?? null
    }))
  }
  if (options.articles !== undefined) {
    const articleOptions = options.articles
    wire["Article"] = selectArticles(ticket, articleOptions, options.customerView).map((article) =>
      renderArticle(article, articleOptions)
    )
  }
  return wire
}
