import type { Fixture } from "../support/fixtures.js"

export type JsonType = "null" | "boolean" | "number" | "string" | "array" | "object"

export const jsonType = (value: unknown): JsonType =>
  value === null
    ? "null"
    : Array.isArray(value)
    ? "array"
    : typeof value === "object"
    ? "object"
    : (typeof value as "boolean" | "number" | "string")

/** `operation:path` (arrays as `[]`) -> the JSON types OTRS itself was recorded sending there. */
export type TypeVariants = ReadonlyMap<string, ReadonlySet<JsonType>>

/**
 * An empty search is a different answer, not another type: `{"ConfigItemIDs": ""}` must not pass for a list of ids.
 */
const strictPaths = new Set(["ConfigItemSearch:.ConfigItemIDs"])

/**
 * Where the recordings show OTRS sending different JSON types for the same key: ids as numbers or strings (even
 * within one response), dynamic-field values as null, text or lists, single or repeated CIXMLData values.
 */
export const typeVariants = (fixtures: ReadonlyArray<Fixture>): TypeVariants => {
  const seen = new Map<string, Set<JsonType>>()
  const walk = (operation: string, value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const item of value) note(operation, item, `${path}[]`)
    } else if (jsonType(value) === "object") {
      for (const [key, item] of Object.entries(value as object)) note(operation, item, `${path}.${key}`)
    }
  }
  const note = (operation: string, value: unknown, path: string) => {
    const key = `${operation}:${path}`
    const types = seen.get(key) ?? new Set<JsonType>()
    types.add(jsonType(value))
    seen.set(key, types)
    walk(operation, value, path)
  }
  for (const fixture of fixtures) {
    if (fixture.response_is_json) walk(String(fixture.operation), fixture.response, "")
  }
  return new Map([...seen].filter(([key, types]) => types.size > 1 && !strictPaths.has(key)))
}

/** A canonical description of a value's shape, to compare an element with each distinct recorded shape once. */
const signature = (value: unknown): string => {
  if (Array.isArray(value)) return `[${[...new Set(value.map(signature))].sort().join("|")}]`
  if (jsonType(value) === "object") {
    return `{${Object.entries(value as object).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => `${key}:${signature(item)}`).join(",")}}`
  }
  return jsonType(value)
}

const compare = (recorded: unknown, actual: unknown, path: string, operation: string, variants: TypeVariants, out: Array<string>) => {
  const recordedType = jsonType(recorded)
  const actualType = jsonType(actual)
  if (recordedType !== actualType) {
    const allowed = variants.get(`${operation}:${path}`)
    if (allowed?.has(recordedType) !== true || !allowed.has(actualType)) {
      out.push(`${path || "(root)"}: recorded ${recordedType}, got ${actualType}`)
    }
    return
  }
  if (recordedType === "object") {
    const recordedObject = recorded as Record<string, unknown>
    const actualObject = actual as Record<string, unknown>
    const missing = Object.keys(recordedObject).filter((key) => !(key in actualObject))
    const extra = Object.keys(actualObject).filter((key) => !(key in recordedObject))
    if (missing.length > 0) out.push(`${path || "(root)"}: missing ${missing.join(", ")}`)
    if (extra.length > 0) out.push(`${path || "(root)"}: unexpected ${extra.join(", ")}`)
    for (const key of Object.keys(recordedObject)) {
      if (key in actualObject) compare(recordedObject[key], actualObject[key], `${path}.${key}`, operation, variants, out)
    }
  }
  if (recordedType === "array") {
    const recordedItems = recorded as Array<unknown>
    const actualItems = actual as Array<unknown>
    if (recordedItems.length === 0) return
    if (actualItems.length === 0) {
      out.push(`${path}: empty, recorded ${recordedItems.length} element(s)`)
      return
    }
    const shapes = [...new Map(recordedItems.map((item) => [signature(item), item])).values()]
    const checked = new Map<string, ReadonlyArray<string>>()
    actualItems.forEach((item, index) => {
      const key = signature(item)
      let best = checked.get(key)
      if (best === undefined) {
        for (const shape of shapes) {
          const differences: Array<string> = []
          compare(shape, item, `${path}[]`, operation, variants, differences)
          if (best === undefined || differences.length < best.length) best = differences
          if (differences.length === 0) break
        }
        checked.set(key, best!)
      }
      out.push(...best!.map((difference) => `${difference} (element ${index})`))
    })
  }
}

/**
 * How `actual` differs in shape from `recorded`: the same keys at every level, the same JSON type per key (or one
 * OTRS itself varies between, see typeVariants), and every array element shaped like some recorded element.
 * Values are not compared.
 */
export const shapeDifferences = (
  recorded: unknown,
  actual: unknown,
  operation: string,
  variants: TypeVariants
): ReadonlyArray<string> => {
  const out: Array<string> = []
  compare(recorded, actual, "", operation, variants, out)
  return [...new Set(out)]
}
