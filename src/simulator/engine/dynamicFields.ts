import { type DynamicFieldConfig, DynamicFields } from "../data/reference.js"
import { type InputProblem, invalid, missing } from "./inputProblem.js"
import type { DynamicFieldValue } from "./model.js"
import { type Data, recordList, text, textList, toStoredText } from "./params.js"
import { parseTimestamp } from "./time.js"

interface DynamicFieldUpdate {
  readonly field: DynamicFieldConfig
  /** undefined clears the field */
  readonly value: DynamicFieldValue | undefined
}

const valueFor = (field: DynamicFieldConfig, raw: unknown): DynamicFieldValue | undefined | "invalid" => {
  const allowed = (value: string) => field.possibleValues?.includes(value) ?? true
  switch (field.type) {
    case "Multiselect": {
      const values = textList(raw)
      if (values.length === 0) return undefined
      return values.every(allowed) ? values : "invalid"
    }
    case "Dropdown": {
      const value = text(raw)
      if (value === undefined) return Array.isArray(raw) ? "invalid" : undefined
      return allowed(value) ? value : "invalid"
    }
    case "DateTime": {
      const value = text(raw)
      if (value === undefined) return Array.isArray(raw) ? "invalid" : undefined
      return parseTimestamp(value) === undefined ? "invalid" : value
    }
    case "Text": {
      const value = text(raw)
      if (value === undefined) return Array.isArray(raw) ? "invalid" : undefined
      return toStoredText(value)
    }
  }
}

/** The request's DynamicField element (one object or a list) checked like OTRS; a message on failure. */
export const readDynamicFields = (raw: unknown): ReadonlyArray<DynamicFieldUpdate> | InputProblem => {
  if (raw === undefined || raw === null || raw === "") return []
  const items: ReadonlyArray<Data> | undefined = recordList(raw)
  if (items === undefined) return invalid("DynamicField parameter is invalid!")
  const updates: Array<DynamicFieldUpdate> = []
  for (const item of items) {
    const name = text(item["Name"])
    if (name === undefined) return missing("DynamicField->Name parameter is missing!")
    if (!("Value" in item)) return missing("DynamicField->Value parameter is missing!")
    const field = DynamicFields.get(name)
    if (field === undefined) return invalid("DynamicField->Name parameter is invalid!")
    const value = valueFor(field, item["Value"])
    if (value === "invalid") return invalid("DynamicField->Value parameter is invalid!")
    updates.push({ field, value })
  }
  return updates
}
