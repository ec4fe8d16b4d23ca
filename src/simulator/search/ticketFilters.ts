import { Locks, type Named, Priorities, Queues, States, TicketTypes } from "../data/reference.js"
import type { Article, Ticket } from "../engine/model.js"
import { type Data, integer, text, textList } from "../engine/params.js"
import { parseTimestamp } from "../engine/time.js"
import { likePattern, matchesAny } from "./like.js"

export type Condition = (ticket: Ticket) => boolean

/** undefined: a name that does not exist was asked for, so nothing can match (OTRS answers `{}`). */
type Conditions = Array<Condition> | undefined

const lookupIds = (
  data: Data,
  namesKey: string,
  idsKey: string,
  byName: ReadonlyMap<string, Named>
): Array<number> | undefined => {
  const ids = textList(data[idsKey]).map(Number)
  for (const name of textList(data[namesKey])) {
    const found = byName.get(name)
    if (found === undefined) return undefined
    ids.push(found.id)
  }
  return ids
}

const idFilters = (data: Data, conditions: Array<Condition>): boolean => {
  const tables = [
    ["Queues", "QueueIDs", Queues.byName, (ticket: Ticket) => ticket.queueId],
    ["States", "StateIDs", States.byName, (ticket: Ticket) => ticket.stateId],
    ["Priorities", "PriorityIDs", Priorities.byName, (ticket: Ticket) => ticket.priorityId],
    ["Types", "TypeIDs", TicketTypes.byName, (ticket: Ticket) => ticket.typeId],
    ["Locks", "LockIDs", Locks.byName, (ticket: Ticket) => ticket.lockId]
  ] as const
  for (const [namesKey, idsKey, byName, idOf] of tables) {
    const ids = lookupIds(data, namesKey, idsKey, byName)
    if (ids === undefined) return false
    if (ids.length > 0) conditions.push((ticket) => ids.includes(idOf(ticket)))
  }
  for (const [key, idOf] of [
    ["OwnerIDs", (ticket: Ticket) => ticket.ownerId],
    ["ResponsibleIDs", (ticket: Ticket) => ticket.responsibleId],
    ["CreatedUserIDs", (ticket: Ticket) => ticket.createBy],
    ["TicketID", (ticket: Ticket) => ticket.ticketId]
  ] as const) {
    const ids = textList(data[key]).map(Number)
    if (ids.length > 0) conditions.push((ticket) => ids.includes(idOf(ticket)))
  }
  return true
}

/** StateType takes state type names (compared case-insensitively, so `Open` is the type `open`) or ids. */
const stateTypeFilter = (data: Data, conditions: Array<Condition>) => {
  const names = textList(data["StateType"]).map((name) => name.toLowerCase())
  const ids = textList(data["StateTypeIDs"]).map(Number)
  if (names.length === 0 && ids.length === 0) return
  const stateIds = States.all
    .filter((state) => names.includes(state.typeName.toLowerCase()) || ids.includes(state.typeId))
    .map((state) => state.id)
  conditions.push((ticket) => stateIds.includes(ticket.stateId))
}

const textFilters = (data: Data, conditions: Array<Condition>) => {
  for (const [key, valueOf] of [
    ["Title", (ticket: Ticket) => ticket.title],
    ["TicketNumber", (ticket: Ticket) => ticket.ticketNumber],
    ["CustomerID", (ticket: Ticket) => ticket.customerId],
    ["CustomerUserLogin", (ticket: Ticket) => ticket.customerUserId]
  ] as const) {
    const patterns = textList(data[key]).filter((value) => !/^[%*]+$/.test(value)).map(likePattern)
    if (patterns.length > 0) conditions.push((ticket) => matchesAny(patterns, valueOf(ticket)))
  }
}

const articleFields = [
  ["MIMEBase_From", (article: Article) => article.from],
  ["MIMEBase_To", (article: Article) => article.to],
  ["MIMEBase_Cc", (article: Article) => article.cc],
  ["MIMEBase_Subject", (article: Article) => article.subject],
  ["MIMEBase_Body", (article: Article) => article.body]
] as const

/** Article conditions hold for one article together (ContentSearch AND, the default) or each for any (OR). */
const articleFilter = (data: Data, conditions: Array<Condition>, customerView: boolean) => {
  const checks = articleFields.flatMap(([key, valueOf]) => {
    const value = text(data[key])
    if (value === undefined) return []
    const pattern = likePattern(value)
    return [(article: Article) => pattern.test(valueOf(article))]
  })
  if (checks.length === 0) return
  const any = text(data["ContentSearch"])?.toUpperCase() === "OR"
  const visible = (article: Article) => !customerView || article.isVisibleForCustomer === 1
  conditions.push((ticket) =>
    ticket.articles.some((article) =>
      visible(article) && (any ? checks.some((check) => check(article)) : checks.every((check) => check(article)))
    )
  )
}

const closeTime = (ticket: Ticket): number | undefined => {
  const closed = new Set(States.all.filter((state) => state.typeName === "closed").map((state) => state.id))
  if (!closed.has(ticket.stateId)) return undefined
  const changes = ticket.history.filter((entry) => entry.historyType === "StateUpdate" || entry.historyType === "NewTicket")
  return changes.at(-1)?.createTime
}

/** Ticket{Create,Change,Close,Pending}Time{Newer,Older}{Minutes,Date}. */
const timeFilters = (data: Data, conditions: Array<Condition>, now: number) => {
  const times = [
    ["TicketCreateTime", (ticket: Ticket) => ticket.createTime],
    ["TicketChangeTime", (ticket: Ticket) => ticket.changeTime],
    ["TicketCloseTime", closeTime],
    ["TicketPendingTime", (ticket: Ticket) => (ticket.pendingUntil === 0 ? undefined : ticket.pendingUntil)]
  ] as const
  for (const [prefix, timeOf] of times) {
    const bounds: Array<[number, "newer" | "older"]> = []
    const newerMinutes = integer(data[`${prefix}NewerMinutes`])
    if (newerMinutes !== undefined) bounds.push([now - newerMinutes * 60, "newer"])
    const olderMinutes = integer(data[`${prefix}OlderMinutes`])
    if (olderMinutes !== undefined) bounds.push([now - olderMinutes * 60, "older"])
    const newerDate = parseTimestamp(text(data[`${prefix}NewerDate`]) ?? "")
    if (newerDate !== undefined) bounds.push([newerDate, "newer"])
    const olderDate = parseTimestamp(text(data[`${prefix}OlderDate`]) ?? "")
    if (olderDate !== undefined) bounds.push([olderDate, "older"])
    for (const [bound, direction] of bounds) {
      conditions.push((ticket) => {
        const time = timeOf(ticket)
        return time !== undefined && (direction === "newer" ? time >= bound : time <= bound)
      })
    }
  }
}

/** TicketSearch's filters; undefined when one names something unknown. */
export const ticketFilters = (data: Data, now: number, customerView: boolean): Conditions => {
  const conditions: Array<Condition> = []
  if (!idFilters(data, conditions)) return undefined
  stateTypeFilter(data, conditions)
  textFilters(data, conditions)
  articleFilter(data, conditions, customerView)
  timeFilters(data, conditions, now)
  return conditions
}
