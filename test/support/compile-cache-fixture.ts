/**
 * Loads a bundle the way dist/otrs-mcp.js does, in a process of its own (V8 also keeps compiled code in memory,
 * which would hide what the cache on disk does): `node fixture.mjs <bundle> <cache directory | -> [bundle id]`.
 * Prints the cache's status and what the bundle put in `globalThis.bundleValue`, then saves the cache. The bundle's
 * id is by default its hash, as scripts/bundle.mjs computes it for the real one.
 */
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { loadBundle } from "../../src/boot/compileCache.js"

const [file = "", directory = "-", id] = process.argv.slice(2)
const bundleId = id ?? createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 32)
const bundle = loadBundle(file, bundleId, directory === "-" ? undefined : directory)
bundle.run()
bundle.save()
process.stdout.write(JSON.stringify({ status: bundle.status, value: (globalThis as { bundleValue?: unknown }).bundleValue }))
