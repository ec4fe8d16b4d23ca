import { spawn } from "node:child_process"
import { beforeAll, describe, expect, it } from "vitest"
import { bundleEntry } from "../support/mcpHarness.js"

/**
 * A command whose reader goes away (`otrs-mcp doctor | head -1`): no stack trace, and the exit code the command would
 * have had. Runs src/Main.ts bundled from source, with stdout closed before the command writes to it.
 */
let entry: string

beforeAll(async () => {
  entry = await bundleEntry("src/Main.ts")
})

const runWithClosedStdout = (args: ReadonlyArray<string>, env: Readonly<Record<string, string>> = {}) =>
  new Promise<{ readonly code: number | null; readonly stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      env: { PATH: process.env["PATH"] ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    child.stdout.destroy()
    let stderr = ""
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
    child.once("error", reject)
    child.once("close", (code) => resolve({ code, stderr }))
  })

describe.concurrent("a command whose stdout is closed", () => {
  it.each([
    [["tools", "--markdown"], 0],
    [["tools"], 0],
    [["--help"], 0],
    [["--version"], 0],
    // the configuration step fails: doctor's verdict stands
    [["doctor"], 1]
  ] as const)("%j ends quietly with exit code %i", async (args, code) => {
    const run = await runWithClosedStdout(args)
    expect(run.stderr).not.toMatch(/EPIPE|Error|    at /)
    expect(run.code).toBe(code)
  })

  it("call ends quietly with the tool's exit code", async () => {
    const run = await runWithClosedStdout(["call", "--demo", "search_tickets", "{}"])
    expect(run.stderr).toMatch(/^otrs-mcp demo mode: [^\n]*\n$/)
    expect(run.code).toBe(0)
  })
})
