#!/usr/bin/env node
import { fileURLToPath } from "node:url"
import { defaultCacheDirectory, loadBundle } from "./compileCache.js"

/** The hash of dist/otrs-mcp.cjs, put here by scripts/bundle.mjs when it builds both. */
declare const OTRS_MCP_BUNDLE_ID: string

// The otrs-mcp command (dist/otrs-mcp.js): the bundle next to it (dist/otrs-mcp.cjs, see scripts/bundle.mjs) with
// its code cache. Only a server that has loaded its tools (McpServer.deferred) writes the cache, on its way out: what
// it compiled is what its next start needs, while a first run of `--version` or `doctor`, or a server stopped before
// it loaded its tools (a host that only initialized), would leave a cache that later starts accept but that lacks
// most of their code (a load after tools/list 20-35 ms slower). A --demo server keeps a cache of its own: its
// simulator's code (74 KB of it) would otherwise be loaded by every start of a server for a real OTRS whose first
// run was the README's `npm start` (3-27 ms more).
const args = process.argv.slice(2)
const bundle = loadBundle(
  fileURLToPath(new URL("otrs-mcp.cjs", import.meta.url)),
  args.includes("--demo") ? `${OTRS_MCP_BUNDLE_ID}-demo` : OTRS_MCP_BUNDLE_ID,
  defaultCacheDirectory()
)
const serving = args.every((argument) => argument === "--demo")
const { toolsLoaded } = withStacksByName(bundle.run) as { readonly toolsLoaded: () => boolean }
if (serving) {
  process.once("exit", () => {
    if (toolsLoaded()) bundle.save()
  })
}

/**
 * Runs `body` with stack traces that name their frames without placing them. The first stack trace that places a
 * frame in the bundle makes V8 scan all of it (3 MB then) for line ends (5 ms), and effect takes one while it loads, to
 * see whether its frames keep their names, which this answers as well. The bundle is minified, so a place in it (line
 * 1, column 2345678) says nothing anyway; stack traces taken after the start are whole again.
 */
function withStacksByName<A>(body: () => A): A {
  const previous = Error.prepareStackTrace
  Error.prepareStackTrace = (error, frames) =>
    [String(error), ...frames.map((frame) => `    at ${frame.getFunctionName() ?? "<anonymous>"}`)].join("\n")
  try {
    return body()
  } finally {
    Error.prepareStackTrace = previous
  }
}
