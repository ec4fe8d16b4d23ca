import { ParseResult, Schema } from "effect"
import { ConfigItem, ConfigItemAttachment, XmlValue } from "./Domain.js"
import {
  decodeOnly,
  definedFields,
  List,
  listField,
  mapped,
  optionalKey,
  OptionalString,
  OtrsCount,
  OtrsId,
  OtrsTimestampFromWire,
  refuseEncode,
  StringLike,
  wholeNumber
} from "./Primitives.js"

/** JSON to the attribute tree: scalars other than strings (a number, in other versions) become strings. */
const toXmlValue = (value: unknown): unknown => {
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  if (Array.isArray(value)) return value.map(toXmlValue)
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toXmlValue(item)]))
  }
  return value
}

const Attributes = Schema.Record({ key: Schema.String, value: XmlValue }).annotations({
  identifier: "an object of attributes"
})

/** `CIXMLData`: nested objects, arrays for repeated attributes, and "" or nothing when the item has none. */
const CIXMLData = Schema.transform(Schema.Unknown, Attributes, {
  strict: true,
  // the Record schema on the right checks the shape
  decode: (wire) => (wire === null || wire === "" ? {} : toXmlValue(wire)) as typeof Attributes.Encoded,
  encode: (attributes) => attributes
})

/** A config item attachment (ConfigItemGet with `Attachments=1`): sizes and type also under `Preferences`. */
const ConfigItemAttachmentWire = Schema.Struct({
  Filename: Schema.String,
  ContentType: optionalKey(OptionalString),
  Filesize: optionalKey(StringLike),
  FilesizeRaw: optionalKey(OtrsCount),
  Content: optionalKey(OptionalString),
  Preferences: optionalKey(Schema.Struct({
    ContentType: optionalKey(OptionalString),
    FilesizeRaw: optionalKey(OtrsCount)
  }))
}).annotations({ identifier: "config item Attachment" })
type ConfigItemAttachmentWire = typeof ConfigItemAttachmentWire.Type

/** `Filesize` is bytes in OTRS 6 ITSM but may be human-readable ("1.2 KBytes") elsewhere: then it is not used. */
const sizeOf = ({ Filesize, FilesizeRaw, Preferences }: ConfigItemAttachmentWire) =>
  Preferences?.FilesizeRaw ?? FilesizeRaw ?? (Filesize === undefined ? undefined : wholeNumber(Filesize))

const ConfigItemAttachmentFromWire = Schema.transformOrFail(
  ConfigItemAttachmentWire,
  mapped<ConfigItemAttachment>(),
  {
    strict: true,
    decode: (wire, _, ast) => {
      const size = sizeOf(wire)
      if (size === undefined) {
        return ParseResult.fail(
          new ParseResult.Type(ast, wire, "Expected a file size in Preferences.FilesizeRaw, FilesizeRaw or Filesize")
        )
      }
      return ParseResult.succeed(definedFields<ConfigItemAttachment>({
        filename: wire.Filename,
        contentType: wire.ContentType ?? wire.Preferences?.ContentType ?? "application/octet-stream",
        size,
        // OTRS wraps the base64 in lines
        content: wire.Content?.replace(/\s+/g, "")
      }))
    },
    encode: refuseEncode
  }
)

export const ConfigItemWire = Schema.Struct({
  ConfigItemID: OtrsId,
  Number: StringLike,
  Name: Schema.String,
  Class: Schema.String,
  DeplState: Schema.String,
  DeplStateType: optionalKey(OptionalString),
  InciState: Schema.String,
  InciStateType: optionalKey(OptionalString),
  CurDeplState: optionalKey(OptionalString),
  CurInciState: optionalKey(OptionalString),
  VersionID: OtrsId,
  CreateTime: OtrsTimestampFromWire,
  CIXMLData: Schema.optionalWith(CIXMLData, { exact: true, default: () => ({}) }),
  Attachment: listField(ConfigItemAttachmentFromWire)
}).annotations({ identifier: "ConfigItem" })
export type ConfigItemWire = typeof ConfigItemWire.Type

const toConfigItem = (wire: ConfigItemWire): ConfigItem =>
  definedFields<ConfigItem>({
    id: wire.ConfigItemID,
    number: wire.Number,
    name: wire.Name,
    class: wire.Class,
    deploymentState: wire.DeplState,
    deploymentStateType: wire.DeplStateType,
    incidentState: wire.InciState,
    incidentStateType: wire.InciStateType,
    currentDeploymentState: wire.CurDeplState,
    currentIncidentState: wire.CurInciState,
    versionId: wire.VersionID,
    created: wire.CreateTime,
    attributes: wire.CIXMLData,
    attachments: wire.Attachment
  })

const ConfigItemFromWire = decodeOnly(ConfigItemWire, toConfigItem)

/** ConfigItemGet: `{"ConfigItem": [...]}`, one element per requested id. */
export const ConfigItemGetResponse = Schema.Struct({ ConfigItem: List(ConfigItemFromWire) })
  .annotations({ identifier: "ConfigItemGet response" })
  .pipe(Schema.pluck("ConfigItem"))

/** What ConfigItemCreate and ConfigItemUpdate answer (an update makes a new version of the same item). */
export const ConfigItemSaved = Schema.Struct({ configItemId: Schema.Number, number: Schema.String })
export type ConfigItemSaved = typeof ConfigItemSaved.Type

const ConfigItemSavedWire = Schema.Struct({ ConfigItemID: OtrsId, Number: StringLike }).annotations({
  identifier: "ConfigItemCreate/ConfigItemUpdate response"
})

const toConfigItemSaved = (wire: typeof ConfigItemSavedWire.Type): ConfigItemSaved => ({
  configItemId: wire.ConfigItemID,
  number: wire.Number
})

export const ConfigItemCreateResponse = decodeOnly(ConfigItemSavedWire, toConfigItemSaved)
export const ConfigItemUpdateResponse = decodeOnly(ConfigItemSavedWire, toConfigItemSaved)

/** ConfigItemDelete: `{"ConfigItemID": ["3"]}`, the deleted ids (the route takes a comma-separated list). */
export const ConfigItemsDeleted = Schema.Struct({ configItemIds: Schema.Array(Schema.Number) })
export type ConfigItemsDeleted = typeof ConfigItemsDeleted.Type

export const ConfigItemDeleteResponse = decodeOnly(
  Schema.Struct({ ConfigItemID: List(OtrsId) }).annotations({ identifier: "ConfigItemDelete response" }),
  (wire): ConfigItemsDeleted => ({ configItemIds: wire.ConfigItemID })
)
