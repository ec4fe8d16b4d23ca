import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { demoAnnouncement, runCli } from "./support.js"

/** `otrs-mcp doctor [--demo]`: the report on stdout, exit code 0 only when no step failed. */
describe("otrs-mcp doctor", () => {
  let simulator: OtrsSimulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterEach(() => simulator.clearFaults())
  afterAll(() => simulator.close())

  const env = (password = "agent1pass") => ({
    OTRS_BASE_URL: simulator.webServiceUrl(),
    OTRS_USERNAME: "agent1",
    OTRS_PASSWORD: password,
    OTRS_TIMEOUT_MS: "3000"
  })

  it("--demo: passes every check against the built-in simulator", async () => {
    const run = await runCli(["doctor", "--demo"])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^otrs-mcp doctor\n/)
    expect(run.stdout).toContain("✓ credentials")
    expect(run.stdout).toContain("All checks passed")
    // the stock routes --demo sets are no custom ones
    expect(run.stdout).not.toContain("custom routes")
    expect(run.stderr).toMatch(demoAnnouncement)
  })

  it("passes a healthy setup named by the environment", async () => {
    const run = await runCli(["doctor"], env())
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`✓ URL`)
    expect(run.stdout).toContain(simulator.webServiceUrl())
    expect(run.stderr).toBe("")
  })

  it("exits 1 with the diagnosis when OTRS answers with an HTML page", async () => {
    simulator.inject({ kind: "html" })
    const run = await runCli(["doctor"], env())
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/✗ web service +.*HTML page/)
    expect(run.stdout).toContain("1 problem to fix.")
  })

  it("exits 1 on a wrong password, without showing it", async () => {
    const run = await runCli(["doctor"], env("wrong-Passw0rd"))
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("OTRS rejected the login of 'agent1'")
    expect(run.stdout + run.stderr).not.toContain("wrong-Passw0rd")
  })

  it("exits 1 and names the missing variables when nothing is configured", async () => {
    const run = await runCli(["doctor"])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("✗ configuration")
    expect(run.stdout).toContain("OTRS_BASE_URL: missing")
    expect(run.stdout).toContain("--demo")
  })

  it("--demo: checks the tool policy as the server does", async () => {
    const readOnly = await runCli(["doctor", "--demo"], { OTRS_READ_ONLY: "TRUE" })
    expect(readOnly.code).toBe(0)
    expect(readOnly.stdout).toMatch(/✓ configuration .*6 of 8 tools exposed \(read-only\)/)

    const unknown = await runCli(["doctor", "--demo"], { OTRS_TOOLS_ALLOW: "nope" })
    expect(unknown.code).toBe(1)
    expect(unknown.stdout).toMatch(/✗ configuration +OTRS_TOOLS_ALLOW: names unknown tools \(nope\)/)

    const none = await runCli(["doctor", "--demo"], { OTRS_TOOLS_ALLOW: "create_ticket", OTRS_READ_ONLY: "true" })
    expect(none.code).toBe(1)
    expect(none.stdout).toContain("leave no tool exposed")
    expect(none.stdout).toContain("→ Remove create_ticket from OTRS_TOOLS_ALLOW")
  })

  it("names every configuration problem in its configuration step", async () => {
    const run = await runCli(["doctor"], {
      ...env(),
      OTRS_BASE_URL: `${simulator.webServiceUrl()}?foo=1`,
      OTRS_TIMEOUT_MS: "abc",
      OTRS_READ_ONLY: "sometimes",
      OTRS_LOG_LEVEL: "loud"
    })
    expect(run.code).toBe(1)
    for (const variable of ["OTRS_BASE_URL: has a query string", "OTRS_TIMEOUT_MS", "OTRS_READ_ONLY", "OTRS_LOG_LEVEL"]) {
      expect(run.stdout).toContain(variable)
    }
    expect(run.stdout).not.toContain("would be sent along")
    expect(run.stdout + run.stderr).not.toContain("Invalid data")
  })
})

