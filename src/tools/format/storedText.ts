import type { CreateTicketInput, UpdateTicketInput } from "./ticketInput.js"

/**
 * Characters beyond U+FFFF: emoji, mostly. OTRS on MySQL with utf8 (rather than utf8mb4) stores each as U+FFFD, and
 * answers the write as done; the recorded OTRS 6 did. Whether an installation does cannot be told from here.
 */
const beyondBmp = /[\u{10000}-\u{10FFFF}]/gu

const textsOf = (dynamicFields: Readonly<Record<string, string | ReadonlyArray<string>>> | undefined) =>
  Object.values(dynamicFields ?? {}).flat()

const warning = (texts: ReadonlyArray<string | undefined>): string | undefined => {
  const count = texts.reduce((sum, text) => sum + (text?.match(beyondBmp)?.length ?? 0), 0)
  if (count === 0) return undefined
  return `sent ${count} ${count === 1 ? "character" : "characters"} beyond U+FFFF (emoji and the like), which OTRS ` +
    "stores as \uFFFD when its database is MySQL with utf8 rather than utf8mb4; get_ticket shows what was kept"
}

export const createWarning = (input: CreateTicketInput): string | undefined =>
  warning([input.title, input.subject, input.body, input.from, ...textsOf(input.dynamic_fields)])

export const updateWarning = (input: UpdateTicketInput): string | undefined =>
  warning([input.title, input.article?.subject, input.article?.body, ...textsOf(input.dynamic_fields)])
