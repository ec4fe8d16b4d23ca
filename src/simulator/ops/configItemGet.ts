import { renderConfigItem } from "../configitems/render.js"
import type { ConfigItem } from "../engine/model.js"
import { failure, opError } from "../engine/opError.js"
import { flag } from "../engine/params.js"
import { authenticateAgent } from "./configItemAuth.js"
import type { Operation } from "./operation.js"
import { asId, requestedIds } from "./requestedIds.js"

const op = "ConfigItemGet"

export const configItemGet: Operation = ({ data, world }) => {
  const agent = authenticateAgent(world, data)
  // ITSMConfigurationManagement 6 sends this code uninterpolated (single quotes in its Perl source)
  if (agent === undefined) return opError("$Self->{OperationName}.AuthFail", `${op}: Authorization failing!`)
  const ids = requestedIds(data["ConfigItemID"])
  if (ids.length === 0) return failure(op, "MissingParameter", "ConfigItemID parameter is missing!")
  const items: Array<ConfigItem> = []
  for (const id of ids) {
    const item = world.configItems.get(asId(id))
    if (item === undefined || !agent.configItems) return failure(op, "AccessDenied", "Can not get configuration item!")
    items.push(item)
  }
  const withAttachments = flag(data["Attachments"])
  return { ConfigItem: items.map((item) => renderConfigItem(item, withAttachments)) }
}
