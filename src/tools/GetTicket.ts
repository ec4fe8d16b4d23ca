import { Effect, Schema } from "effect"
import * as Tool from "../mcp/Tool.js"
import { definedFields } from "../schemas/Primitives.js"
import type { TicketGetRequest } from "../schemas/Requests.js"
import { OtrsClient } from "../services/OtrsClient.js"
import { OtrsNotFoundOrDenied, OtrsUnexpectedPayload } from "../services/OtrsErrors.js"
import { DEFAULT_BODY_BUDGET, MAX_BODY_BUDGET, MAX_FULL_BODY } from "./format/bodyBudget.js"
import {
  ArticleOrder,
  type ArticlePage,
  fullBodyText,
  pageOf,
  renderTicketDetails,
  TicketDetails,
  toTicketDetails
} from "./format/ticketDetails.js"
import { TicketIdInput, TicketNumberInput } from "./format/ticketReference.js"
import { ToolInputError } from "./ToolInputError.js"

export const DEFAULT_ARTICLE_LIMIT = 10
const MAX_ARTICLE_LIMIT = 50

export const GetTicketInput = Schema.Struct({
  ticket_id: Schema.optional(TicketIdInput("From search_tickets.")),
  ticket_number: Schema.optional(TicketNumberInput),
  article_limit: Schema.optional(
    Schema.Int.pipe(Schema.between(0, MAX_ARTICLE_LIMIT)).annotations({
      description: `Default ${DEFAULT_ARTICLE_LIMIT}; 0: ticket fields only.`
    })
  ),
  article_offset: Schema.optional(
    Schema.Int.pipe(Schema.nonNegative()).annotations({
      description: "Articles to skip (see next_article_offset)."
    })
  ),
  article_order: Schema.optional(
    ArticleOrder.annotations({ description: "Default newest_first." })
  ),
  article_id: Schema.optional(
    Schema.Int.pipe(Schema.positive()).annotations({
      description: "Only this article."
    })
  ),
  full_body: Schema.optional(
    Schema.Boolean.annotations({
      description: `Bodies as stored, not compacted; ${MAX_FULL_BODY} characters in all. Best with article_id.`
    })
  ),
  body_offset: Schema.optional(
    Schema.Int.pipe(Schema.nonNegative()).annotations({
      description: "Continues a cut full body."
    })
  ),
  body_budget: Schema.optional(
    Schema.Int.pipe(Schema.between(100, MAX_BODY_BUDGET)).annotations({
      description: `Characters per body; default ${DEFAULT_BODY_BUDGET}.`
    })
  )
}).pipe(
  Schema.filter((input) =>
    (input.ticket_id === undefined) !== (input.ticket_number === undefined) ||
    "give exactly one of ticket_id and ticket_number"
  ),
  Schema.filter((input) => {
    // paging the articles and picking one contradict each other; one of them would be ignored
    const paging = (["article_limit", "article_offset", "article_order"] as const).find((key) => input[key] !== undefined)
    return input.article_id === undefined || paging === undefined || {
      path: [paging],
      message: "pages the ticket's articles, and article_id picks one: give either, not both"
    }
  }),
  Schema.filter((input) =>
    input.body_offset === undefined || (input.full_body === true && input.article_id !== undefined) || {
      path: ["body_offset"],
      message: "continues one article's full body: give it with article_id and full_body: true, as the marker at " +
        "the end of a cut full body says"
    }
  )
)
export type GetTicketInput = typeof GetTicketInput.Type

/** The ticket id behind a ticket number, through TicketSearch (TicketGet only takes ids). */
const ticketIdByNumber = (ticketNumber: string) =>
  Effect.gen(function*() {
    const [id] = yield* (yield* OtrsClient).ticketSearch({ TicketNumber: ticketNumber, Limit: 1 })
    if (id === undefined) {
      return yield* new OtrsNotFoundOrDenied({
        operation: "TicketSearch",
        subject: `ticket number ${ticketNumber}`,
        otrsMessage: "the search found no such ticket"
      })
    }
    return id
  })

const ticketGetRequest = (ticketId: number, input: GetTicketInput, limit: number): TicketGetRequest => {
  const oneArticle = input.article_id !== undefined
  if (!oneArticle && limit === 0) return { ticketIds: [ticketId], dynamicFields: true }
  return definedFields<TicketGetRequest>({
    ticketIds: [ticketId],
    dynamicFields: true,
    articles: true,
    attachments: true,
    attachmentContents: false,
    // OTRS has no article offset: fetch up to the page's end, plus one to know whether more follow
    articleLimit: oneArticle ? undefined : (input.article_offset ?? 0) + limit + 1,
    articleOrder: oneArticle ? undefined : (input.article_order ?? "newest_first") === "newest_first" ? "DESC" : "ASC"
  })
}

/** The handler, shared with the resource otrs://ticket/{ticket_id}. */
export const getTicket = (input: GetTicketInput) =>
  Effect.gen(function*() {
    const client = yield* OtrsClient
    const ticketId = input.ticket_id ?? (yield* ticketIdByNumber(input.ticket_number ?? ""))
    const limit = input.article_limit ?? DEFAULT_ARTICLE_LIMIT
    const [ticket] = yield* client.ticketGet(ticketGetRequest(ticketId, input, limit))
    if (ticket === undefined) {
      return yield* new OtrsUnexpectedPayload({ operation: "TicketGet", detail: `no ticket ${ticketId} in the answer` })
    }
    let page: ArticlePage | undefined
    if (input.article_id !== undefined) {
      const article = ticket.articles?.find((candidate) => candidate.id === input.article_id)
      if (article === undefined) {
        return yield* new ToolInputError({
          field: "article_id",
          problem: `ticket ${ticket.number} has no article ${input.article_id}; get_ticket without article_id ` +
            "lists its articles with their ids"
        })
      }
      const offset = input.body_offset ?? 0
      const length = offset === 0 ? 0 : fullBodyText(article).length
      if (offset > 0 && offset >= length) {
        return yield* new ToolInputError({
          field: "body_offset",
          problem: `article ${article.id}'s full body has ${length} characters; give a body_offset below that, or ` +
            "leave it out to read from the start"
        })
      }
      page = { offset: 0, articles: [article] }
    } else if (limit > 0) {
      const articles = ticket.articles ?? []
      const offset = input.article_offset ?? 0
      // fewer articles than asked for came back: they are all there are
      if (offset > 0 && offset >= articles.length) {
        return yield* new ToolInputError({
          field: "article_offset",
          problem: `ticket ${ticket.number} has ${articles.length} articles; give an article_offset below that, or ` +
            "leave it out to start from the first"
        })
      }
      page = pageOf(articles, input.article_order ?? "newest_first", offset, limit)
    }
    return toTicketDetails(ticket, page, {
      fullBody: input.full_body ?? false,
      bodyOffset: input.body_offset,
      budget: input.body_budget ?? DEFAULT_BODY_BUDGET
    })
  })

export const GetTicketTool = Tool.make({
  name: "get_ticket",
  title: "Read a ticket",
  description: "Read a ticket by ticket_id or ticket_number: fields, dynamic fields and articles, newest first " +
    "(page with article_offset). Bodies are compacted (quotes, signatures, disclaimers removed) and cut to " +
    "body_budget with a marker; article_id with full_body: true gives one article's whole text, in parts if " +
    "long. Attachments are listed, not downloaded.",
  input: GetTicketInput,
  output: TicketDetails,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  writes: false,
  handler: getTicket,
  render: renderTicketDetails
})
