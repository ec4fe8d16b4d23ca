/**
 * End-to-end harness: runs an MCP server as a child process and talks to it over stdio with a real MCP client.
 *
 *   const server = await startServer({ env: { OTRS_READ_ONLY: "true" } })  // node dist/otrs-mcp.js: `npm run build` first
 *   const result = await server.client.callTool({ name: "get_ticket", arguments: { ticket_id: 1 } })
 *   server.stderr()                  // all the server wrote on stderr so far (its logs)
 *   await server.waitForStderr(/x/)  // waits until stderr matches, e.g. a log line from a handler
 *   server.nonJsonRpcLines()         // stdout lines that were not JSON-RPC messages: must stay []
 *   await server.close()             // closes stdin and resolves with the exit { code, signal }
 *
 * Options: `env` (the child gets only PATH plus these variables), `args` (its command-line arguments, e.g.
 * ["--demo"]), `entry` (another script to run, e.g. a fixture
 * bundled with `bundleEntry("test/support/my-fixture.ts")`), `client: "v1"` for the 1.x SDK's Client instead of
 * the v2 one, `clientOptions` for the v2 Client's options (e.g. `{ versionNegotiation: { mode: "auto" } }`).
 * `server.child` is the process (e.g. `server.child.kill("SIGTERM")`), `server.exited` its exit promise.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process"
import { mkdirSync } from "node:fs"
import { basename, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { Client, type ClientOptions, type JSONRPCMessage, type Transport } from "@modelcontextprotocol/client"
import { Client as ClientV1 } from "@modelcontextprotocol/sdk/client/index.js"
import { build } from "esbuild"

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url))

/** The shipped bundle, as `npm run build` makes it. */
export const bundlePath = join(projectRoot, "dist/otrs-mcp.js")

export interface Exited {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

export interface Harness<C> {
  readonly client: C
  readonly child: ChildProcessWithoutNullStreams
  readonly exited: Promise<Exited>
  readonly stderr: () => string
  readonly stdoutLines: () => ReadonlyArray<string>
  readonly nonJsonRpcLines: () => ReadonlyArray<string>
  readonly waitForStderr: (pattern: RegExp, timeoutMs?: number) => Promise<void>
  readonly close: () => Promise<Exited>
}

export interface StartOptions {
  readonly env?: Record<string, string>
  readonly entry?: string
  /** command-line arguments, e.g. ["--demo"] */
  readonly args?: ReadonlyArray<string>
}

export const startServer = (
  options: StartOptions & { readonly clientOptions?: ClientOptions } = {}
): Promise<Harness<Client>> =>
  start(options, new Client({ name: "otrs-mcp-tests", version: "0.0.0" }, options.clientOptions))

/** The same with the 1.x SDK's client, as most MCP hosts still run it. */
export const startServerV1 = (options: StartOptions = {}): Promise<Harness<ClientV1>> =>
  start(options, new ClientV1({ name: "otrs-mcp-tests-v1", version: "0.0.0" }))

/** A JSON-RPC 2.0 message: what every stdout line must be. */
export const isJsonRpcLine = (line: string): boolean => {
  try {
    const message: unknown = JSON.parse(line)
    return typeof message === "object" && message !== null && !Array.isArray(message) &&
      (message as { jsonrpc?: unknown }).jsonrpc === "2.0" && ("method" in message || "id" in message)
  } catch {
    return false
  }
}

const start = async <C extends { connect: (transport: never) => Promise<void> }>(
  options: StartOptions,
  client: C
): Promise<Harness<C>> => {
  const child = spawn(process.execPath, [options.entry ?? bundlePath, ...(options.args ?? [])], {
    env: { PATH: process.env["PATH"] ?? "", ...options.env },
    stdio: ["pipe", "pipe", "pipe"]
  })
  const exited = new Promise<Exited>((resolveExit) => child.once("exit", (code, signal) => resolveExit({ code, signal })))
  let stderr = ""
  const stderrListeners = new Set<() => void>()
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk
    for (const listener of stderrListeners) listener()
  })
  const lines: Array<string> = []
  const transport = new ChildStdioTransport(child, exited, (line) => lines.push(line))

  const waitForStderr = (pattern: RegExp, timeoutMs = 10_000) =>
    new Promise<void>((resolveWait, reject) => {
      const check = () => {
        if (!pattern.test(stderr)) return
        clearTimeout(timer)
        stderrListeners.delete(check)
        resolveWait()
      }
      const timer = setTimeout(() => {
        stderrListeners.delete(check)
        reject(new Error(`stderr did not match ${pattern} within ${timeoutMs} ms; it was:\n${stderr}`))
      }, timeoutMs)
      stderrListeners.add(check)
      check()
    })

  try {
    await client.connect(transport as never)
  } catch (error) {
    child.kill("SIGKILL")
    throw new Error(`could not connect to ${options.entry ?? bundlePath}: ${String(error)}\nstderr:\n${stderr}`)
  }
  return {
    client,
    child,
    exited,
    stderr: () => stderr,
    stdoutLines: () => lines,
    nonJsonRpcLines: () => lines.filter((line) => !isJsonRpcLine(line)),
    waitForStderr,
    close: async () => {
      child.stdin.end()
      return exited
    }
  }
}

/**
 * Newline-delimited JSON-RPC over the child's stdin/stdout, recording every raw stdout line. Written here rather
 * than using the SDK's StdioClientTransport so the tests own the process (signals, exit code, raw output).
 */
class ChildStdioTransport implements Transport {
  onclose?: () => void
  onerror?: (error: Error) => void
  onmessage?: (message: JSONRPCMessage) => void
  private buffer = ""

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly exited: Promise<Exited>,
    private readonly record: (line: string) => void
  ) {}

  async start() {
    this.child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      this.buffer += chunk
      let newline = this.buffer.indexOf("\n")
      while (newline >= 0) {
        const line = this.buffer.slice(0, newline).replace(/\r$/, "")
        this.buffer = this.buffer.slice(newline + 1)
        this.record(line)
        try {
          this.onmessage?.(JSON.parse(line) as JSONRPCMessage)
        } catch (error) {
          this.onerror?.(error instanceof Error ? error : new Error(String(error)))
        }
        newline = this.buffer.indexOf("\n")
      }
    })
    void this.exited.then(() => this.onclose?.())
  }

  async send(message: JSONRPCMessage) {
    this.child.stdin.write(`${JSON.stringify(message)}\n`)
  }

  async close() {
    this.child.stdin.end()
    await this.exited
  }
}

/** Bundles a test entry (e.g. a fixture server) like scripts/bundle.mjs does, and returns the file to run. */
export const bundleEntry = async (entry: string): Promise<string> => {
  // Inside the project, so the bundled code finds otrs-mcp's package.json by walking up.
  const directory = join(projectRoot, "node_modules/.cache/otrs-mcp-tests")
  mkdirSync(directory, { recursive: true })
  const outfile = join(directory, `${basename(entry, ".ts")}.mjs`)
  await build({
    entryPoints: [resolve(projectRoot, entry)],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    banner: {
      js: "import { createRequire as __createRequire } from \"node:module\";\nconst require = __createRequire(import.meta.url);"
    },
    sourcemap: "inline",
    logLevel: "warning"
  })
  return outfile
}
