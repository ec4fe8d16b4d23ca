import { Effect } from "effect"
import { type Catalog, catalogOf } from "../mcp/Catalog.js"
import { prebuiltCatalog } from "../mcp/PrebuiltCatalog.js"

/**
 * The tools' modules (./index.js) as the server loads them when it first needs them (McpServer.deferred): the bundle
 * then starts without evaluating them, most of its code, and answers tools/list from their catalog.
 */
export const loadTools = () =>
  import("./index.js").then(({ live, resources, tools }) => {
    loaded = true
    return { registry: { tools, resources }, requirements: live }
  })

let loaded = false

/** Whether this process has loaded the tools' modules: src/boot/bin.ts keeps a run's compiled code only then. */
export const toolsLoaded = (): boolean => loaded

/** Prebuilt in the bundle; elsewhere (the library, the tests) made from the loaded registry. */
export const toolCatalog: Effect.Effect<Catalog> = prebuiltCatalog === undefined
  ? Effect.promise(loadTools).pipe(Effect.map(({ registry }) => catalogOf(registry)))
  : Effect.succeed(prebuiltCatalog)
