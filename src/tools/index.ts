import type * as Resource from "../mcp/Resource.js"
import type * as Tool from "../mcp/Tool.js"
import type { OtrsClient } from "../services/OtrsClient.js"
import type { OtrsConfig } from "../services/OtrsConfig.js"
import { CreateSessionTool } from "./CreateSession.js"
import { CreateTicketTool } from "./CreateTicket.js"
import { GetConfigItemTool } from "./GetConfigItem.js"
import { GetTicketTool } from "./GetTicket.js"
import { GetTicketHistoryTool } from "./GetTicketHistory.js"
import { readResources } from "./Resources.js"
import { SearchConfigItemsTool } from "./SearchConfigItems.js"
import { SearchTicketsTool } from "./SearchTickets.js"
import { UpdateTicketTool } from "./UpdateTicket.js"

/** The registry: every tool and resource otrs-mcp offers, in the order tools/list shows them. */
export type Requirements = OtrsClient | OtrsConfig

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
