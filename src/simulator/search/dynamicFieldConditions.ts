import { DynamicFields } from "../data/reference.js"
import type { DynamicFieldValue } from "../engine/model.js"
import { type Data, isRecord, recordList, text, textList } from "../engine/params.js"
import { likePattern } from "./like.js"
import type { Condition } from "./ticketFilters.js"

const operators = ["Equals", "Like", "GreaterThan", "GreaterThanEquals", "SmallerThan", "SmallerThanEquals", "Empty"] as const
type Operator = typeof operators[number]

const values = (value: DynamicFieldValue | undefined): ReadonlyArray<string> =>
  value === undefined ? [] : typeof value === "string" ? [value] : value

const compare = (operator: Operator, stored: string, wanted: string): boolean => {
  switch (operator) {
    case "Equals":
      return stored === wanted
    case "Like":
      return likePattern(wanted).test(stored)
    case "GreaterThan":
      return stored > wanted
    case "GreaterThanEquals":
      return stored >= wanted
    case "SmallerThan":
      return stored < wanted
    case "SmallerThanEquals":
      return stored <= wanted
    case "Empty":
      return false
  }
}

const conditionFor = (name: string, spec: Data): ReadonlyArray<Condition> => {
  if (!DynamicFields.has(name)) return []
  return operators.filter((operator) => spec[operator] !== undefined).map((operator): Condition => {
    if (operator === "Empty") {
      const wantEmpty = text(spec[operator]) !== "0"
      return (ticket) => (values(ticket.dynamicFields.get(name)).length === 0) === wantEmpty
    }
    const wanted = textList(spec[operator])
    return (ticket) =>
      values(ticket.dynamicFields.get(name)).some((stored) => wanted.some((value) => compare(operator, stored, value)))
  })
}

/**
 * Dynamic-field conditions of a JSON-body search, in both forms OTRS accepts: `DynamicField_<Name>: {Equals: ...}`
 * and `DynamicField: [{Name, Equals: ...}]`. Plain values (all a query string can carry) are ignored, as OTRS does.
 */
export const dynamicFieldConditions = (data: Data): ReadonlyArray<Condition> => {
  const conditions: Array<Condition> = []
  for (const [key, spec] of Object.entries(data)) {
    if (key.startsWith("DynamicField_") && isRecord(spec)) conditions.push(...conditionFor(key.slice(13), spec))
  }
  for (const spec of recordList(data["DynamicField"]) ?? []) {
    const name = text(spec["Name"])
    if (name !== undefined) conditions.push(...conditionFor(name, spec))
  }
  return conditions
}
