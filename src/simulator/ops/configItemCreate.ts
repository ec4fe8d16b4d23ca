import { asError, isInputProblem } from "../engine/inputProblem.js"
import type { ConfigItem } from "../engine/model.js"
import { failure } from "../engine/opError.js"
import { nowSeconds } from "../engine/World.js"
import { readConfigItem } from "../configitems/readConfigItem.js"
import { authenticateAgent } from "./configItemAuth.js"
import type { Operation } from "./operation.js"

const op = "ConfigItemCreate"

/** ITSM's AutoIncrement numbers: SystemID, class id, a six-digit counter. */
const configItemNumber = (classId: number, counter: number) => `10${classId}${String(counter).padStart(6, "0")}`

export const configItemCreate: Operation = ({ data, world }) => {
  const agent = authenticateAgent(world, data)
  if (agent === undefined) return failure(op, "AuthFail", "Authorization failing!")
  const input = readConfigItem(data["ConfigItem"])
  if (isInputProblem(input)) return asError(op, input)
  if (!agent.configItems) return failure(op, "AccessDenied", "Can not create configuration items!")
  const now = nowSeconds(world)
  const item: ConfigItem = {
    configItemId: ++world.counters.configItemId,
    number: configItemNumber(input.classId, ++world.counters.configItemNumber),
    classId: input.classId,
    createTime: now,
    createBy: agent.id,
    versions: [{
      versionId: ++world.counters.versionId,
      name: input.name,
      deplState: input.deplState,
      inciState: input.inciState,
      data: input.data,
      createTime: now,
      createBy: agent.id
    }],
    attachments: input.attachments.map((attachment) => ({ ...attachment, createBy: agent.id }))
  }
  world.configItems.set(item.configItemId, item)
  return { ConfigItemID: String(item.configItemId), Number: item.number }
}
