/** Where the contract suite replays the fixtures: the simulator, or a live OTRS named by OTRS_CONTRACT_* variables. */
export interface Account {
  readonly login: string
  readonly password: string
}

/** The target's counterparts of the recorded accounts (agent1, agent2, customer1). */
export interface Accounts {
  readonly agent1: Account
  /** an agent without access to queue Restricted and to the CMDB */
  readonly agent2: Account | undefined
  readonly customer1: Account | undefined
}

export type ContractTarget =
  | { readonly kind: "simulator"; readonly accounts: Accounts }
  | { readonly kind: "live"; readonly baseUrl: string; readonly accounts: Accounts; readonly write: boolean }
  | { readonly kind: "misconfigured"; readonly problem: string }

/** The recorded server's accounts, which the simulator has too. */
export const recordedAccounts: Accounts = {
  agent1: { login: "agent1", password: "agent1pass" },
  agent2: { login: "agent2", password: "agent2pass" },
  customer1: { login: "customer1", password: "customer1pass" }
}

const required = ["OTRS_CONTRACT_URL", "OTRS_CONTRACT_USER", "OTRS_CONTRACT_PASSWORD"] as const
const optionalPairs = [
  ["OTRS_CONTRACT_AGENT2_USER", "OTRS_CONTRACT_AGENT2_PASSWORD"],
  ["OTRS_CONTRACT_CUSTOMER_USER", "OTRS_CONTRACT_CUSTOMER_PASSWORD"]
] as const

type Env = Readonly<Record<string, string | undefined>>

const account = (env: Env, [user, password]: readonly [string, string]): Account | undefined =>
  env[user] && env[password] ? { login: env[user]!, password: env[password]! } : undefined

/**
 * The simulator unless OTRS_CONTRACT_URL (https://host; the paths come from the fixtures), OTRS_CONTRACT_USER and
 * OTRS_CONTRACT_PASSWORD are all set. Optional pairs OTRS_CONTRACT_AGENT2_* and OTRS_CONTRACT_CUSTOMER_* stand in
 * for agent2 and customer1; OTRS_CONTRACT_WRITE=true allows the cases that create or change data.
 */
export const contractTarget = (env: Env = process.env): ContractTarget => {
  const given = required.filter((name) => env[name])
  const partial = optionalPairs.filter(([user, password]) => Boolean(env[user]) !== Boolean(env[password]))
  if (given.length === 0 && partial.length === 0) return { kind: "simulator", accounts: recordedAccounts }
  const missing = [
    ...required.filter((name) => !env[name]),
    ...partial.map(([user, password]) => (env[user] ? password : user))
  ]
  if (missing.length > 0) {
    return { kind: "misconfigured", problem: `The live contract run needs ${[...required].join(", ")}; missing: ${missing.join(", ")}` }
  }
  return {
    kind: "live",
    baseUrl: env["OTRS_CONTRACT_URL"]!.replace(/\/+$/, ""),
    accounts: {
      agent1: { login: env["OTRS_CONTRACT_USER"]!, password: env["OTRS_CONTRACT_PASSWORD"]! },
      agent2: account(env, optionalPairs[0]),
      customer1: account(env, optionalPairs[1])
    },
    write: env["OTRS_CONTRACT_WRITE"] === "true"
  }
}
