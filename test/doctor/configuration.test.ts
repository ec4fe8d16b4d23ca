import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { startSimulator } from "../../src/simulator/index.js"
import type { OtrsSimulator } from "../../src/simulator/types.js"
import { diagnose, env, statuses, stepOf } from "./diagnose.js"

/** doctor's configuration step: every variable the server reads, and the tool policy as the server applies it. */
describe("doctor's configuration step", () => {
  let simulator: OtrsSimulator
  beforeAll(async () => {
    simulator = await startSimulator()
  })
  afterAll(() => simulator.close())

  const agent1 = (extra: Record<string, string> = {}) =>
    env(simulator.webServiceUrl(), { OTRS_PASSWORD: "agent1pass", ...extra })

  it.live("passes yes/no values in any case, as the server reads them", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({ OTRS_READ_ONLY: "TRUE", OTRS_VERIFY_SSL: "False" }))
      expect(stepOf(report, "configuration")).toMatchObject({ status: "pass" })
      expect(stepOf(report, "configuration").detail).toContain("6 of 8 tools exposed (read-only)")
      expect(report.ok).toBe(true)
    }))

  it.live("fails on unknown tool names, and still checks OTRS", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({ OTRS_TOOLS_ALLOW: "nope" }))
      const step = stepOf(report, "configuration")
      expect(step.status).toBe("fail")
      expect(step.detail).toMatch(/^OTRS_TOOLS_ALLOW: names unknown tools \(nope\); the known tools are search_tickets/)
      expect(step.fix).toBe("Fix these environment variables (see the README).")
      expect(statuses(report)).toMatchObject({ URL: "pass", routes: "pass", credentials: "pass" })
      expect(report.ok).toBe(false)
    }))

  it.live("fails on a policy that leaves no tool, saying why", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({ OTRS_TOOLS_ALLOW: "create_ticket", OTRS_READ_ONLY: "true" }))
      const step = stepOf(report, "configuration")
      expect(step.status).toBe("fail")
      expect(step.detail).toContain("0 of 8 tools exposed (read-only)")
      expect(step.detail).toContain("OTRS_TOOLS_ALLOW names create_ticket, which OTRS_READ_ONLY=true hides")
      expect(step.detail).toContain("leave no tool exposed")
      expect(step.fix).toContain("Remove create_ticket from OTRS_TOOLS_ALLOW")
      expect(report.ok).toBe(false)
    }))

  it.live("warns about an allowed write tool that read-only mode hides", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({ OTRS_TOOLS_ALLOW: "get_ticket, update_ticket", OTRS_READ_ONLY: "yes" }))
      const step = stepOf(report, "configuration")
      expect(step.status).toBe("warn")
      expect(step.detail).toContain("1 of 8 tools exposed (read-only)")
      expect(step.detail).toContain("OTRS_TOOLS_ALLOW names update_ticket, which OTRS_READ_ONLY=true hides")
      expect(report.ok).toBe(true)
    }))

  it.live("lists every problem at once, the log level and the policy with the connection's", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({
        OTRS_TIMEOUT_MS: "0x10",
        OTRS_READ_ONLY: "maybe",
        OTRS_LOG_LEVEL: "loud",
        OTRS_TOOLS_DENY: "delete_all"
      }))
      const step = stepOf(report, "configuration")
      expect(step.status).toBe("fail")
      expect(step.detail.split("\n").map((line) => line.split(":")[0])).toEqual([
        "OTRS_TIMEOUT_MS",
        "OTRS_LOG_LEVEL",
        "OTRS_TOOLS_DENY",
        "OTRS_READ_ONLY"
      ])
      expect(step.detail).not.toMatch(/Invalid data/)
      expect(stepOf(report, "URL").status).toBe("skip")
    }))

  it.live("refuses a query string, a fragment or credentials in OTRS_BASE_URL, as the server does", () =>
    Effect.gen(function*() {
      for (const url of [`${simulator.webServiceUrl()}?foo=1`, `${simulator.webServiceUrl()}#frag`]) {
        const step = stepOf(yield* diagnose(agent1({ OTRS_BASE_URL: url })), "configuration")
        expect(step.status, url).toBe("fail")
        expect(step.detail, url).toMatch(/^OTRS_BASE_URL: has a (query string|fragment)/)
      }
      const withCredentials = simulator.webServiceUrl().replace("http://", "http://agent1:Sup3rS3cret@")
      const report = yield* diagnose(agent1({ OTRS_BASE_URL: withCredentials }))
      expect(stepOf(report, "configuration").detail).toContain("OTRS_USERNAME and OTRS_PASSWORD carry the credentials")
      expect(JSON.stringify(report)).not.toContain("Sup3rS3cret")
    }))

  it.live("refuses a blank login and an empty password before logging in", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({ OTRS_USERNAME: " ", OTRS_PASSWORD: "" }))
      expect(stepOf(report, "configuration").detail).toBe(
        "OTRS_USERNAME: empty; expected the OTRS agent's login\nOTRS_PASSWORD: empty; expected the agent's password"
      )
      expect(stepOf(report, "credentials").status).toBe("skip")
    }))

  it.live("warns about OTRS_* variables otrs-mcp does not read, naming the one probably meant", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({ OTRS_READONLY: "true", OTRS_TOOL_DENY: "create_ticket", OTRS_FOO: "1" }))
      const step = stepOf(report, "configuration")
      expect(step.status).toBe("warn")
      expect(step.detail.split("\n")).toEqual([
        expect.stringContaining("8 of 8 tools exposed"),
        "OTRS_FOO is not a setting otrs-mcp reads (the README lists those it does)",
        "OTRS_READONLY is not a setting otrs-mcp reads; did you mean OTRS_READ_ONLY?",
        "OTRS_TOOL_DENY is not a setting otrs-mcp reads; did you mean OTRS_TOOLS_DENY?"
      ])
      expect(step.fix).toContain("Rename OTRS_READONLY to OTRS_READ_ONLY. Rename OTRS_TOOL_DENY to OTRS_TOOLS_DENY.")
      expect(report.ok).toBe(true)
    }))

  it.live("names a misspelled variable beside the problem it causes", () =>
    Effect.gen(function*() {
      const { OTRS_PASSWORD, ...rest } = agent1()
      const step = stepOf(yield* diagnose({ ...rest, OTRS_PASSWROD: OTRS_PASSWORD! }), "configuration")
      expect(step.status).toBe("fail")
      expect(step.detail).toContain("OTRS_PASSWORD: missing")
      expect(step.detail).toContain("OTRS_PASSWROD is not a setting otrs-mcp reads; did you mean OTRS_PASSWORD?")
      expect(JSON.stringify(step)).not.toContain("agent1pass")
    }))

  it.live("leaves out blank variables, which count as unset", () =>
    Effect.gen(function*() {
      expect(stepOf(yield* diagnose(agent1({ OTRS_READONLY: " " })), "configuration").status).toBe("pass")
    }))

  it.live("warns about a timeout below a second, which was likely meant in seconds", () =>
    Effect.gen(function*() {
      const step = stepOf(yield* diagnose(agent1({ OTRS_TIMEOUT_MS: "30" })), "configuration")
      expect(step.status).toBe("warn")
      expect(step.detail).toContain("\nOTRS_TIMEOUT_MS is 30 ms; it is in milliseconds (30 s is 30000)")
      expect(step.fix).toBe("Set OTRS_TIMEOUT_MS in milliseconds, such as 30000 (the default) for 30 s.")
      expect(stepOf(yield* diagnose(agent1({ OTRS_TIMEOUT_MS: "1000" })), "configuration").status).toBe("pass")
    }))

  it.live("takes empty optional variables as unset", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(agent1({
        OTRS_TIMEOUT_MS: "",
        OTRS_RETRIES: "",
        OTRS_VERIFY_SSL: " ",
        OTRS_READ_ONLY: "",
        OTRS_LOG_LEVEL: "",
        OTRS_DEFAULT_QUEUE: ""
      }))
      expect(stepOf(report, "configuration").status).toBe("pass")
      expect(stepOf(report, "configuration").detail).toContain("default queue 'Raw', timeout 30000 ms")
    }))
})
