import { Schema } from "effect"
import { type Article, type Attachment, DynamicFields, type Ticket } from "../../schemas/Domain.js"
import { definedFields } from "../../schemas/Primitives.js"
import { prefix } from "../../shared/text.js"
import { cutToBudget, fullBodyPart, MAX_BODY_READ, MAX_FULL_BODY } from "./bodyBudget.js"
import { compactBody, tidyBody } from "./bodyCompact.js"
import { readableBody } from "./bodyHtml.js"
import { TicketSummary, toTicketSummary } from "./ticketSummary.js"
import { indented, inline } from "./inline.js"

/**
 * One ticket as an agent reads it: the fields that say where it stands, and its articles with readable, compacted
 * bodies. Defaults, empty values and internal ids are left out; so is what an article merely repeats (its subject
 * when it is the ticket title, its To when it went to the help desk).
 */

export const ArticleOrder = Schema.Literal("newest_first", "oldest_first")
export type ArticleOrder = typeof ArticleOrder.Type

const AttachmentItem = Schema.Struct({
  filename: Schema.String,
  content_type: Schema.String,
  size: Schema.Number.annotations({ description: "Bytes." })
})
type AttachmentItem = typeof AttachmentItem.Type

const ArticleItem = Schema.Struct({
  article_id: Schema.Number,
  created: Schema.String.annotations({ description: "\"YYYY-MM-DD HH:MM:SS\", OTRS server time." }),
  sender: Schema.String.annotations({ description: "Who wrote it: agent, customer or system." }),
  channel: Schema.optional(Schema.String.annotations({ description: "email, phone, internal (note) or chat." })),
  from: Schema.optional(Schema.String),
  to: Schema.optional(Schema.String.annotations({ description: "Recipients of what an agent sent." })),
  cc: Schema.optional(Schema.String),
  subject: Schema.optional(Schema.String.annotations({
    description: "Left out when it only repeats the ticket title or an earlier article's subject (Re:, [Ticket#…] aside)."
  })),
  visible_to_customer: Schema.Boolean,
  time_units: Schema.optional(Schema.Number.annotations({ description: "Time accounted with this article." })),
  attachments: Schema.optional(Schema.Array(AttachmentItem).annotations({ description: "Metadata only." })),
  body: Schema.String.annotations({
    description: "Readable text. Unless full_body was asked for: quoted earlier messages, signatures and " +
      "disclaimers removed, and cut to body_budget with a marker saying how much is left."
  })
})
type ArticleItem = typeof ArticleItem.Type

/** A search result's summary of the ticket, and what only a full read tells. */
export const TicketDetails = Schema.Struct({
  ...TicketSummary.fields,
  type: Schema.optional(Schema.String),
  responsible: Schema.optional(Schema.String.annotations({ description: "Left out when it is OTRS's default root@localhost." })),
  customer_id: Schema.optional(Schema.String),
  service: Schema.optional(Schema.String),
  sla: Schema.optional(Schema.String),
  archived: Schema.optional(Schema.Literal(true)),
  dynamic_fields: Schema.optional(
    DynamicFields.annotations({ description: "The ticket's dynamic fields that have a value." })
  ),
  article_order: Schema.optional(ArticleOrder.annotations({ description: "The order of `articles`." })),
  article_offset: Schema.optional(Schema.Number.annotations({ description: "Articles skipped, when not 0." })),
  next_article_offset: Schema.optional(Schema.Number.annotations({
    description: "Present when more articles follow in this order: pass it as article_offset to read them."
  })),
  articles: Schema.optional(Schema.Array(ArticleItem))
})
export type TicketDetails = typeof TicketDetails.Type

interface BodyOptions {
  /** the text as OTRS has it (HTML converted), without compaction or budget, in parts of MAX_FULL_BODY */
  readonly fullBody: boolean
  /** with fullBody: where the part starts (see fullBodyPart) */
  readonly bodyOffset?: number | undefined
  /** characters per article body after compaction */
  readonly budget: number
}

/** Some of the ticket's articles, in `order`, after skipping `offset`; `nextOffset` when more follow. */
export interface ArticlePage {
  readonly order?: ArticleOrder
  readonly offset: number
  readonly articles: ReadonlyArray<Article>
  readonly nextOffset?: number
}

/** `fetched` holds the first offset+limit(+1) articles in the page's order; OTRS itself has no offset. */
export const pageOf = (
  fetched: ReadonlyArray<Article>,
  order: ArticleOrder,
  offset: number,
  limit: number
): ArticlePage => {
  const end = offset + limit
  return definedFields<ArticlePage>({
    order,
    offset,
    articles: fetched.slice(offset, end),
    nextOffset: fetched.length > end ? end : undefined
  })
}

const channels: Record<number, string> = { 1: "email", 2: "phone", 3: "internal", 4: "chat" }

const channelName = (id: number): string => channels[id] ?? `channel ${id}`

