import { failure } from "../engine/opError.js"
import { authenticateAgent } from "./configItemAuth.js"
import type { Operation } from "./operation.js"
import { asId, requestedIds } from "./requestedIds.js"

const op = "ConfigItemDelete"

export const configItemDelete: Operation = ({ data, world }) => {
  const agent = authenticateAgent(world, data)
  if (agent === undefined) return failure(op, "AuthFail", "Authorization failing!")
  const ids = requestedIds(data["ConfigItemID"])
  if (ids.length === 0) return failure(op, "MissingParameter", "ConfigItemID parameter is missing!")
  if (!agent.configItems || ids.some((id) => !world.configItems.has(asId(id)))) {
    return failure(op, "AccessDenied", "Can not delete configuration item!")
  }
  for (const id of ids) world.configItems.delete(asId(id))
  return { ConfigItemID: ids }
}
