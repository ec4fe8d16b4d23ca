// Bundles what `npm run build` ships as the otrs-mcp command:
// - dist/otrs-mcp.cjs: src/Main.ts and every package it uses, one CommonJS file;
// - dist/otrs-mcp.js: the command itself (src/boot/bin.ts), which runs the bundle with V8's code cache, so that
//   the server, which MCP hosts start once per conversation, starts in about half the time.
import { chmodSync, readdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import { build } from "esbuild"
import { nodeBundleOptions } from "./nodeBundle.mjs"

const outdir = "dist"
const entry = join(outdir, "otrs-mcp.js")
const shipped = ["otrs-mcp.js", "otrs-mcp.cjs", "otrs-mcp.cjs.map"]

await build({ entryPoints: ["src/Main.ts"], outfile: join(outdir, "otrs-mcp.cjs"), ...nodeBundleOptions })

await build({
  entryPoints: ["src/boot/bin.ts"],
  outfile: entry,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  minifySyntax: true,
  logLevel: "warning"
})

// Whatever earlier builds left (the code-split chunks of older versions among them) would only mislead.
for (const file of readdirSync(outdir)) {
  if (!shipped.includes(file)) rmSync(join(outdir, file), { recursive: true, force: true })
}

// Runnable as ./dist/otrs-mcp.js, as MCP host configurations often do.
chmodSync(entry, 0o755)
