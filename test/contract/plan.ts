import type { Fixture } from "../support/fixtures.js"
import { accountsUsed, created, references } from "./rewrite.js"
import type { ContractTarget } from "./target.js"

export const writeOperations = new Set(["TicketCreate", "TicketUpdate", "ConfigItemCreate", "ConfigItemUpdate", "ConfigItemDelete"])

export interface Case {
  readonly fixture: Fixture
  /** why it is not replayed against this target */
  readonly skip: string | undefined
}

const accountVariables = {
  agent1: "OTRS_CONTRACT_USER",
  agent2: "OTRS_CONTRACT_AGENT2_USER/_PASSWORD (an agent without access to queue Restricted and the CMDB)",
  customer1: "OTRS_CONTRACT_CUSTOMER_USER/_PASSWORD"
} as const

/**
 * Every fixture in recording order, with a skip reason where the target cannot replay it: against a live OTRS
 * the write cases unless OTRS_CONTRACT_WRITE=true, cases needing an account that was not given, and cases that
 * use what a skipped case would have created.
 */
export const planCases = (fixtures: ReadonlyArray<Fixture>, target: ContractTarget): ReadonlyArray<Case> => {
  if (target.kind !== "live") return fixtures.map((fixture) => ({ fixture, skip: undefined }))
  const producers = new Map<string, string>()
  for (const fixture of fixtures) {
    for (const [kind, value] of created(fixture.operation, fixture.response)) producers.set(`${kind}:${value}`, fixture.name)
  }
  const skipped = new Set<string>()
  return fixtures.map((fixture) => {
    const skip = (() => {
      if (!target.write && writeOperations.has(fixture.operation ?? "")) {
        return "changes data: set OTRS_CONTRACT_WRITE=true to replay it"
      }
      const missingAccount = accountsUsed(fixture).find((name) => target.accounts[name] === undefined)
      if (missingAccount !== undefined) return `needs ${accountVariables[missingAccount]}`
      const producer = references(fixture)
        .map(([kind, value]) => producers.get(`${kind}:${value}`))
        .find((name) => name !== undefined && skipped.has(name))
      return producer === undefined ? undefined : `uses what the skipped ${producer} creates`
    })()
    if (skip !== undefined) skipped.add(fixture.name)
    return { fixture, skip }
  })
}
