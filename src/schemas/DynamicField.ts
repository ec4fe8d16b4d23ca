import { Schema } from "effect"
import type { DynamicFields, DynamicFieldValue } from "./Domain.js"
import { accepting, List, optionalKey } from "./Primitives.js"

type Scalar = string | number | null
type WireValue = Scalar | ReadonlyArray<Scalar>

const isScalar = (input: unknown): input is Scalar =>
  input === null || typeof input === "string" || typeof input === "number"

/** What OTRS sends as a dynamic field's `Value`: null when unset, arrays for multiselects. */
const WireValue = accepting(
  (input): input is WireValue => isScalar(input) || (Array.isArray(input) && input.every(isScalar)),
  "null, a string, a number or an array of strings"
)

export const DynamicFieldWire = Schema.Struct({
  Name: Schema.String,
  Value: optionalKey(WireValue)
}).annotations({ identifier: "DynamicField entry" })
export type DynamicFieldWire = typeof DynamicFieldWire.Type

/** `DynamicField: [{Name, Value}]` as OTRS lists them, unset ones included. */
export const DynamicFieldList = List(DynamicFieldWire)

const toValue = (value: WireValue | undefined): DynamicFieldValue | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value !== "object") return value
  const values = value.flatMap((item) => (item === null ? [] : [String(item)]))
  return values.length === 0 ? undefined : values
}

/** Name -> value for the set fields only: null (and empty multiselects) carry no information. */
export const toDynamicFields = (fields: ReadonlyArray<DynamicFieldWire>): DynamicFields => {
  const result: Record<string, DynamicFieldValue> = {}
  for (const { Name, Value } of fields) {
    const value = toValue(Value)
    if (value !== undefined) result[Name] = value
  }
  return result
}