const replyPrefix = /^\s*((re|aw|fw|fwd|wg|sv|vs|antw|rif|tr)\s*(\[\d+\]|\(\d+\))?\s*:\s*)+/i
const ticketHook = /^\s*\[[^\]]*#\s*\d+\]\s*/

/** The subject without reply/forward prefixes and OTRS's `[Ticket#…]` hook, for comparison. */
export const bareSubject = (subject: string): string =>
  subject.replace(replyPrefix, "").replace(ticketHook, "").replace(replyPrefix, "").replace(/\s+/g, " ").trim()
    .toLowerCase()

const ROOT = "root@localhost"

const attachmentItem = (attachment: Attachment): AttachmentItem => ({
  filename: attachment.filename,
  content_type: attachment.contentType.split(";")[0]?.trim() ?? attachment.contentType,
  size: attachment.size
})

const fullBodyTexts = new WeakMap<Article, string>()

/**
 * What full_body reads: the body as OTRS stores it, HTML converted to text. Kept per article while it lives: checking
 * a body_offset against the text and then cutting the text would otherwise convert a large HTML body twice.
 */
export const fullBodyText = (article: Article): string => {
  let text = fullBodyTexts.get(article)
  if (text === undefined) {
    text = tidyBody(readableBody(article))
    fullBodyTexts.set(article, text)
  }
  return text
}

/** `fullBodyLimit`: the characters a full body may have, of those one call returns (see pageBodies). */
export const articleBody = (article: Article, options: BodyOptions, fullBodyLimit = MAX_FULL_BODY): string => {
  if (options.fullBody) return fullBodyPart(fullBodyText(article), options.bodyOffset ?? 0, article.id, fullBodyLimit)
  const body = prefix(article.body, MAX_BODY_READ)
  const read = body === article.body ? article : { ...article, body }
  const compacted = compactBody(readableBody(read), { signatureContacts: article.senderType === "customer" })
  return cutToBudget(compacted, options.budget, article.id, article.body.length - body.length)
}

/** Less of the shared limit than this is no part worth reading: a body that does not fit gets its marker alone. */
const MIN_FULL_BODY_PART = 1_000

/**
 * The page's bodies. Full bodies share the MAX_FULL_BODY characters one call returns, in page order: 50 articles of
 * 50,000 characters each would come to megabytes; those past the limit say how to read them.
 */
const pageBodies = (articles: ReadonlyArray<Article>, options: BodyOptions): ReadonlyArray<string> => {
  let left = MAX_FULL_BODY
  return articles.map((article) => {
    const body = articleBody(article, options, left < MIN_FULL_BODY_PART ? 0 : left)
    if (options.fullBody) left = Math.max(0, left - body.length)
    return body
  })
}

const articleItem = (article: Article, showSubject: boolean, body: string): ArticleItem =>
  definedFields<ArticleItem>({
    article_id: article.id,
    created: article.created,
    sender: article.senderType,
    channel: article.channelId === undefined ? undefined : channelName(article.channelId),
    from: article.from,
    to: article.senderType === "agent" ? article.to : undefined,
    cc: article.cc,
    subject: showSubject ? article.subject : undefined,
    visible_to_customer: article.visibleForCustomer,
    time_units: article.timeUnits,
    attachments: article.attachments.length === 0 ? undefined : article.attachments.map(attachmentItem),
    body
  })

/** Each subject is shown once: the oldest article with it carries it; the ticket title counts as shown. */
const subjectsShown = (title: string, articles: ReadonlyArray<Article>): ReadonlySet<number> => {
  const seen = new Set([bareSubject(title)])
  const shown = new Set<number>()
  for (const article of [...articles].sort((a, b) => a.created.localeCompare(b.created) || a.id - b.id)) {
    const subject = bareSubject(article.subject)
    if (subject === "" || seen.has(subject)) continue
    seen.add(subject)
    shown.add(article.id)
  }
  return shown
}

/** `page` undefined: the ticket without articles. */
export const toTicketDetails = (ticket: Ticket, page: ArticlePage | undefined, options: BodyOptions): TicketDetails => {
  const shownSubjects = page === undefined ? new Set<number>() : subjectsShown(ticket.title, page.articles)
  const bodies = page === undefined ? [] : pageBodies(page.articles, options)
  // Object.assign, not a spread: a literal that spreads an object before other properties is V8's slowest path
  return definedFields<TicketDetails>(Object.assign(toTicketSummary(ticket), {
    type: ticket.type,
    responsible: ticket.responsible === ROOT ? undefined : ticket.responsible,
    customer_id: ticket.customerId,
    service: ticket.service,
    sla: ticket.sla,
    archived: ticket.archived ? (true as const) : undefined,
    dynamic_fields: ticket.dynamicFields === undefined || Object.keys(ticket.dynamicFields).length === 0
      ? undefined
      : ticket.dynamicFields,
    article_order: page?.order,
    article_offset: page !== undefined && page.offset > 0 ? page.offset : undefined,
    next_article_offset: page?.nextOffset,
    articles: page?.articles.map((article, index) =>
      articleItem(article, shownSubjects.has(article.id), bodies[index]!)
    )
  }))
}

