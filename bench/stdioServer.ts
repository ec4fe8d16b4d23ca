import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process"

/**
 * An MCP server child process driven with raw newline-delimited JSON-RPC. The benchmarks use this instead of the
 * SDK's Client so that what they time is the server and the pipe, not the client library (whose callTool also
 * validates every structuredContent against the tool's output schema).
 */

export interface RpcAnswer {
  /** the JSON-RPC line as the server wrote it */
  readonly line: string
  readonly result?: Record<string, unknown>
  readonly error?: { readonly code: number; readonly message: string }
}

export interface ToolAnswer {
  readonly line: string
  readonly isError: boolean
  readonly text: string
  readonly structuredContent: Record<string, unknown> | undefined
}

export interface StdioServer {
  readonly pid: number
  readonly request: (method: string, params?: Record<string, unknown>) => Promise<RpcAnswer>
  /** initialize + notifications/initialized */
  readonly initialize: () => Promise<RpcAnswer>
  readonly callTool: (name: string, args: Record<string, unknown>) => Promise<ToolAnswer>
  readonly stderr: () => string
  /** closes stdin and waits for the exit */
  readonly close: () => Promise<void>
}

const PROTOCOL_VERSION = "2025-11-25"
const EXIT_GRACE_MS = 5_000

/** Spawns `node <entry>` with only PATH and `env` in its environment; the handshake is left to the caller. */
export const spawnServer = (entry: string, env: Readonly<Record<string, string>>): StdioServer => {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [entry], {
    env: { PATH: process.env["PATH"] ?? "", ...env },
    stdio: ["pipe", "pipe", "pipe"]
  })
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const pending = new Map<number, (answer: RpcAnswer) => void>()
  let stderr = ""
  let buffer = ""
  let nextId = 0

  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk
  })
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk
    let newline = buffer.indexOf("\n")
    while (newline >= 0) {
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + 1)
      const message = JSON.parse(line) as { id?: number } & Omit<RpcAnswer, "line">
      const resolve = message.id === undefined ? undefined : pending.get(message.id)
      if (resolve !== undefined && message.id !== undefined) {
        pending.delete(message.id)
        resolve({ line, ...message })
      }
      newline = buffer.indexOf("\n")
    }
  })
  void exited.then(() => {
    for (const [, resolve] of pending) resolve({ line: "", error: { code: -1, message: `server exited; stderr:\n${stderr}` } })
    pending.clear()
  })

  const send = (message: Record<string, unknown>) => child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`)

  const request = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<RpcAnswer>((resolve) => {
      const id = ++nextId
      pending.set(id, resolve)
      send({ id, method, params })
    })

  const initialize = async () => {
    const answer = await request("initialize", {
      protocolVersion: PROTOCOL_VERSION,
      capabilities: {},
      clientInfo: { name: "otrs-mcp-bench", version: "0.0.0" }
    })
    if (answer.error !== undefined) throw new Error(`initialize failed: ${answer.error.message}`)
    send({ method: "notifications/initialized" })
    return answer
  }

  const callTool = async (name: string, args: Record<string, unknown>): Promise<ToolAnswer> => {
    const answer = await request("tools/call", { name, arguments: args })
    if (answer.error !== undefined) throw new Error(`tools/call ${name} failed: ${answer.error.message}`)
    const result = answer.result as {
      readonly isError?: boolean
      readonly content?: ReadonlyArray<{ readonly text?: string }>
      readonly structuredContent?: Record<string, unknown>
    }
    return {
      line: answer.line,
      isError: result.isError === true,
      text: (result.content ?? []).map((part) => part.text ?? "").join("\n"),
      structuredContent: result.structuredContent
    }
  }

  return {
    pid: child.pid ?? -1,
    request,
    initialize,
    callTool,
    stderr: () => stderr,
    close: async () => {
      child.stdin.end()
      // A server that does not exit on stdin EOF would hang the whole bench.
      const timer = setTimeout(() => child.kill("SIGKILL"), EXIT_GRACE_MS)
      await exited
      clearTimeout(timer)
    }
  }
}
