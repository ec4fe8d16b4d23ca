import { describe, expect, it } from "@effect/vitest"
import { loadFixtures } from "../support/fixtures.js"
import { planCases } from "./plan.js"
import { contractTarget, recordedAccounts } from "./target.js"

const live = {
  OTRS_CONTRACT_URL: "https://otrs.example/",
  OTRS_CONTRACT_USER: "someone",
  OTRS_CONTRACT_PASSWORD: "secret"
}

describe("contractTarget", () => {
  it("is the simulator without OTRS_CONTRACT_* variables", () => {
    expect(contractTarget({})).toEqual({ kind: "simulator", accounts: recordedAccounts })
  })

  it("names the missing variables when only some are set", () => {
    const target = contractTarget({ OTRS_CONTRACT_URL: "https://otrs.example", OTRS_CONTRACT_AGENT2_USER: "a2" })
    expect(target.kind).toBe("misconfigured")
    expect(target.kind === "misconfigured" && target.problem).toBe(
      "The live contract run needs OTRS_CONTRACT_URL, OTRS_CONTRACT_USER, OTRS_CONTRACT_PASSWORD; missing: " +
        "OTRS_CONTRACT_USER, OTRS_CONTRACT_PASSWORD, OTRS_CONTRACT_AGENT2_PASSWORD"
    )
  })

  it("reads a live target", () => {
    expect(contractTarget({ ...live, OTRS_CONTRACT_WRITE: "true" })).toEqual({
      kind: "live",
      baseUrl: "https://otrs.example",
      accounts: { agent1: { login: "someone", password: "secret" }, agent2: undefined, customer1: undefined },
      write: true
    })
  })
})

describe("planCases against a live OTRS", () => {
  const fixtures = loadFixtures()
  const reasons = (env: Record<string, string>) => {
    const target = contractTarget(env)
    return new Map(planCases(fixtures, target).map((entry) => [entry.fixture.name, entry.skip]))
  }

  it("skips writes, cases needing unset accounts, and cases using what a skipped case creates", () => {
    const plan = reasons(live)
    expect(plan.get("ticket-create.ok")).toBe("changes data: set OTRS_CONTRACT_WRITE=true to replay it")
    expect(plan.get("ticket-get.ok")).toBe("uses what the skipped ticket-create.ok creates")
    expect(plan.get("ticket-get.no-permission")).toMatch(/^needs OTRS_CONTRACT_AGENT2_USER/)
    expect(plan.get("ticket-get.customer-session")).toBe("uses what the skipped session-create.customer-user.ok creates")
    expect(plan.get("session-create.ok")).toBeUndefined()
    expect(plan.get("ticket-search.all")).toBeUndefined()
    expect(plan.get("http.unknown-route")).toBeUndefined()
  })

  it("replays the write cases with OTRS_CONTRACT_WRITE=true", () => {
    const plan = reasons({ ...live, OTRS_CONTRACT_WRITE: "true" })
    expect(plan.get("ticket-create.ok")).toBeUndefined()
    expect(plan.get("ticket-get.ok")).toBeUndefined()
  })
})
