export const DEFAULT_BODY_BUDGET = 1500
export const MAX_BODY_BUDGET = 20_000

/** Where to cut: at a line end, else a space, in the last fifth before the budget; mid-word only as a last resort. */
const cutIndex = (text: string, budget: number): number => {
  const floor = Math.floor(budget * 0.8)
  const lineEnd = text.lastIndexOf("\n", budget)
  if (lineEnd >= floor) return lineEnd
  const space = text.lastIndexOf(" ", budget)
  if (space >= floor) return space
  // never split a surrogate pair
  const code = text.charCodeAt(budget - 1)
  return code >= 0xd800 && code <= 0xdbff ? budget - 1 : budget
}

/**
 * At most `budget` characters of `text`; a longer text is cut and ends with a marker telling how many characters
 * were left out and how to read them.
 */
export const cutToBudget = (text: string, budget: number, articleId: number): string => {
  if (text.length <= budget) return text
  const kept = text.slice(0, cutIndex(text, budget)).replace(/\s+$/, "")
  const omitted = text.length - kept.length
  return `${kept}\n[… ${omitted} more characters cut; get_ticket with article_id ${articleId} and full_body: true ` +
    "returns the whole article]"
}
