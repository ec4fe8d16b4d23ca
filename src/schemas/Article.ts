import { Schema } from "effect"
import { Article, Attachment } from "./Domain.js"
import { DynamicFieldList, toDynamicFields } from "./DynamicField.js"
import {
  decodeOnly,
  definedFields,
  Flag,
  List,
  optionalKey,
  OptionalString,
  OtrsCount,
  OtrsId,
  OtrsNumber,
  OtrsTimestampFromWire,
  Text
} from "./Primitives.js"

/** An article attachment as TicketGet sends it with `Attachments=1`; `Content` only with `GetAttachmentContents=1`. */
export const AttachmentWire = Schema.Struct({
  FileID: OtrsId,
  Filename: Schema.String,
  ContentType: Schema.String,
  FilesizeRaw: OtrsCount,
  Disposition: optionalKey(OptionalString),
  ContentID: optionalKey(OptionalString),
  Content: optionalKey(OptionalString)
}).annotations({ identifier: "Attachment" })
export type AttachmentWire = typeof AttachmentWire.Type

const toAttachment = (wire: AttachmentWire): Attachment =>
  definedFields<Attachment>({
    fileId: wire.FileID,
    filename: wire.Filename,
    contentType: wire.ContentType,
    size: wire.FilesizeRaw,
    disposition: wire.Disposition,
    contentId: wire.ContentID,
    content: wire.Content
  })

const AttachmentFromWire = decodeOnly(AttachmentWire, toAttachment)

export const ArticleWire = Schema.Struct({
  ArticleID: OtrsId,
  ArticleNumber: optionalKey(OtrsId),
  SenderType: Schema.String,
  CommunicationChannelID: optionalKey(OtrsId),
  From: optionalKey(OptionalString),
  To: optionalKey(OptionalString),
  Cc: optionalKey(OptionalString),
  Bcc: optionalKey(OptionalString),
  ReplyTo: optionalKey(OptionalString),
  Subject: optionalKey(Text),
  CreateTime: OtrsTimestampFromWire,
  IsVisibleForCustomer: Flag,
  MimeType: optionalKey(OptionalString),
  ContentType: optionalKey(OptionalString),
  Body: optionalKey(Text),
  TimeUnit: optionalKey(OtrsNumber),
  Attachment: optionalKey(List(AttachmentFromWire)),
  DynamicField: optionalKey(DynamicFieldList)
}).annotations({ identifier: "Article" })
export type ArticleWire = typeof ArticleWire.Type

const toArticle = (wire: ArticleWire): Article =>
  definedFields<Article>({
    id: wire.ArticleID,
    number: wire.ArticleNumber,
    senderType: wire.SenderType,
    channelId: wire.CommunicationChannelID,
    from: wire.From,
    to: wire.To,
    cc: wire.Cc,
    bcc: wire.Bcc,
    replyTo: wire.ReplyTo,
    subject: wire.Subject ?? "",
    created: wire.CreateTime,
    visibleForCustomer: wire.IsVisibleForCustomer,
    mimeType: wire.MimeType,
    contentType: wire.ContentType,
    body: wire.Body ?? "",
    // 0 is what OTRS reports for "no time accounted"
    timeUnits: wire.TimeUnit === 0 ? undefined : wire.TimeUnit,
    // OTRS leaves the key out when there are none
    attachments: wire.Attachment ?? [],
    dynamicFields: wire.DynamicField === undefined ? undefined : toDynamicFields(wire.DynamicField)
  })

export const ArticleFromWire = decodeOnly(ArticleWire, toArticle)
