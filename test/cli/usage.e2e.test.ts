import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { projectRoot } from "../support/mcpHarness.js"
import { runCli } from "./support.js"

describe("otrs-mcp --help, --version and usage errors", () => {
  it("--help shows every mode on stdout and exits 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const run = await runCli([flag])
      expect(run.code).toBe(0)
      expect(run.stderr).toBe("")
      for (const mode of ["otrs-mcp [--demo]", "otrs-mcp doctor", "otrs-mcp tools", "otrs-mcp call", "--version"]) {
        expect(run.stdout).toContain(mode)
      }
    }
  })

  it("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string }
    const run = await runCli(["--version"])
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" })
  })

  it("an unknown command or option exits 2 with one line and the way to --help, on stderr", async () => {
    for (const [args, problem] of [
      [["frobnicate"], "otrs-mcp: unknown command 'frobnicate'"],
      [["--verbose"], "otrs-mcp: unknown option --verbose"],
      [["doctor", "--markdown"], "otrs-mcp: --markdown does not apply to doctor"]
    ] as const) {
      const run = await runCli(args)
      expect(run).toEqual({ code: 2, stdout: "", stderr: `${problem}\nRun otrs-mcp --help for the usage.\n` })
    }
  })
})
