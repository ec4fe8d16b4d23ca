import { Channels, type Named, SenderTypes } from "../data/reference.js"
import type { Actor } from "./auth.js"
import { htmlToText } from "./htmlToText.js"
import { type InputProblem, invalid, missing } from "./inputProblem.js"
import type { Article, StoredAttachment } from "./model.js"
import { type Data, flag, integer, recordList, text, toStoredText } from "./params.js"
import { type Change, log, notifyNewNote, resetUnlockTimeout } from "./ticketChanges.js"

export interface ArticleInput {
  readonly senderType: Named
  readonly channel: Named
  readonly isVisibleForCustomer: 0 | 1
  readonly from: string | undefined
  readonly to: string
  readonly cc: string
  readonly bcc: string
  readonly subject: string
  readonly body: string
  readonly isHtml: boolean
  readonly timeUnit: number
  readonly attachments: ReadonlyArray<StoredAttachment>
}

/** The Attachment element: one object or a list, each with Content (base64), ContentType and Filename. */
export const readAttachments = (raw: unknown): ReadonlyArray<StoredAttachment> | InputProblem => {
  if (raw === undefined || raw === null || raw === "") return []
  const items = recordList(raw)
  if (items === undefined) return invalid("Attachment parameter is invalid!")
  const attachments: Array<StoredAttachment> = []
  for (const item of items) {
    for (const needed of ["Content", "ContentType", "Filename"]) {
      if (text(item[needed]) === undefined) return missing(`Attachment->${needed} parameter is missing!`)
    }
    attachments.push({
      filename: text(item["Filename"])!,
      contentType: text(item["ContentType"])!,
      content: Buffer.from(text(item["Content"])!, "base64"),
      disposition: text(item["Disposition"]) === "inline" ? "inline" : "attachment"
    })
  }
  return attachments
}

/** The Article element with OTRS's defaults: Internal channel, visible for the customer, sender by user kind. */
export const readArticle = (raw: Data, attachments: ReadonlyArray<StoredAttachment>, actor: Actor): ArticleInput | InputProblem => {
  const subject = text(raw["Subject"])
  if (subject === undefined) return missing("Article->Subject parameter is missing!")
  const body = text(raw["Body"])
  if (body === undefined) return missing("Article->Body parameter is missing!")
  const senderName = text(raw["SenderType"]) ?? (actor.kind === "agent" ? "agent" : "customer")
  const senderType = SenderTypes.byName.get(senderName)
  if (senderType === undefined) return invalid("Article->SenderTypeID or Article->SenderType parameter is invalid!")
  const channel = Channels.byName.get(text(raw["CommunicationChannel"]) ?? "Internal")
  if (channel === undefined) {
    return invalid("Article->CommunicationChannel or Article->CommunicationChannelID parameter is invalid!")
  }
  const timeUnit = raw["TimeUnit"] === undefined ? 0 : integer(raw["TimeUnit"])
  if (timeUnit === undefined) return invalid("Article->TimeUnit parameter is invalid!")
  const mimeType = (text(raw["MimeType"]) ?? text(raw["ContentType"]) ?? "text/plain").toLowerCase()
  return {
    senderType,
    channel,
    isVisibleForCustomer: raw["IsVisibleForCustomer"] === undefined || flag(raw["IsVisibleForCustomer"]) ? 1 : 0,
    from: text(raw["From"]),
    to: text(raw["To"]) ?? "",
    cc: text(raw["Cc"]) ?? "",
    bcc: text(raw["Bcc"]) ?? "",
    subject: toStoredText(subject),
    body,
    isHtml: mimeType.startsWith("text/html"),
    timeUnit,
    attachments
  }
}

/**
 * Stores an article and logs it like the GenericInterface does: the first as NewTicket `%%GenericInterface Create`,
 * every later one as AddNote `%%GenericInterface Note`, whatever its channel or sender.
 */
export const addArticle = (change: Change, input: ArticleInput, from: string, to: string): Article => {
  const { ticket, world } = change
  const previous = ticket.articles.at(-1)
  const body = toStoredText(input.body)
  const article: Article = {
    articleId: ++world.counters.articleId,
    ticketId: ticket.ticketId,
    articleNumber: ticket.articles.length + 1,
    senderTypeId: input.senderType.id,
    channelId: input.channel.id,
    isVisibleForCustomer: input.isVisibleForCustomer,
    from,
    to,
    cc: input.cc,
    bcc: input.bcc,
    subject: input.subject,
    body: input.isHtml ? htmlToText(body) : body,
    // OTRS stores the HTML part without its trailing newlines
    htmlBody: input.isHtml ? body.replace(/\n+$/, "") : undefined,
    attachments: input.attachments,
    timeUnit: input.timeUnit,
    createTime: change.now,
    createBy: change.userId
  }
  ticket.articles.push(article)
  world.stats.articlesCreated++
  if (previous === undefined) log(change, "NewTicket", "%%GenericInterface Create", article.articleId)
  else log(change, "AddNote", "%%GenericInterface Note", article.articleId)
  const agentSender = SenderTypes.byName.get("agent")!.id
  if (input.senderType.id === agentSender || previous?.senderTypeId === agentSender) resetUnlockTimeout(change)
  if (input.timeUnit !== 0) {
    ticket.timeUnit += input.timeUnit
    log(change, "TimeAccounting", `%%${input.timeUnit}%%${ticket.timeUnit}`, article.articleId)
  }
  if (previous !== undefined) notifyNewNote(change)
  return article
}
