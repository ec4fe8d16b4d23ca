/** The simulator's store: plain mutable records, changed in place by the operations. Times are epoch seconds. */
export interface StoredAttachment {
  readonly filename: string
  readonly contentType: string
  readonly content: Buffer
  readonly disposition: "attachment" | "inline"
}

export interface Article {
  readonly articleId: number
  readonly ticketId: number
  readonly articleNumber: number
  readonly senderTypeId: number
  readonly channelId: number
  readonly isVisibleForCustomer: 0 | 1
  readonly from: string
  readonly to: string
  readonly cc: string
  readonly bcc: string
  readonly subject: string
  /** OTRS's plain-text rendering (HTML mail is converted) */
  body: string
  /** the original HTML of an HTML article: the `file-2` attachment with HTMLBodyAsAttachment */
  readonly htmlBody: string | undefined
  readonly attachments: ReadonlyArray<StoredAttachment>
  readonly timeUnit: number
  readonly createTime: number
  readonly createBy: number
}

export interface HistoryEntry {
  readonly historyType: string
  readonly name: string
  readonly articleId: number
  readonly createBy: number
  readonly createTime: number
  readonly ownerId: number
  readonly priorityId: number
  readonly queueId: number
  readonly stateId: number
  readonly typeId: number
}

export type DynamicFieldValue = string | ReadonlyArray<string>

export interface Ticket {
  readonly ticketId: number
  readonly ticketNumber: string
  title: string
  queueId: number
  stateId: number
  priorityId: number
  typeId: number
  lockId: number
  ownerId: number
  responsibleId: number
  customerUserId: string
  customerId: string
  readonly createTime: number
  readonly createBy: number
  changeTime: number
  changeBy: number
  unlockTimeout: number
  /** epoch seconds while pending, else 0 */
  pendingUntil: number
  timeUnit: number
  readonly dynamicFields: Map<string, DynamicFieldValue>
  readonly articles: Array<Article>
  readonly history: Array<HistoryEntry>
}

/** A config item's data as stored: every element a list (OTRS's XML data model), sub-elements nested. */
export interface XmlElement {
  readonly content: string
  readonly children: XmlData
}
export type XmlData = Readonly<Record<string, ReadonlyArray<XmlElement>>>

interface ConfigItemVersion {
  readonly versionId: number
  readonly name: string
  readonly deplState: string
  readonly inciState: string
  readonly data: XmlData
  readonly createTime: number
  readonly createBy: number
}

export interface ConfigItemAttachment {
  readonly filename: string
  readonly contentType: string
  readonly content: Buffer
  readonly createBy: number
}

export interface ConfigItem {
  readonly configItemId: number
  readonly number: string
  readonly classId: number
  readonly createTime: number
  readonly createBy: number
  readonly versions: Array<ConfigItemVersion>
  attachments: Array<ConfigItemAttachment>
}
