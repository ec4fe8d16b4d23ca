import { spawn } from "node:child_process"
import type { Client } from "@modelcontextprotocol/client"
import { expect } from "vitest"
import type { OtrsSimulator } from "../../src/simulator/index.js"
import { bundlePath, type Exited, type Harness, startServer } from "../support/mcpHarness.js"

/**
 * Shared by the end-to-end tests of the built server (dist/otrs-mcp.js, `npm run build` first) against the OTRS
 * simulator: calling tools, the environment of an agent's server, stopping a server with clean stdout, and the
 * simulator's counters between two moments.
 */

export { call, callOk, growth, textOf, type ToolResult } from "../support/toolCalls.js"

/** The environment of a server logged in as a simulator user (passwords are `<login>pass`). */
export const otrsEnv = (sim: OtrsSimulator, login: string, extra: Record<string, string> = {}) => ({
  OTRS_BASE_URL: sim.webServiceUrl(),
  OTRS_USERNAME: login,
  OTRS_PASSWORD: `${login}pass`,
  ...extra
})

export const startAs = (sim: OtrsSimulator, login: string, extra: Record<string, string> = {}) =>
  startServer({ env: otrsEnv(sim, login, extra) })

/** Closes stdin and checks the server left nothing but JSON-RPC on stdout and exited 0. */
export const stopCleanly = async (server: Harness<Client>) => {
  const exited = await server.close()
  expect(server.nonJsonRpcLines()).toEqual([])
  expect(exited).toEqual({ code: 0, signal: null })
}

/** Runs `body` with a server of its own, stopped cleanly afterwards whatever happens. */
export const withServer = async <A>(
  sim: OtrsSimulator,
  login: string,
  extra: Record<string, string>,
  body: (server: Harness<Client>) => Promise<A>
): Promise<A> => {
  const server = await startAs(sim, login, extra)
  let value: A
  try {
    value = await body(server)
  } catch (error) {
    await server.close()
    throw error
  }
  await stopCleanly(server)
  return value
}

export interface Finished extends Exited {
  readonly stdout: string
  readonly stderr: string
}

/** Runs the bundle with stdin closed at once, for a server that should refuse to start. */
export const runToExit = (env: Record<string, string>): Promise<Finished> =>
  new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [bundlePath], {
      env: { PATH: process.env["PATH"] ?? "", ...env },
      stdio: ["pipe", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
    child.once("error", reject)
    child.once("exit", (code, signal) => resolveRun({ code, signal, stdout, stderr }))
    child.stdin.end()
  })

/** The simulator's SessionIDs: 32 letters and digits (src/simulator/engine/sessions.ts). */
export const sessionIdLike = /(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/

/** A small file, base64-encoded, for the attachment arguments. */
export const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64")
