// Bundles what `npm run build` ships as the otrs-mcp command:
// - dist/otrs-mcp.cjs: src/Main.ts and every package it uses, one CommonJS module, written as the function Node would
//   wrap it in (see wrapAsFunction);
// - dist/otrs-mcp.js: the command itself (src/boot/bin.ts), which runs the bundle with V8's code cache, so that
//   the server, which MCP hosts start once per conversation, starts in about half the time. CommonJS too
//   (dist/package.json says so): Node's ES module loader would add 6 ms to every start.
import { createHash } from "node:crypto"
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { build } from "esbuild"
import { effectSubpaths } from "./effectSubpaths.mjs"
import { nodeBundleOptions } from "./nodeBundle.mjs"

const outdir = "dist"
const bundle = join(outdir, "otrs-mcp.cjs")
const entry = join(outdir, "otrs-mcp.js")
const shipped = ["package.json", "otrs-mcp.js", "otrs-mcp.js.map", "otrs-mcp.cjs", "otrs-mcp.cjs.map"]

const { metafile } = await build({
  entryPoints: ["src/Main.ts"],
  outfile: bundle,
  ...nodeBundleOptions,
  metafile: true,
  plugins: [effectSubpaths()],
  // as a JSON string: esbuild would make an object into a module of its own, initialised by every other module
  define: { ...nodeBundleOptions.define, OTRS_MCP_CATALOG: JSON.stringify(JSON.stringify(await toolCatalog())) }
})

assertNoDynamicImportOfExternals(metafile)
assertNoEffectIndex(metafile)
const bytes = wrapAsFunction(readFileSync(bundle))
assertAscii(bytes)
writeFileSync(bundle, bytes)

await build({
  entryPoints: ["src/boot/bin.ts"],
  outfile: entry,
  ...nodeBundleOptions,
  // names the bundle's code cache (src/boot/compileCache.ts): the launcher need not hash 2 MB at every start
  define: {
    ...nodeBundleOptions.define,
    OTRS_MCP_BUNDLE_ID: JSON.stringify(createHash("sha256").update(bytes).digest("hex").slice(0, 32))
  }
})

// name and version: the server reports them (src/mcp/ServerInfo.ts), also from a dist/ copied on its own
const { name, version } = JSON.parse(readFileSync("package.json", "utf8"))
writeFileSync(join(outdir, "package.json"), `${JSON.stringify({ name, version, type: "commonjs" })}\n`)

// Whatever earlier builds left (the code-split chunks of older versions among them) would only mislead.
for (const file of readdirSync(outdir)) {
  if (!shipped.includes(file)) rmSync(join(outdir, file), { recursive: true, force: true })
}

// Runnable as ./dist/otrs-mcp.js, as MCP host configurations often do.
chmodSync(entry, 0o755)

/**
 * What tools/list and resources/list give (src/mcp/PrebuiltCatalog.ts), from the library tsc has just built into
 * build/: the same registry, converted the same way.
 */
async function toolCatalog() {
  const { resources, tools } = await import("../build/tools/index.js")
  const { catalogOf } = await import("../build/mcp/Catalog.js")
  return catalogOf({ tools, resources })
}

/**
 * The module as the function src/boot/compileCache.ts compiles and calls, ready-made: wrapping it at every start made
 * V8 copy all of it into one string once more, and on some virtual machines every page first touched costs 15-20 us
 * (measured on one, side by side: 1,240 fewer page faults, 392 -> 367 ms until the first tools/list). The wrapper
 * shares the bundle's first line with esbuild's banner, which the source map leaves unmapped, so the map still holds.
 */
function wrapAsFunction(module) {
  return Buffer.concat([
    Buffer.from("(function (exports, require, module, __filename, __dirname) {"),
    module,
    Buffer.from("\n})")
  ])
}

/**
 * The bundle runs in a vm.Script (src/boot/compileCache.ts), where import() of a module outside the bundle (Node's
 * own, say) fails at run time; only the ES module sources, which the tests run, would have it work.
 */
function assertNoDynamicImportOfExternals(result) {
  const imports = Object.values(result.outputs).flatMap((output) => output.imports)
  const offending = imports.filter((entry) => entry.kind === "dynamic-import" && entry.external)
  if (offending.length === 0) return
  console.error(`${bundle} would import() ${offending.map((entry) => entry.path).join(", ")} at run time, which ` +
    "fails in the launcher's vm.Script: load Node's modules with src/services/NodeModules.ts instead.")
  process.exit(1)
}

/**
 * The server imports its tools' modules when it first needs them, and esbuild evaluates every module such an import
 * reaches only then, whole: effect's index would be evaluated with all its 175 modules (see effectSubpaths.mjs).
 */
function assertNoEffectIndex(result) {
  const isIndex = (entry) => /node_modules\/effect\/dist\/esm\/index\.js$/.test(entry.path)
  const importers = Object.entries(result.inputs)
    .filter(([, input]) => input.imports.some(isIndex))
    .map(([path]) => path)
  if (importers.length === 0) return
  const named = importers.length > 3
    ? `${importers.slice(0, 3).join(", ")} and ${importers.length - 3} more`
    : importers.join(", ")
  console.error(`${bundle} would hold effect's index, which ${named} import: import effect's modules ` +
    "by their own paths there (effect/Effect, ...), as scripts/effectSubpaths.mjs does for the sources.")
  process.exit(1)
}

/**
 * One character beyond ASCII makes V8 hold the whole bundle as a two-byte string: twice the memory (2 MB more) and
 * 4 ms more to decode it at every start. esbuild escapes such characters in strings, not in regular expressions.
 */
function assertAscii(content) {
  const offset = content.findIndex((byte) => byte > 0x7f)
  if (offset === -1) return
  const around = content.subarray(Math.max(0, offset - 60), offset + 20).toString("utf8")
  console.error(`${bundle} has a character beyond ASCII, near: ${around}\n` +
    "Write it as a \\u escape in the source (esbuild keeps regular expression literals as they are).")
  process.exit(1)
}
