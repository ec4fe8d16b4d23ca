import { historyTypeIds } from "../engine/history.js"
import type { HistoryEntry, Ticket } from "../engine/model.js"
import { formatTimestamp } from "../engine/time.js"

const renderEntry = (ticketId: string) => (entry: HistoryEntry) => ({
  ArticleID: entry.articleId,
  CreateBy: entry.createBy,
  CreateTime: formatTimestamp(entry.createTime),
  HistoryType: entry.historyType,
  HistoryTypeID: historyTypeIds[entry.historyType as keyof typeof historyTypeIds],
  Name: entry.name,
  OwnerID: entry.ownerId,
  PriorityID: entry.priorityId,
  QueueID: entry.queueId,
  StateID: entry.stateId,
  TicketID: ticketId,
  TypeID: entry.typeId
})

/** TicketHistoryGet's element for one ticket; OTRS sends its ticket ids as strings here. */
export const renderHistory = (ticket: Ticket) => {
  const ticketId = String(ticket.ticketId)
  return { History: ticket.history.map(renderEntry(ticketId)), TicketID: ticketId }
}
