// Starts the otrs-mcp server, lists its tools, makes it load them and stops it, so that it leaves its compile cache
// (src/boot/compileCache.ts) for the next start: once for a real OTRS, once with --demo, which keeps a cache of its
// own (src/boot/bin.ts). The Docker image runs this at build time: each `docker run --rm` is a new container, which
// would otherwise always start without the cache. The OTRS given to the first is never contacted: the call that
// loads the tools lacks its arguments, which stops it before any request.
// Usage: node scripts/warm-compile-cache.mjs [path of dist/otrs-mcp.js]
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const entry = process.argv[2] ?? fileURLToPath(new URL("../dist/otrs-mcp.js", import.meta.url))
const neverContacted = {
  OTRS_BASE_URL: "http://127.0.0.1:9/otrs/nph-genericinterface.pl/Webservice/OtrsMcp",
  OTRS_USERNAME: "warm-compile-cache",
  OTRS_PASSWORD: "unused"
}
// none of the caller's own OTRS_* settings: they could stop the start, or hide tools
const otherSettings = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("OTRS_")))

/** Resolves with the server's exit code once it has listed and loaded its tools and stopped. */
const warmOnce = (args, env) =>
  new Promise((resolve) => {
    const server = spawn(process.execPath, [entry, ...args], { env, stdio: ["pipe", "pipe", "inherit"] })
    const send = (message) => server.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`)
    let buffered = ""
    server.stdout.setEncoding("utf8").on("data", (chunk) => {
      buffered += chunk
      for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
        const { id } = JSON.parse(buffered.slice(0, end))
        buffered = buffered.slice(end + 1)
        if (id === 1) {
          send({ method: "notifications/initialized" })
          send({ id: 2, method: "tools/list" })
        } else if (id === 2) {
          // a server writes its cache only once it has loaded its tools (src/boot/bin.ts)
          send({ id: 3, method: "tools/call", params: { name: "get_ticket", arguments: {} } })
        } else if (id === 3) {
          server.stdin.end()
        }
      }
    })
    send({
      id: 1,
      method: "initialize",
      params: {
        protocolVersion: "2025-11-25",
        capabilities: {},
        clientInfo: { name: "warm-compile-cache", version: "0" }
      }
    })
    server.on("exit", (code) => resolve(code ?? 1))
  })

const real = await warmOnce([], { ...otherSettings, ...neverContacted })
const demo = await warmOnce(["--demo"], otherSettings)
process.exitCode = real !== 0 ? real : demo
