/**
 * Runs the built otrs-mcp command (dist/otrs-mcp.js, `npm run build` first) for the CLI tests.
 *
 *   const run = await runCli(["tools"], { OTRS_READ_ONLY: "true" })  // to its end: { code, stdout, stderr }
 */
import { spawn } from "node:child_process"
import { bundlePath } from "../support/mcpHarness.js"

export { textOf } from "../support/toolCalls.js"

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** The child gets only PATH plus `env`, and no stdin. */
export const runCli = (
  args: ReadonlyArray<string>,
  env: Readonly<Record<string, string>> = {},
  entry: string = bundlePath,
  stdin?: string
): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      env: { PATH: process.env["PATH"] ?? "", ...env },
      stdio: ["pipe", "pipe", "pipe"]
    })
    // no input: end of file at once, as from /dev/null
    child.stdin.end(stdin)
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
    child.once("error", reject)
    child.once("close", (code) => resolve({ code, stdout, stderr }))
  })

/** The one line otrs-mcp writes on stderr in demo mode. */
export const demoAnnouncement = /otrs-mcp demo mode: .*simulator at http:\/\/127\.0\.0\.1:\d+\/.*nothing reaches a real OTRS/
