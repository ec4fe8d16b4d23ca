import type * as Resource from "../mcp/Resource.js"
import type * as Tool from "../mcp/Tool.js"
import { Layer } from "effect"
import { OtrsClient } from "../services/OtrsClient.js"
import type { OtrsConfig, OtrsConfigError } from "../services/OtrsConfig.js"
import { CreateSessionTool } from "./CreateSession.js"
import { CreateTicketTool } from "./CreateTicket.js"
import { GetConfigItemTool } from "./GetConfigItem.js"
import { GetTicketTool } from "./GetTicket.js"
import { GetTicketHistoryTool } from "./GetTicketHistory.js"
import { RecentTickets } from "./RecentTickets.js"
import { readResources } from "./Resources.js"
import { SearchConfigItemsTool } from "./SearchConfigItems.js"
import { SearchTicketsTool } from "./SearchTickets.js"
import { UpdateTicketTool } from "./UpdateTicket.js"

type Requirements = OtrsClient | OtrsConfig | RecentTickets

/** What the tools need, from the environment. */
export const live: Layer.Layer<Requirements, OtrsConfigError> = RecentTickets.layer.pipe(
  Layer.provideMerge(OtrsClient.live)
)

/** The registry: every tool and resource otrs-mcp offers, in the order tools/list shows them. */
export const tools: ReadonlyArray<Tool.Any<Requirements>> = [
  SearchTicketsTool,
  GetTicketTool,
  GetTicketHistoryTool,
  CreateTicketTool,
  UpdateTicketTool,
  SearchConfigItemsTool,
  GetConfigItemTool,
  CreateSessionTool
]

export const resources: ReadonlyArray<Resource.Any<Requirements>> = readResources
