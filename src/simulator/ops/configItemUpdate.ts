import { readConfigItem } from "../configitems/readConfigItem.js"
import { asError, isInputProblem } from "../engine/inputProblem.js"
import { failure } from "../engine/opError.js"
import { nowSeconds } from "../engine/World.js"
import { authenticateAgent } from "./configItemAuth.js"
import type { Operation } from "./operation.js"
import { asId, requestedIds } from "./requestedIds.js"

const op = "ConfigItemUpdate"

/** Takes the full config item and stores it as a new version (version ids are global, as in ITSM). */
export const configItemUpdate: Operation = ({ data, world }) => {
  const agent = authenticateAgent(world, data)
  if (agent === undefined) return failure(op, "AuthFail", "Authorization failing!")
  if (!agent.configItems) return failure(op, "AccessDenied", "Can not update configuration items!")
  const [id] = requestedIds(data["ConfigItemID"])
  const item = id === undefined ? undefined : world.configItems.get(asId(id))
  if (item === undefined) return failure(op, "InvalidParameter", "ConfigItemID is invalid!")
  const input = readConfigItem(data["ConfigItem"])
  if (isInputProblem(input)) return asError(op, input)
  if (input.classId !== item.classId) return failure(op, "InvalidParameter", "ConfigItem->Class parameter is invalid!")
  const now = nowSeconds(world)
  item.versions.push({
    versionId: ++world.counters.versionId,
    name: input.name,
    deplState: input.deplState,
    inciState: input.inciState,
    data: input.data,
    createTime: now,
    createBy: agent.id
  })
  item.attachments = [...item.attachments, ...input.attachments.map((attachment) => ({ ...attachment, createBy: agent.id }))]
  return { ConfigItemID: String(item.configItemId), Number: item.number }
}
