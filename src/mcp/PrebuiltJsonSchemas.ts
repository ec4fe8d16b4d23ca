import type { Purpose } from "./StandardSchema.js"

/** A tool's JSON Schemas (draft 2020-12), as tools/list gives them. */
export type ToolJsonSchemas = Readonly<Record<Purpose, Record<string, unknown>>>

/** The JSON text of a `Record<tool name, ToolJsonSchemas>`. */
declare const OTRS_MCP_TOOL_JSON_SCHEMAS: string | undefined

/**
 * Every tool's JSON Schemas, converted from its Effect Schemas by scripts/bundle.mjs when it builds the bundle:
 * converting them at start took 6.5 ms of it, before the first tools/list. Undefined outside the bundle (the
 * library, the tests), where they are converted on first use.
 */
export const prebuiltJsonSchemas: Readonly<Record<string, ToolJsonSchemas>> | undefined =
  typeof OTRS_MCP_TOOL_JSON_SCHEMAS === "undefined" ? undefined : JSON.parse(OTRS_MCP_TOOL_JSON_SCHEMAS)
