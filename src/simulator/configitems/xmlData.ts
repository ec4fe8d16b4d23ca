import { type InputProblem, invalid, isInputProblem, missing } from "../engine/inputProblem.js"
import type { XmlData, XmlElement } from "../engine/model.js"
import { type Data, isRecord, text, textList } from "../engine/params.js"
import { likePattern } from "../search/like.js"
import { catalogs } from "./catalog.js"
import type { Attribute } from "./definition.js"

const checkValue = (attribute: Attribute, content: string, path: string): InputProblem | undefined => {
  if (attribute.input === "GeneralCatalog" && !(catalogs.get(attribute.catalog ?? "") ?? []).includes(content)) {
    return invalid(`${path} parameter value is not a valid for General Catalog '${attribute.catalog}'!`)
  }
  if (attribute.input === "Date" && !/^\d{4}-\d{2}-\d{2}$/.test(content)) return invalid(`${path} parameter value is not a valid date!`)
  return undefined
}

const readElement = (attribute: Attribute, item: unknown, path: string): XmlElement | InputProblem => {
  const own = isRecord(item) ? item[attribute.key] : item
  if (own !== undefined && text(own) === undefined && own !== "") return invalid(`${path} parameter value is invalid!`)
  const content = text(own) ?? ""
  const problem = content === "" ? undefined : checkValue(attribute, content, path)
  if (problem !== undefined) return problem
  if (attribute.sub === undefined) return { content, children: {} }
  const children = readXmlData(attribute.sub, isRecord(item) ? item : {}, `${path}->`)
  return isInputProblem(children) ? children : { content, children }
}

/**
 * CIXMLData checked against the class definition the way ITSM's ConfigItemCreate does, including its quirk:
 * the required sub-attributes of an element are demanded even when the element itself is left out.
 */
export const readXmlData = (definition: ReadonlyArray<Attribute>, raw: Data, parent: string): XmlData | InputProblem => {
  const data: Record<string, ReadonlyArray<XmlElement>> = {}
  for (const attribute of definition) {
    const path = `${parent}${attribute.key}`
    const value = raw[attribute.key]
    if (attribute.required === true && value === undefined) return missing(`${path} parameter is missing!`)
    const items: ReadonlyArray<unknown> = value === undefined ? [] : Array.isArray(value) ? value : [value]
    if (items.length === 0 && attribute.sub !== undefined) {
      const subCheck = readXmlData(attribute.sub, {}, `${path}->`)
      if (isInputProblem(subCheck)) return subCheck
    }
    if (items.length > attribute.countMax) return invalid(`${path} parameter repetitions is higher than the maximum value!`)
    const elements: Array<XmlElement> = []
    for (const item of items) {
      const element = readElement(attribute, item, path)
      if (isInputProblem(element)) return element
      elements.push(element)
    }
    if (elements.length > 0) data[attribute.key] = elements
  }
  return data
}

/** Nested values keep only their last element: ConfigItemGet is lossy below the first level (see the fixtures). */
const renderNested = (definition: ReadonlyArray<Attribute>, data: XmlData): Record<string, unknown> => {
  const rendered: Record<string, unknown> = {}
  for (const attribute of definition) {
    const last = data[attribute.key]?.at(-1)
    if (last !== undefined) rendered[attribute.key] = renderElement(attribute, last)
  }
  return rendered
}

const renderElement = (attribute: Attribute, element: XmlElement): unknown =>
  attribute.sub === undefined
    ? element.content
    : { [attribute.key]: element.content, ...renderNested(attribute.sub, element.children) }

/** CIXMLData as ConfigItemGet sends it: one value as a scalar (or object), several as a list. */
export const renderXmlData = (definition: ReadonlyArray<Attribute>, data: XmlData): Record<string, unknown> => {
  const rendered: Record<string, unknown> = {}
  for (const attribute of definition) {
    const elements = data[attribute.key]
    if (elements === undefined) continue
    const values = elements.map((element) => renderElement(attribute, element))
    rendered[attribute.key] = values.length === 1 ? values[0] : values
  }
  return rendered
}

/** ConfigItemSearch's CIXMLData criteria: each key must match some element (`*` wildcards, nested objects). */
export const matchesXmlData = (data: XmlData, criteria: Data): boolean =>
  Object.entries(criteria).every(([key, wanted]) => {
    const elements = data[key] ?? []
    if (isRecord(wanted)) {
      const { [key]: own, ...children } = wanted
      const patterns = textList(own).map(likePattern)
      return elements.some((element) =>
        (patterns.length === 0 || patterns.some((pattern) => pattern.test(element.content))) &&
        matchesXmlData(element.children, children)
      )
    }
    const patterns = textList(wanted).map(likePattern)
    return elements.some((element) => patterns.some((pattern) => pattern.test(element.content)))
  })
