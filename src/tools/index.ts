import type * as Resource from "../mcp/Resource.js"
import type * as Tool from "../mcp/Tool.js"
import type { OtrsClient } from "../services/OtrsClient.js"
import type { OtrsConfig } from "../services/OtrsConfig.js"

/**
 * The registry: every tool and resource otrs-mcp offers. Add a tool by listing it here; when tools need the
 * OTRS client, widen `Requirements` (e.g. `OtrsClient | OtrsConfig`) and give Main the layer providing it.
 */
export type Requirements = OtrsClient | OtrsConfig

export const tools: ReadonlyArray<Tool.Any<Requirements>> = []

export const resources: ReadonlyArray<Resource.Any<Requirements>> = []
