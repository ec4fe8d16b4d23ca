// `npm run bench` (after `npm run build`): bundles bench/run.ts and the baseline server bench/bareServer.ts into
// bench/results/build/ (gitignored) and runs the benchmarks. Extra arguments go to bench/run.ts (e.g. --quick).
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { build } from "esbuild"
import { nodeBundleOptions } from "./nodeBundle.mjs"

const outdir = "bench/results/build"

if (!existsSync("dist/otrs-mcp.js")) {
  console.error("dist/otrs-mcp.js is missing: run `npm run build` first (npm run bench does).")
  process.exit(1)
}

// The baseline is bundled like scripts/bundle.mjs bundles otrs-mcp, so cold starts compare like for like.
await build({
  entryPoints: ["bench/bareServer.ts"],
  outfile: `${outdir}/bareServer.cjs`,
  ...nodeBundleOptions
})

// The runner itself: only the project's TypeScript is bundled; packages load from node_modules.
await build({
  entryPoints: ["bench/run.ts"],
  outfile: `${outdir}/run.mjs`,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  sourcemap: "inline",
  logLevel: "warning"
})

const run = spawnSync(process.execPath, [`${outdir}/run.mjs`, ...process.argv.slice(2)], { stdio: "inherit" })
process.exit(run.status ?? 1)
