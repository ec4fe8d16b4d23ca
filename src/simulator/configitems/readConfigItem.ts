import { type InputProblem, invalid, isInputProblem, missing } from "../engine/inputProblem.js"
import type { ConfigItemAttachment, XmlData } from "../engine/model.js"
import { type Data, isRecord, recordList, text } from "../engine/params.js"
import { configItemClasses, deploymentStatesByName, incidentStatesByName } from "./catalog.js"
import { computerDefinition } from "./definition.js"
import { readXmlData } from "./xmlData.js"

interface ConfigItemInput {
  readonly classId: number
  readonly name: string
  readonly deplState: string
  readonly inciState: string
  readonly data: XmlData
  readonly attachments: ReadonlyArray<Omit<ConfigItemAttachment, "createBy">>
}

const readAttachments = (raw: unknown): ReadonlyArray<Omit<ConfigItemAttachment, "createBy">> | InputProblem => {
  if (raw === undefined || raw === "") return []
  const items = recordList(raw)
  if (items === undefined) return invalid("ConfigItem->Attachment parameter is invalid!")
  const attachments: Array<Omit<ConfigItemAttachment, "createBy">> = []
  for (const item of items) {
    for (const needed of ["Content", "ContentType", "Filename"]) {
      if (text(item[needed]) === undefined) return missing(`ConfigItem->Attachment->${needed} parameter is missing!`)
    }
    attachments.push({
      filename: text(item["Filename"])!,
      contentType: text(item["ContentType"])!,
      content: Buffer.from(text(item["Content"])!, "base64")
    })
  }
  return attachments
}

/** The full ConfigItem element ConfigItemCreate and ConfigItemUpdate need, checked in ITSM's order. */
export const readConfigItem = (raw: unknown): ConfigItemInput | InputProblem => {
  if (!isRecord(raw) || Object.keys(raw).length === 0) return missing("ConfigItem parameter is missing or not valid!")
  for (const needed of ["Class", "Name", "DeplState", "InciState"]) {
    if (text(raw[needed]) === undefined) return missing(`ConfigItem->${needed} parameter is missing!`)
  }
  const xml: unknown = raw["CIXMLData"]
  if (!isRecord(xml)) return missing("ConfigItem->CIXMLData parameter is missing or not valid!")
  const classId = configItemClasses.get(text(raw["Class"])!)
  if (classId === undefined) return invalid("ConfigItem->Class parameter is invalid!")
  const deplState = text(raw["DeplState"])!
  if (!deploymentStatesByName.has(deplState)) return invalid("ConfigItem->DeplState parameter is invalid!")
  const inciState = text(raw["InciState"])!
  if (!incidentStatesByName.has(inciState)) return invalid("ConfigItem->InciState parameter is invalid!")
  const data = readXmlData(computerDefinition, xml as Data, "ConfigItem->CIXMLData->")
  if (isInputProblem(data)) return data
  const attachments = readAttachments(raw["Attachment"])
  if (isInputProblem(attachments)) return attachments
  return { classId, name: text(raw["Name"])!, deplState, inciState, data, attachments }
}
