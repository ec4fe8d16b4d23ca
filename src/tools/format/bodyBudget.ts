import { prefix } from "../../shared/text.js"

export const DEFAULT_BODY_BUDGET = 1500
export const MAX_BODY_BUDGET = 20_000

/**
 * How much of an article's body is read when it is to be cut to a budget: ten times the largest budget, which
 * compaction (quotes, signatures) seldom shrinks below it. Reading more only costs time while every call waits:
 * about half a second per MB of HTML, and up to a quarter per MB of plain text.
 */
export const MAX_BODY_READ = 10 * MAX_BODY_BUDGET

/**
 * The most of full bodies one call returns, about 12,000 tokens: a pasted log or a mail thread of megabytes would
 * otherwise fill the model's context, or exceed what the client accepts as a tool result and be lost whole.
 */
export const MAX_FULL_BODY = 50_000

/** Where to cut: at a line end, else a space, in the last fifth before the budget; mid-word only as a last resort. */
const cutIndex = (text: string, budget: number): number => {
  const floor = Math.floor(budget * 0.8)
  const lineEnd = text.lastIndexOf("\n", budget)
  if (lineEnd >= floor) return lineEnd
  const space = text.lastIndexOf(" ", budget)
  if (space >= floor) return space
  return prefix(text, budget).length
}

/** A rest this short is given whole, whatever the limit: the marker standing for it would be longer. */
const SHORTER_THAN_MARKER = 200

/**
 * `text` from character `offset` on, at most `limit` characters of it; a longer rest is cut (at a line end where one
 * is near) and ends with a marker giving the body_offset that continues it. Offsets count characters of the full
 * body, so the parts of a body, read in turn, add up to the whole. A limit of 0 leaves only the marker.
 */
export const fullBodyPart = (text: string, offset: number, articleId: number, limit = MAX_FULL_BODY): string => {
  const rest = text.slice(offset)
  const kept = rest.length <= Math.max(limit, SHORTER_THAN_MARKER) ? rest : rest.slice(0, cutIndex(rest, limit))
  const next = offset + kept.length
  const lead = offset === 0 ? "" : `[… continued from body_offset ${offset} of ${text.length} characters]\n`
  if (next === text.length) return `${lead}${kept}`
  if (next === 0) {
    return `[… ${text.length} characters, past what one call returns; get_ticket with article_id ${articleId} and ` +
      "full_body: true continues]"
  }
  return `${lead}${kept}\n[… ${text.length - next} more characters; get_ticket with article_id ${articleId}, ` +
    `full_body: true and body_offset ${next} continues]`
}

/**
 * At most `budget` characters of `text`; a longer text is cut and ends with a marker telling how many characters
 * were left out and how to read them. `unread`: characters at the end of the article's body that were not read
 * (see MAX_BODY_READ), which the marker counts too.
 */
export const cutToBudget = (text: string, budget: number, articleId: number, unread = 0): string => {
  if (text.length <= budget && unread === 0) return text
  const cut = text.length > budget
  const kept = cut ? text.slice(0, cutIndex(text, budget)).replace(/\s+$/, "") : text
  // one count for what the reader misses, whether it was cut here or never read
  const left = text.length - kept.length + unread
  const marker =
    `[… ${left} more characters cut; get_ticket with article_id ${articleId} and full_body: true returns the whole article]`
  return kept === "" ? marker : `${kept}\n${marker}`
}