const fieldValue = (value: string | number | ReadonlyArray<string>) =>
  indented(typeof value === "object" ? value.join(", ") : String(value))

const joined = (parts: ReadonlyArray<string | undefined>, separator = " | ") =>
  parts.filter((part) => part !== undefined && part !== "").join(separator)

const renderAttachment = (attachment: AttachmentItem) =>
  `${inline(attachment.filename)} (${attachment.content_type}, ${attachment.size} bytes)`

const renderArticle = (article: ArticleItem): string =>
  [
    `--- Article ${article.article_id} | ${
      joined([
        article.created,
        article.sender,
        article.channel,
        article.visible_to_customer ? "visible to customer" : "hidden from customer",
        article.time_units === undefined ? undefined : `${article.time_units} time units`
      ])
    }`,
    joined([
      article.from === undefined ? undefined : `From: ${inline(article.from)}`,
      article.to === undefined ? undefined : `To: ${inline(article.to)}`,
      article.cc === undefined ? undefined : `Cc: ${inline(article.cc)}`
    ]),
    article.subject === undefined ? "" : `Subject: ${inline(article.subject)}`,
    article.attachments === undefined ? "" : `Attachments: ${article.attachments.map(renderAttachment).join(", ")}`,
    withoutArticleHeaders(article.body)
  ].filter((line) => line !== "").join("\n")

/**
 * A body's lines that look like the article headers above are indented: anyone who writes to the help desk could
 * otherwise make their text read as another article, an agent's internal note, to the model reading this rendering.
 */
const withoutArticleHeaders = (body: string): string =>
  body.replace(forgedHeader, (header) => `    ${header.replace(/^[\t\p{Zs}\p{Cf}]+/u, "")}`)

// dashes of any kind (Unicode's dash punctuation, the minus sign, box-drawing lines) after any spaces or invisible
// characters on the line
const forgedHeader =
  /^[\t\p{Zs}\p{Cf}]*[\p{Pd}\u2212\u2500\u2501\u2504\u2505\u2508\u2509\u254C\u254D]{2,}\s*Article\b/gimu

const renderPaging = (details: TicketDetails, articles: ReadonlyArray<ArticleItem>): string => {
  if (articles.length === 0) return "No articles."
  if (details.article_order === undefined) return `Article ${articles[0]?.article_id}:`
  const first = (details.article_offset ?? 0) + 1
  const order = details.article_order === "newest_first" ? "newest first" : "oldest first"
  const more = details.next_article_offset === undefined
    ? ""
    : `; more follow: get_ticket with article_offset ${details.next_article_offset}` +
      // the offset counts in this order, and newest_first is the default
      (details.article_order === "oldest_first" ? " and article_order oldest_first" : "")
  const range = articles.length === 1 ? `Article ${first}` : `Articles ${first}-${first + articles.length - 1}`
  return `${range}, ${order}${more}:`
}

/** The text rendering: a few header lines, then each article with its body. */
export const renderTicketDetails = (details: TicketDetails): string => {
  const fields = details.dynamic_fields === undefined
    ? undefined
    : Object.entries(details.dynamic_fields).map(([name, value]) => `${name}=${fieldValue(value)}`).join("; ")
  const customer = details.customer_user === undefined
    ? details.customer_id
    : details.customer_id === undefined
    ? details.customer_user
    : `${details.customer_user} (${details.customer_id})`
  const header = [
    `Ticket ${details.ticket_number} (ticket_id ${details.ticket_id}): ${inline(details.title)}`,
    joined([
      `State: ${details.state}`,
      details.pending_until === undefined ? undefined : `pending until ${details.pending_until}`,
      `Queue: ${details.queue}`,
      `Priority: ${details.priority}`,
      details.type === undefined ? undefined : `Type: ${details.type}`,
      `Owner: ${details.owner} (owner_id ${details.owner_id})`,
      details.responsible === undefined ? undefined : `Responsible: ${details.responsible}`,
      details.locked === undefined ? undefined : "locked",
      details.archived === undefined ? undefined : "archived"
    ]),
    joined([
      customer === undefined ? undefined : `Customer: ${inline(customer)}`,
      details.service === undefined ? undefined : `Service: ${details.service}`,
      details.sla === undefined ? undefined : `SLA: ${details.sla}`,
      `Created: ${details.created}`,
      `Changed: ${details.changed}`
    ]),
    fields === undefined ? "" : `Dynamic fields: ${fields}`
  ].filter((line) => line !== "")
  if (details.articles === undefined) return header.join("\n")
  return [...header, renderPaging(details, details.articles), ...details.articles.map(renderArticle)].join("\n")
}
