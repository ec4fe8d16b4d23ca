import { Schema } from "effect"
import type { HistoryEntry } from "../../schemas/Domain.js"
import { inline } from "./inline.js"

/**
 * Ticket history as an agent reads it: OTRS's `%%`-separated history lines turned into short descriptions
 * ("new → open"), bookkeeping lines left out, user ids replaced by logins where the history itself tells them.
 */

export const HistoryItem = Schema.Struct({
  time: Schema.String.annotations({ description: "When, \"YYYY-MM-DD HH:MM:SS\" in the OTRS server's time zone." }),
  type: Schema.String.annotations({ description: "OTRS history type, e.g. StateUpdate, Move, AddNote." }),
  what: Schema.optional(Schema.String.annotations({ description: "What changed, e.g. \"new → open\"." })),
  by: Schema.String.annotations({ description: "Agent login, or \"user <id>\" when no login for it is known." }),
  article_id: Schema.optional(Schema.Number.annotations({ description: "The article this line concerns." }))
})
export type HistoryItem = typeof HistoryItem.Type

/** `%%a%%b%%` -> ["a", "b", ""]; a line without `%%` is one free-text part. */
const historyParts = (name: string): ReadonlyArray<string> =>
  name.startsWith("%%") ? name.slice(2).split("%%") : [name]

const NULL = "NULL"
const shown = (value: string | undefined) => value === undefined || value === "" || value === NULL ? "none" : value
const change = (from: string | undefined, to: string | undefined) => `${shown(from)} → ${shown(to)}`

/** Lines with `%%<new>%%<newID>%%<old>%%<oldID>` (Move, TypeUpdate, ServiceUpdate, SLAUpdate). */
const newFirst = (parts: ReadonlyArray<string>) => change(parts[2], parts[0])

const keyValues = (text: string): Record<string, string> =>
  Object.fromEntries(
    text.split(";").flatMap((pair) => {
      const at = pair.indexOf("=")
      return at < 0 ? [] : [[pair.slice(0, at).trim(), pair.slice(at + 1).trim()]]
    })
  )

/** `%%FieldName%%Impact%%Value%%high%%OldValue%%medium` as pairs. */
const namedParts = (parts: ReadonlyArray<string>): Record<string, string> => {
  const named: Record<string, string> = {}
  for (let index = 0; index + 1 < parts.length; index += 2) named[parts[index] ?? ""] = parts[index + 1] ?? ""
  return named
}

const RESET_PENDING_TIME = "00-00-00 00:00"

const describers: Record<string, (parts: ReadonlyArray<string>) => string | undefined> = {
  // `%%<number>%%<queue>%%<priority>%%<state>%%<ticket id>` for the ticket, `%%<comment>` for its first article
  NewTicket: (parts) => parts.length >= 4 ? `in ${parts[1]}, ${parts[2]}, ${parts[3]}` : parts.join(" "),
  StateUpdate: (parts) => change(parts[0], parts[1]),
  PriorityUpdate: (parts) => change(parts[0], parts[2]),
  Move: newFirst,
  TypeUpdate: newFirst,
  ServiceUpdate: newFirst,
  SLAUpdate: newFirst,
  OwnerUpdate: (parts) => parts[0],
  ResponsibleUpdate: (parts) => parts[0],
  TitleUpdate: (parts) => change(parts[0], parts[1]),
  CustomerUpdate: (parts) => {
    const { CustomerID: company, CustomerUser: user } = keyValues(parts.join(""))
    return user !== undefined && user !== ""
      ? company !== undefined && company !== "" ? `${user} (${company})` : user
      : company !== undefined && company !== "" ? `customer id ${company}` : parts.join(" ")
  },
  SetPendingTime: (parts) => parts[0] === RESET_PENDING_TIME ? "cleared" : parts[0],
  TicketDynamicFieldUpdate: (parts) => {
    const { FieldName, OldValue, Value } = namedParts(parts)
    const old = OldValue ?? ""
    return `${FieldName}: ${old === "" ? shown(Value) : change(old, Value)}`
  },
  // `%%<accounted now>%%<total>`
  TimeAccounting: (parts) => parts[1] !== undefined && parts[1] !== parts[0] ? `${parts[0]} (total ${parts[1]})` : parts[0],
  // `%%<notification>%%<agent>%%<transport>`
  SendAgentNotification: (parts) => `${parts[0]} → ${parts[1]}${parts[2] === undefined ? "" : ` (${parts[2]})`}`,
  Lock: () => undefined,
  Unlock: () => undefined,
  TicketLinkAdd: (parts) => parts[0],
  TicketLinkDelete: (parts) => parts[0]
}

