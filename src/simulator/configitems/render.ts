import type { ConfigItem, ConfigItemAttachment } from "../engine/model.js"
import { formatTimestamp } from "../engine/time.js"
import { classNames, deploymentStatesByName, incidentStatesByName } from "./catalog.js"
import { computerDefinition, definitionId } from "./definition.js"
import { renderXmlData } from "./xmlData.js"

/** MIME::Base64's encode_base64: lines of 76 characters, each ending in a newline. */
const mimeBase64 = (content: Buffer) => (content.toString("base64").match(/.{1,76}/g) ?? []).map((line) => `${line}\n`).join("")

const renderAttachment = (item: ConfigItem) => (attachment: ConfigItemAttachment) => ({
  Content: mimeBase64(attachment.content),
  ContentType: attachment.contentType,
  Filename: attachment.filename,
  Filesize: String(attachment.content.length),
  Preferences: {
    ConfigItemID: String(item.configItemId),
    ContentID: null,
    ContentType: attachment.contentType,
    FilesizeRaw: String(attachment.content.length),
    UserID: String(attachment.createBy)
  },
  Type: "attachment"
})

/** The config item's last version, as ConfigItemGet sends it. */
export const renderConfigItem = (item: ConfigItem, withAttachments: boolean): Record<string, unknown> => {
  const version = item.versions.at(-1)!
  const deployment = deploymentStatesByName.get(version.deplState)!
  const incident = incidentStatesByName.get(version.inciState)!
  return {
    CIXMLData: renderXmlData(computerDefinition, version.data),
    Class: classNames.get(item.classId) ?? "",
    ConfigItemID: String(item.configItemId),
    CreateBy: version.createBy,
    CreateTime: formatTimestamp(version.createTime),
    CurDeplState: deployment.name,
    CurDeplStateType: deployment.type,
    CurInciState: incident.name,
    CurInciStateType: incident.type,
    DefinitionID: definitionId,
    DeplState: deployment.name,
    DeplStateType: deployment.type,
    InciState: incident.name,
    InciStateType: incident.type,
    LastVersionID: version.versionId,
    Name: version.name,
    Number: item.number,
    VersionID: String(version.versionId),
    ...(withAttachments && item.attachments.length > 0 ? { Attachment: item.attachments.map(renderAttachment(item)) } : {})
  }
}
