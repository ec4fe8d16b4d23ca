import { Schema } from "effect"
import { Article, Attachment } from "./Domain.js"
import { DynamicFieldList, toDynamicFields } from "./DynamicField.js"
import {
  decodeOnly,
  Flag,
  List,
  optionalKey,
  OptionalString,
  OtrsCount,
  OtrsId,
  OtrsNumber,
  OtrsTimestampFromWire,
  present,
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

export const toAttachment = (wire: AttachmentWire): Attachment => ({
  fileId: wire.FileID,
  filename: wire.Filename,
  contentType: wire.ContentType,
  size: wire.FilesizeRaw,
  ...present("disposition", wire.Disposition),
  ...present("contentId", wire.ContentID),
  ...present("content", wire.Content)
})

export const AttachmentFromWire = decodeOnly(AttachmentWire, toAttachment)

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

export const toArticle = (wire: ArticleWire): Article => ({
  id: wire.ArticleID,
  ...present("number", wire.ArticleNumber),
  senderType: wire.SenderType,
  ...present("channelId", wire.CommunicationChannelID),
  ...present("from", wire.From),
  ...present("to", wire.To),
  ...present("cc", wire.Cc),
  ...present("bcc", wire.Bcc),
  ...present("replyTo", wire.ReplyTo),
  subject: wire.Subject ?? "",
  created: wire.CreateTime,
  visibleForCustomer: wire.IsVisibleForCustomer,
  ...present("mimeType", wire.MimeType),
  ...present("contentType", wire.ContentType),
  body: wire.Body ?? "",
  // 0 is what OTRS reports for "no time accounted"
  ...present("timeUnits", wire.TimeUnit === 0 ? undefined : wire.TimeUnit),
  // OTRS leaves the key out when there are none
  attachments: wire.Attachment ?? [],
  ...present("dynamicFields", wire.DynamicField === undefined ? undefined : toDynamicFields(wire.DynamicField))
})

export const ArticleFromWire = decodeOnly(ArticleWire, toArticle)
