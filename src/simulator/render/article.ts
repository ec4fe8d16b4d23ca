import { SenderTypes } from "../data/reference.js"
import type { Article } from "../engine/model.js"
import { formatTimestamp } from "../engine/time.js"

export interface ArticleOptions {
  readonly attachments: boolean
  readonly attachmentContents: boolean
  readonly htmlBodyAsAttachment: boolean
  readonly order: "ASC" | "DESC"
  readonly limit: number | undefined
  readonly senderTypes: ReadonlyArray<string>
}

interface File {
  readonly filename: string
  readonly contentType: string
  readonly disposition: string
  readonly content: Buffer
}

/** OTRS numbers an HTML mail's body as file 1, so the real attachments of such an article start at 2. */
const files = (article: Article, options: ArticleOptions): ReadonlyArray<{ readonly id: number; readonly file: File }> => {
  const numbered: Array<{ id: number; file: File }> = []
  let next = 1
  if (article.htmlBody !== undefined) {
    if (options.htmlBodyAsAttachment) {
      numbered.push({
        id: next,
        file: {
          filename: "file-2",
          contentType: "text/html; charset=\"utf8\"",
          disposition: "inline",
          content: Buffer.from(article.htmlBody, "utf8")
        }
      })
    }
    next++
  }
  for (const attachment of article.attachments) numbered.push({ id: next++, file: attachment })
  return numbered
}

const renderFile = ({ file, id }: { readonly id: number; readonly file: File }, withContent: boolean) => ({
  ...(withContent ? { Content: file.content.toString("base64") } : {}),
  ContentAlternative: "",
  ContentID: "",
  ContentType: file.contentType,
  Disposition: file.disposition,
  FileID: String(id),
  FilesizeRaw: String(file.content.length),
  Filename: file.filename
})

export const renderArticle = (article: Article, options: ArticleOptions): Record<string, unknown> => {
  const wire: Record<string, unknown> = {
    ArticleID: article.articleId,
    ArticleNumber: article.articleNumber,
    Bcc: article.bcc,
    Body: article.body,
    Cc: article.cc,
    ChangeBy: article.createBy,
    ChangeTime: formatTimestamp(article.createTime),
    Charset: "utf8",
    CommunicationChannelID: article.channelId,
    ContentCharset: "utf8",
    ContentType: "text/plain; charset=utf8",
    CreateBy: article.createBy,
    CreateTime: formatTimestamp(article.createTime),
    From: article.from,
    InReplyTo: "",
    IncomingTime: article.createTime,
    IsVisibleForCustomer: article.isVisibleForCustomer,
    MessageID: "",
    MimeType: "text/plain",
    References: "",
    ReplyTo: "",
    SenderType: SenderTypes.byId.get(article.senderTypeId)?.name ?? "",
    SenderTypeID: String(article.senderTypeId),
    Subject: article.subject,
    TicketID: article.ticketId,
    TimeUnit: article.timeUnit,
    To: article.to
  }
  if (options.attachments) {
    const attached = files(article, options)
    if (attached.length > 0) wire["Attachment"] = attached.map((file) => renderFile(file, options.attachmentContents))
  }
  return wire
}
