import { Schema } from "effect"
import { listField, OtrsId } from "./Primitives.js"

/**
 * TicketSearch, by GET or by POST: `{"TicketID": ["7", "6"]}` in OTRS's order, or `{}` when nothing matches
 * (also for an unknown SortBy or queue name).
 */
export const TicketSearchResponse = Schema.Struct({ TicketID: listField(OtrsId) })
  .annotations({ identifier: "TicketSearch response" })
  .pipe(Schema.pluck("TicketID"))

/** ConfigItemSearch: `{"ConfigItemIDs": [1, 2]}`, or `{"ConfigItemIDs": ""}` when nothing matches. */
export const ConfigItemSearchResponse = Schema.Struct({ ConfigItemIDs: listField(OtrsId) })
  .annotations({ identifier: "ConfigItemSearch response" })
  .pipe(Schema.pluck("ConfigItemIDs"))