/** A readable description of one history line; undefined when the type says it all (Lock). */
export const describeHistoryEntry = (entry: Pick<HistoryEntry, "type" | "name">): string | undefined => {
  const parts = historyParts(entry.name)
  const describe = describers[entry.type]
  const text = describe === undefined ? parts.filter((part) => part.trim() !== "").join(", ") : describe(parts)
  return text === undefined || text.trim() === "" ? undefined : text.trim()
}

const isNoOp = (entry: HistoryEntry) =>
  (entry.type === "ServiceUpdate" || entry.type === "SLAUpdate") &&
  historyParts(entry.name).every((part) => part === "" || part === NULL)

const isPendingReset = (entry: HistoryEntry | undefined) =>
  entry?.type === "SetPendingTime" && historyParts(entry.name)[0] === RESET_PENDING_TIME

const isStateChangeAt = (entry: HistoryEntry | undefined, created: string) =>
  entry?.type === "StateUpdate" && entry.created === created

/**
 * Lines an agent never needs: OTRS's unlock-timer resets, the empty service/SLA it logs at creation, and the
 * pending-time reset it logs with every state change (the state change itself says it).
 */
const isBookkeeping = (entries: ReadonlyArray<HistoryEntry>, index: number): boolean => {
  const entry = entries[index]
  if (entry === undefined) return false
  if (entry.type === "Misc" && entry.name.trim() === "Reset of unlock time.") return true
  if (isNoOp(entry)) return true
  return isPendingReset(entry) &&
    (isStateChangeAt(entries[index - 1], entry.created) || isStateChangeAt(entries[index + 1], entry.created))
}

/** Logins by user id, as the owner and responsible changes in the history name them (`%%agent2%%3`). */
const knownLogins = (entries: ReadonlyArray<HistoryEntry>): ReadonlyMap<number, string> => {
  const logins = new Map<number, string>()
  for (const entry of entries) {
    if (entry.type !== "OwnerUpdate" && entry.type !== "ResponsibleUpdate") continue
    const [login, id] = historyParts(entry.name)
    const userId = Number(id)
    if (login !== undefined && login !== "" && Number.isSafeInteger(userId) && userId > 0) logins.set(userId, login)
  }
  return logins
}

/**
 * The history in chronological order, bookkeeping left out; authors by login, as the history names them or else as
 * `agents` does.
 */
export const compactHistory = (
  entries: ReadonlyArray<HistoryEntry>,
  agents: ReadonlyMap<number, string> = new Map()
): ReadonlyArray<HistoryItem> => {
  // OTRS lists history by id, which is chronological; the stable sort only guards against other backends
  const ordered = [...entries].sort((a, b) => a.created < b.created ? -1 : a.created > b.created ? 1 : 0)
  const logins = new Map([...agents, ...knownLogins(ordered)])
  return ordered.flatMap((entry, index) => {
    if (isBookkeeping(ordered, index)) return []
    const what = describeHistoryEntry(entry)
    return [{
      time: entry.created,
      type: entry.type,
      ...(what === undefined ? {} : { what }),
      by: logins.get(entry.createdBy) ?? `user ${entry.createdBy}`,
      ...(entry.articleId === undefined ? {} : { article_id: entry.articleId })
    }]
  })
}

export const renderHistoryItem = (item: HistoryItem): string =>
  [
    item.time,
    item.type,
    item.what === undefined ? undefined : inline(item.what),
    `(${item.by})`,
    item.article_id === undefined ? undefined : `[article ${item.article_id}]`
  ].filter((part) => part !== undefined).join(" ")
