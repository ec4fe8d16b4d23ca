import { configItemClasses, deploymentStatesByName, incidentStatesByName } from "../configitems/catalog.js"
import { matchesXmlData } from "../configitems/xmlData.js"
import type { ConfigItem } from "../engine/model.js"
import { failure } from "../engine/opError.js"
import { type Data, integer, isRecord, text, textList } from "../engine/params.js"
import { likePattern } from "../search/like.js"
import { authenticateAgent } from "./configItemAuth.js"
import type { Operation } from "./operation.js"

const op = "ConfigItemSearch"

type Filter = (item: ConfigItem) => boolean

const current = (item: ConfigItem) => item.versions.at(-1)!

const orderColumns: Readonly<Record<string, (item: ConfigItem) => string | number>> = {
  ConfigItemID: (item) => item.configItemId,
  Number: (item) => item.number,
  Name: (item) => current(item).name.toLowerCase(),
  ClassID: (item) => item.classId,
  DeplState: (item) => current(item).deplState,
  DeplStateID: (item) => deploymentStatesByName.get(current(item).deplState)?.id ?? 0,
  InciState: (item) => current(item).inciState,
  InciStateID: (item) => incidentStatesByName.get(current(item).inciState)?.id ?? 0,
  CreateTime: (item) => item.createTime,
  ChangeTime: (item) => current(item).createTime
}

const filters = (criteria: Data, classId: number): ReadonlyArray<Filter> | string => {
  const result: Array<Filter> = [(item) => item.classId === classId]
  for (const [key, valueOf] of [["Name", (item: ConfigItem) => current(item).name], ["Number", (item: ConfigItem) => item.number]] as const) {
    const patterns = textList(criteria[key]).map(likePattern)
    if (patterns.length > 0) result.push((item) => patterns.some((pattern) => pattern.test(valueOf(item))))
  }
  for (const [key, known, valueOf] of [
    ["DeplStates", deploymentStatesByName, (item: ConfigItem) => current(item).deplState],
    ["InciStates", incidentStatesByName, (item: ConfigItem) => current(item).inciState]
  ] as const) {
    const names = textList(criteria[key])
    if (names.some((name) => !known.has(name))) return `ConfigItem->${key} parameter is invalid!`
    if (names.length > 0) result.push((item) => names.includes(valueOf(item)))
  }
  const xml = criteria["CIXMLData"]
  if (isRecord(xml)) result.push((item) => matchesXmlData(current(item).data, xml))
  return result
}

const order = (criteria: Data) => {
  const columns = textList(criteria["OrderBy"])
  const directions = textList(criteria["OrderByDirection"])
  const keys = (columns.length === 0 ? ["ConfigItemID"] : columns).map((name, index) => ({
    valueOf: orderColumns[name] ?? orderColumns["ConfigItemID"]!,
    down: (directions[index] ?? directions[0]) === "Down"
  }))
  return (a: ConfigItem, b: ConfigItem) => {
    for (const key of keys) {
      const left = key.valueOf(a)
      const right = key.valueOf(b)
      if (left !== right) return (left < right ? -1 : 1) * (key.down ? -1 : 1)
    }
    return a.configItemId - b.configItemId
  }
}

/** Ids sorted and limited; the empty string when nothing matches (not `{}` as TicketSearch sends). */
export const configItemSearch: Operation = ({ data, world }) => {
  const agent = authenticateAgent(world, data)
  if (agent === undefined) return failure(op, "AuthFail", "Authorization failing!")
  const criteria = data["ConfigItem"]
  if (!isRecord(criteria)) return failure(op, "MissingParameter", "ConfigItem parameter is missing or not valid!")
  const className = text(criteria["Class"])
  if (className === undefined) return failure(op, "MissingParameter", "ConfigItem->Class parameter is missing!")
  const classId = configItemClasses.get(className)
  if (classId === undefined) return failure(op, "InvalidParameter", "ConfigItem->Class parameter is invalid!")
  if (!agent.configItems) return failure(op, "AccessDenied", "Can not search configuration items!")
  const checks = filters(criteria, classId)
  if (typeof checks === "string") return failure(op, "InvalidParameter", checks)
  const limit = integer(criteria["Limit"])
  const found = [...world.configItems.values()]
    .filter((item) => checks.every((check) => check(item)))
    .sort(order(criteria))
    .slice(0, limit !== undefined && limit > 0 ? limit : undefined)
  if (found.length === 0) return { ConfigItemIDs: "" }
  // OTRS answers ids as numbers, except after an XML-data search (recorded in configitem-search.by-xmldata)
  const asText = isRecord(criteria["CIXMLData"])
  return { ConfigItemIDs: found.map((item) => (asText ? String(item.configItemId) : item.configItemId)) }
}
