import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { projectRoot } from "../support/mcpHarness.js"
import { runCli } from "./support.js"

describe("README.md", () => {
  it("has the tool reference `otrs-mcp tools --markdown` prints (refresh: npm run readme:tools)", async () => {
    const readme = readFileSync(join(projectRoot, "README.md"), "utf8")
    const section = /<!-- tools:start -->\n([\s\S]*)<!-- tools:end -->/.exec(readme)
    expect(section, "README.md has a <!-- tools:start --> ... <!-- tools:end --> section").not.toBeNull()
    const run = await runCli(["tools", "--markdown"])
    expect(run.code).toBe(0)
    expect(section![1]!.trim()).toBe(run.stdout.trim())
  })
})
