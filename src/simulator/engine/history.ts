import type { Ticket } from "./model.js"

/** ticket_history_type ids of a stock OTRS 6. */
export const historyTypeIds = {
  NewTicket: 1,
  SendAgentNotification: 9,
  AddNote: 15,
  Move: 16,
  Lock: 17,
  Unlock: 18,
  TimeAccounting: 20,
  CustomerUpdate: 21,
  PriorityUpdate: 22,
  OwnerUpdate: 23,
  Misc: 25,
  SetPendingTime: 26,
  StateUpdate: 27,
  TicketDynamicFieldUpdate: 28,
  ResponsibleUpdate: 34,
  TypeUpdate: 37,
  ServiceUpdate: 38,
  SLAUpdate: 39,
  TitleUpdate: 50
} as const

export type HistoryType = keyof typeof historyTypeIds

/** Appends an entry that records the ticket's queue, state, owner, priority and type as they are now. */
export const addHistory = (
  ticket: Ticket,
  historyType: HistoryType,
  name: string,
  createBy: number,
  createTime: number,
  articleId = 0
): void => {
  ticket.history.push({
    historyType,
    name,
    articleId,
    createBy,
    createTime,
    ownerId: ticket.ownerId,
    priorityId: ticket.priorityId,
    queueId: ticket.queueId,
    stateId: ticket.stateId,
    typeId: ticket.typeId
  })
}
