import { createRequire } from "node:module"

const load = createRequire(import.meta.url)

/**
 * Node modules the server needs late or never, loaded on first use: at start each cost a few ms (node:tls with
 * node:crypto 5.5, node:http 4, node:fs/promises 1.4, node:dns/promises 0.9), which MCP hosts wait for. Not with
 * import(): the bundle runs in a vm.Script (src/boot/compileCache.ts), where import() of a module outside the
 * bundle fails; this `require` works there and in the ES modules of the sources alike.
 */
export const nodeTls = (): typeof import("node:tls") => load("node:tls")
export const nodeHttp = (): typeof import("node:http") => load("node:http")
export const nodeHttps = (): typeof import("node:https") => load("node:https")
export const nodeFs = (): typeof import("node:fs/promises") => load("node:fs/promises")
export const nodeDns = (): typeof import("node:dns/promises") => load("node:dns/promises")
