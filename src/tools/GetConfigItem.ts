import * as Tool from "../mcp/Tool.js"
import { Effect, Schema } from "effect"
import { OtrsClient } from "../services/OtrsClient.js"
import { OtrsUnexpectedPayload } from "../services/OtrsErrors.js"
import { ConfigItemDetails, renderConfigItemDetails, toConfigItemDetails } from "./format/configItem.js"
import { CmdbAccessDenied } from "./format/configItemAccess.js"

const GetConfigItemInput = Schema.Struct({
  config_item_id: Schema.Int.pipe(Schema.positive()).annotations({
    description: "From search_config_items (not the number)."
  })
})
type GetConfigItemInput = typeof GetConfigItemInput.Type

export const ConfigItemOutput = ConfigItemDetails
export type ConfigItemOutput = ConfigItemDetails

/** The handler, shared with the resource otrs://configitem/{config_item_id}. */
export const getConfigItem = (input: GetConfigItemInput) =>
  Effect.gen(function*() {
    const client = yield* OtrsClient
    const subject = `config item ${input.config_item_id}`
    const [item] = yield* client.configItemGet([input.config_item_id], { attachments: true }).pipe(
      Effect.catchTag("OtrsNotFoundOrDenied", (error) =>
        Effect.fail(CmdbAccessDenied.fromOtrs(error, input.config_item_id)))
    )
    if (item === undefined) {
      return yield* new OtrsUnexpectedPayload({ operation: "ConfigItemGet", detail: `no ${subject} in the answer` })
    }
    return toConfigItemDetails(item)
  })

export const GetConfigItemTool = Tool.make({
  name: "get_config_item",
  title: "Read a config item",
  description: "Read a CMDB config item: class, name, number, states, and its current version's attributes as " +
    "flat key/value pairs (e.g. \"NIC[1].IPAddress\"); attachments listed.",
  input: GetConfigItemInput,
  output: ConfigItemOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  writes: false,
  handler: getConfigItem,
  render: renderConfigItemDetails
})
