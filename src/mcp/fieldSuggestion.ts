/**
 * The field an agent most likely meant by a name the object does not take. Agents write arguments from habit and
 * from other APIs (`status`, `ticketId`, `customer`); naming the real field saves a second failed call.
 */

interface LikelyField {
  readonly name: string
  /** What differs from the name that was used, e.g. a meaning turned around. */
  readonly note?: string | undefined
}

interface Synonym {
  readonly names: ReadonlyArray<string>
  /** The first of these that the object takes is the suggestion. */
  readonly fields: ReadonlyArray<string>
  readonly note?: string
}

function byNameNotId(field: string, names: ReadonlyArray<string>, what: string): Synonym {
  return { names, fields: [field], note: `${what}, not an id` }
}

/** Names agents use for the tools' fields (src/tools): every field named here is one some tool takes. */
const synonyms: ReadonlyArray<Synonym> = [
  { names: ["status"], fields: ["state"] },
  { names: ["customer", "customer_login", "requester"], fields: ["customer_user"] },
  {
    names: ["customer_id"],
    fields: ["customer_user"],
    note: "a login or e-mail; OTRS sets the company from the customer user"
  },
  { names: ["id"], fields: ["ticket_id", "config_item_id"] },
  { names: ["number"], fields: ["ticket_number"] },
  { names: ["note", "comment", "reply", "message"], fields: ["article"] },
  { names: ["text", "content", "message"], fields: ["body"] },
  { names: ["type"], fields: ["ticket_type"] },
  { names: ["assignee", "agent", "assigned_to"], fields: ["owner"] },
  { names: ["due", "pending_time", "pending_date", "pending"], fields: ["pending_until"] },
  {
    names: ["internal", "is_internal"],
    fields: ["visible_to_customer"],
    note: "its opposite: false for an internal note"
  },
  { names: ["public", "visible"], fields: ["visible_to_customer"] },
  { names: ["channel"], fields: ["communication_channel"] },
  { names: ["sender"], fields: ["sender_type"] },
  { names: ["file", "files", "attachment"], fields: ["attachments"] },
  { names: ["page"], fields: ["offset"], note: "it counts items, not pages: (page - 1) × limit" },
  { names: ["max", "max_results", "count", "size"], fields: ["limit"] },
  { names: ["query", "search", "keyword", "text"], fields: ["full_text"] },
  { names: ["sort"], fields: ["sort_by"] },
  { names: ["order"], fields: ["order_by"] },
  { names: ["ci_id", "configitem_id"], fields: ["config_item_id"] },
  // search_tickets' conditions on a dynamic field
  { names: ["value", "eq", "is", "equal"], fields: ["equals"] },
  { names: ["contains", "match", "matches", "pattern"], fields: ["like"], note: "a pattern, * for any text" },
  { names: ["gt", "after", "more_than"], fields: ["greater_than"] },
  { names: ["gte", "ge", "min", "from"], fields: ["greater_than_or_equal"] },
  { names: ["lt", "before", "less"], fields: ["less_than"] },
  { names: ["lte", "le", "max", "to", "until"], fields: ["less_than_or_equal"] },
  // OTRS's own parameters (OwnerID, QueueID): the tools take names, which results show beside the ids; an agent is
  // taken by either
  { names: ["owner_id", "user_id", "agent_id", "assignee_id"], fields: ["owner"], note: "a user id or a login" },
  { names: ["responsible_id"], fields: ["responsible"], note: "a user id or a login" },
  byNameNotId("queue", ["queue_id"], "its name"),
  byNameNotId("state", ["state_id", "status_id"], "its name"),
  byNameNotId("priority", ["priority_id"], "its name"),
  byNameNotId("ticket_type", ["type_id", "ticket_type_id"], "its name")
]

/** `TicketID`, `ticketId` and `ticket_id` are one name written three ways. */
export const normalizedName = (name: string): string => name.toLowerCase().replace(/[\s_-]/g, "")

const isPluralOf = (plural: string, singular: string): boolean =>
  plural === `${singular}s` || plural === `${singular}es` ||
  (singular.endsWith("y") && plural === `${singular.slice(0, -1)}ies`)

/** Optimal string alignment distance: Levenshtein, plus two neighbours swapped (`titel`) as one edit. */
const editDistance = (a: string, b: string): number => {
  let beforePrevious: ReadonlyArray<number> = []
  let previous: ReadonlyArray<number> = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, beforePrevious[j - 2]! + 1)
      }
      current.push(distance)
    }
    beforePrevious = previous
    previous = current
  }
  return previous[b.length]!
}

const MAX_EDITS = 2

/** How far `field` is from `name` as a slip of the pen, or undefined when it is too far to be one. */
const spellingDistance = (name: string, field: string): number | undefined => {
  const [a, b] = [normalizedName(name), normalizedName(field)]
  if (isPluralOf(a, b) || isPluralOf(b, a)) return 1
  const [lowerName, lowerField] = [name.toLowerCase(), field.toLowerCase()]
  // the distance is at least the difference in length: a long name is not compared letter by letter
  if (Math.abs(lowerName.length - lowerField.length) > MAX_EDITS) return undefined
  const distance = editDistance(lowerName, lowerField)
  return distance <= MAX_EDITS && distance * 3 <= Math.max(lowerName.length, lowerField.length) ? distance : undefined
}

/** The one field closest in spelling; when two are equally close, either guess could mislead. */
const closestSpelling = (name: string, known: ReadonlyArray<string>): string | undefined => {
  const near = known.flatMap((field) => {
    const distance = spellingDistance(name, field)
    return distance === undefined ? [] : [{ field, distance }]
  })
  const nearest = Math.min(...near.map((candidate) => candidate.distance))
  const [first, second] = near.filter((candidate) => candidate.distance === nearest)
  return second === undefined ? first?.field : undefined
}

/**
 * The field of `known` (an object's field names) that `name` most likely stands for: the same name written another
 * way, a synonym agents use, or a close spelling (a typo, singular for plural). Only ever one of `known`.
 */
export const likelyField = (name: string, known: ReadonlyArray<string>): LikelyField | undefined => {
  const key = normalizedName(name)
  const sameName = known.find((field) => normalizedName(field) === key)
  if (sameName !== undefined) return { name: sameName }
  for (const synonym of synonyms) {
    if (!synonym.names.some((other) => normalizedName(other) === key)) continue
    const field = synonym.fields.find((candidate) => known.includes(candidate))
    if (field !== undefined) return { name: field, note: synonym.note }
  }
  const closest = closestSpelling(name, known)
  return closest === undefined ? undefined : { name: closest }
}
