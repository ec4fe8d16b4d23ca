// Bundles src/Main.ts into what `npm run build` ships as the otrs-mcp command: dist/otrs-mcp.js, plus the chunks in
// dist/chunks/ that it loads only for the commands other than the server (the simulator for --demo, doctor, ...),
// so that the server, which MCP hosts start once per conversation, does not pay for them.
import { chmodSync, readdirSync, rmSync } from "node:fs"
import { join, relative } from "node:path"
import { build } from "esbuild"
import { nodeBundleOptions } from "./nodeBundle.mjs"

const outdir = "dist"
const chunks = join(outdir, "chunks")
const entry = join(outdir, "otrs-mcp.js")

const { metafile } = await build({
  entryPoints: { "otrs-mcp": "src/Main.ts" },
  outdir,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  // the entry's #! line comes from src/Main.ts
  ...nodeBundleOptions
})

// Chunk names carry a content hash: drop the ones earlier builds left behind.
const written = new Set(Object.keys(metafile.outputs).map((output) => relative(outdir, output)))
for (const file of readdirSync(chunks)) {
  if (!written.has(join("chunks", file))) rmSync(join(chunks, file))
}

// Runnable as ./dist/otrs-mcp.js, as MCP host configurations often do.
chmodSync(entry, 0o755)
