// Rewrites the README's tool reference, between <!-- tools:start --> and <!-- tools:end -->, with what the built
// bundle prints for `otrs-mcp tools --markdown` (`npm run readme:tools` builds first). test/cli/readme.e2e.test.ts
// fails while the two differ.
import { execFileSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

const start = "<!-- tools:start -->"
const end = "<!-- tools:end -->"
const readmePath = fileURLToPath(new URL("../README.md", import.meta.url))
const bundle = fileURLToPath(new URL("../dist/otrs-mcp.js", import.meta.url))

const markdown = execFileSync(process.execPath, [bundle, "tools", "--markdown"], { encoding: "utf8" })
const readme = readFileSync(readmePath, "utf8")
const from = readme.indexOf(start)
const to = readme.indexOf(end)
if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} section`)
writeFileSync(readmePath, `${readme.slice(0, from + start.length)}\n\n${markdown}\n${readme.slice(to)}`)
