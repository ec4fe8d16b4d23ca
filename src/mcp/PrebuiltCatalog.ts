import type { Catalog } from "./Catalog.js"

/** The JSON text of the registry's Catalog. */
declare const OTRS_MCP_CATALOG: string | undefined

/**
 * The catalog of src/tools' registry, made by scripts/bundle.mjs when it builds the bundle: the server answers
 * tools/list from it before it loads the tools (McpServer.deferred), and converting their JSON Schemas at start took
 * 6.5 ms. Undefined outside the bundle (the library, the tests), where it is made from the loaded registry.
 */
export const prebuiltCatalog: Catalog | undefined = typeof OTRS_MCP_CATALOG === "undefined"
  ? undefined
  : JSON.parse(OTRS_MCP_CATALOG)
