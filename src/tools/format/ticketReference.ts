import { Schema } from "effect"
import { prefix } from "../../shared/text.js"

/** How an agent names a ticket: its id, or the number people quote. */

/**
 * No installation has ten billion tickets, while OTRS's default ticket numbers have 14 digits or more: an id that
 * long is a ticket number in the wrong argument, and OTRS would only say that no such ticket exists.
 */
const LONGEST_TICKET_ID = 9_999_999_999

export const TicketIdInput = (description: string) =>
  Schema.Int.pipe(
    Schema.positive(),
    Schema.filter((id) =>
      id <= LONGEST_TICKET_ID ||
      `expected a ticket id, got ${id}, which is a ticket number: get_ticket takes it as ticket_number and answers ` +
        "its ticket_id", { jsonSchema: {} })
  ).annotations({ description })

/** `Ticket#2026112410000555` or `[Ticket#2026112410000555]`, as mail subjects quote a number (the hook is configurable). */
const quotedNumber = /^\[?\s*[A-Za-z][\w-]*#\s*(.*?)\s*\]?$/

/** A ticket number (or a pattern of one) as a mail subject quotes it, without the quoting. */
export const WithoutTicketHook = Schema.transform(Schema.String, Schema.String, {
  strict: true,
  decode: (number) => quotedNumber.exec(number)?.[1] ?? number,
  encode: (number) => number
})

/** A ticket number, pasted as it comes: blanks around it and the hook of a mail subject are dropped. */
export const TicketNumberInput = Schema.String.annotations({ description: "e.g. \"2026112410000555\"" }).pipe(
  Schema.compose(Schema.Trim),
  Schema.compose(WithoutTicketHook),
  Schema.filter((number) =>
    number === ""
      ? "expected a ticket number, got nothing"
      : /\s/.test(number)
      ? `expected one ticket number without spaces, got ${JSON.stringify(prefix(number, 40))}`
      : /[*%]/.test(number)
      ? "expected a ticket number without wildcards: search_tickets finds tickets by pattern"
      : true, { jsonSchema: {} })
)
