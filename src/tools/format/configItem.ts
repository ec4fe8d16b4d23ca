import { Schema } from "effect"
import type { ConfigItem, XmlValue } from "../../schemas/Domain.js"
import { indented, inline } from "./inline.js"

/**
 * Config items as an agent reads them. The CIXMLData tree becomes flat `path: value` pairs
 * (`"NIC[2].IPAddress": "192.168.1.10"`): one level, every value a string, readable line by line in the text
 * rendering, and the same paths OTRS's class definitions use. A group's own-named child (`NIC.NIC = "eth0"`) is
 * the attribute's value and so becomes `"NIC": "eth0"`; indexes (1-based, as in OTRS) appear only for repeated
 * attributes; empty values are left out. Keys are sorted, since OTRS sends them in random order.
 */

export const flattenAttributes = (attributes: Readonly<Record<string, XmlValue>>): Record<string, string> => {
  const flat: Record<string, string> = {}
  const visit = (path: string, name: string, value: XmlValue | undefined): void => {
    if (value === undefined || value === null) return
    if (typeof value === "string") {
      if (value.trim() !== "") flat[path] = value
      return
    }
    if (Array.isArray(value)) {
      const items: ReadonlyArray<XmlValue> = value
      if (items.length === 1) visit(path, name, items[0])
      else items.forEach((item, index) => visit(`${path}[${index + 1}]`, name, item))
      return
    }
    const group = value as Readonly<Record<string, XmlValue>>
    visit(path, name, group[name])
    for (const key of Object.keys(group).sort()) {
      if (key !== name) visit(`${path}.${key}`, key, group[key])
    }
  }
  for (const key of Object.keys(attributes).sort()) visit(key, key, attributes[key])
  return flat
}

const Id = Schema.Number.annotations({ description: "The config item's id (for get_config_item)." })
const ItemNumber = Schema.String.annotations({ description: "The config item number, e.g. \"1022000001\"." })
const DeploymentState = Schema.String.annotations({ description: "Deployment state, e.g. \"Production\"." })
const IncidentState = Schema.String.annotations({ description: "Incident state, e.g. \"Operational\"." })

export const ConfigItemSummary = Schema.Struct({
  id: Id,
  number: ItemNumber,
  name: Schema.String,
  deployment_state: DeploymentState,
  incident_state: IncidentState
})
export type ConfigItemSummary = typeof ConfigItemSummary.Type

/** The propagated (current) incident state, from linked items, only when it differs from the item's own. */
const currentIncidentState = (item: ConfigItem) =>
  item.currentIncidentState !== undefined && item.currentIncidentState !== item.incidentState
    ? { current_incident_state: item.currentIncidentState }
    : {}

export const toConfigItemSummary = (item: ConfigItem): ConfigItemSummary => ({
  id: item.id,
  number: item.number,
  name: item.name,
  deployment_state: item.deploymentState,
  incident_state: item.incidentState
})

const ConfigItemAttachmentInfo = Schema.Struct({
  filename: Schema.String,
  content_type: Schema.String,
  size: Schema.Number.annotations({ description: "Bytes." })
})

export const ConfigItemDetails = Schema.Struct({
  id: Id,
  number: ItemNumber,
  name: Schema.String,
  class: Schema.String.annotations({ description: "CMDB class, e.g. \"Computer\"." }),
  deployment_state: DeploymentState,
  incident_state: IncidentState,
  current_incident_state: Schema.optional(Schema.String.annotations({
    description: "Incident state propagated from linked config items, when it differs from incident_state."
  })),
  changed: Schema.String.annotations({
    description: "When the current version was saved (every change makes a new version), OTRS server time."
  }),
  attributes: Schema.Record({ key: Schema.String, value: Schema.String }).annotations({
    description: "The class-specific attributes as \"path\": \"value\"; repeated attributes are numbered " +
      "from 1, e.g. \"NIC[2].IPAddress\"."
  }),
  attachments: Schema.optional(Schema.Array(ConfigItemAttachmentInfo))
})
export type ConfigItemDetails = typeof ConfigItemDetails.Type

export const toConfigItemDetails = (item: ConfigItem): ConfigItemDetails => ({
  id: item.id,
  number: item.number,
  name: item.name,
  class: item.class,
  deployment_state: item.deploymentState,
  incident_state: item.incidentState,
  ...currentIncidentState(item),
  changed: item.created,
  attributes: flattenAttributes(item.attributes),
  ...(item.attachments.length === 0 ? {} : {
    attachments: item.attachments.map((attachment) => ({
      filename: attachment.filename,
      content_type: attachment.contentType,
      size: attachment.size
    }))
  })
})

const states = (item: { readonly deployment_state: string; readonly incident_state: string }) =>
  `${item.deployment_state}, ${item.incident_state}`

export const renderConfigItemDetails = (item: ConfigItemDetails): string => {
  const current = item.current_incident_state === undefined ? "" : ` (currently ${item.current_incident_state})`
  const lines = [
    `Config item ${item.number} "${inline(item.name)}" (id ${item.id}, class ${item.class}): ` +
    `${states(item)}${current}; changed ${item.changed}`,
    ...Object.entries(item.attributes).map(([path, value]) => `${path}: ${indented(String(value))}`),
    ...(item.attachments ?? []).map((file) =>
      `Attachment: ${inline(file.filename)} (${file.content_type}, ${file.size} bytes)`
    )
  ]
  return lines.join("\n")
}

export const renderConfigItemSummary = (item: ConfigItemSummary): string =>
  `${item.number} (config_item_id ${item.id}) "${inline(item.name)}" (${states(item)})`
