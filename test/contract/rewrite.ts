import type { Fixture } from "../support/fixtures.js"
import type { Accounts } from "./target.js"

/** Recorded values that name something the recording created: they are replaced by what the replay created. */
export type Kind = "ticket" | "ticketNumber" | "configItem" | "session"

export type Mappings = Readonly<Record<Kind, Map<string, string>>>

export const emptyMappings = (): Mappings => ({
  ticket: new Map(),
  ticketNumber: new Map(),
  configItem: new Map(),
  session: new Map()
})

type Mapper = (kind: Kind, value: string) => string

const idRoutes: Readonly<Record<string, Kind>> = {
  Ticket: "ticket",
  TicketHistory: "ticket",
  ConfigItem: "configItem",
  Session: "session"
}

const fieldKinds: Readonly<Record<string, Kind>> = {
  SessionID: "session",
  TicketID: "ticket",
  TicketNumber: "ticketNumber"
}

const mapPath = (path: string, map: Mapper) =>
  path.replace(/\/(Ticket|TicketHistory|ConfigItem|Session)\/([^/]+)$/, (whole, route: string, ids: string) =>
    route === "ConfigItem" && ids === "Search"
      ? whole
      : `/${route}/${ids.split(",").map((id) => map(idRoutes[route]!, id)).join(",")}`
  )

const mapValue = (kind: Kind, value: unknown, map: Mapper): unknown =>
  Array.isArray(value) ? value.map((item) => mapValue(kind, item, map)) : map(kind, String(value))

const mapFields = (data: Readonly<Record<string, unknown>>, map: Mapper) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => {
    const kind = fieldKinds[key]
    return [key, kind === undefined || value === null ? value : mapValue(kind, value, map)]
  }))

/** agent1/agent2/customer1 with their recorded passwords become the target's accounts; wrong passwords stay wrong. */
const mapCredentials = (data: Readonly<Record<string, unknown>>, accounts: Accounts) => {
  const mapped: Record<string, unknown> = { ...data }
  const recordedPassword: Readonly<Record<string, string>> = { agent1: "agent1pass", agent2: "agent2pass", customer1: "customer1pass" }
  const loginKey = typeof data["UserLogin"] === "string" ? "UserLogin" : "CustomerUserLogin"
  for (const key of ["UserLogin", "CustomerUserLogin"]) {
    const login = data[key]
    if (typeof login !== "string") continue
    const account = accounts[login as keyof Accounts]
    if (account === undefined) continue
    mapped[key] = account.login
    if (key === loginKey && data["Password"] === recordedPassword[login]) mapped["Password"] = account.password
  }
  return mapped
}

/** Which recorded accounts a fixture's request uses (directly or through a session of theirs). */
export const accountsUsed = (fixture: Fixture): ReadonlyArray<keyof Accounts> => {
  const sources = [fixture.query ?? {}, typeof fixture.request.body === "object" && fixture.request.body !== null ? fixture.request.body : {}]
  return (["agent1", "agent2", "customer1"] as const).filter((name) =>
    sources.some((data) => Object.values(data as object).includes(name))
  )
}

const queryString = (query: Readonly<Record<string, unknown>>) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item))
  }
  const text = params.toString()
  return text === "" ? "" : `?${text}`
}

export interface Outgoing {
  readonly method: string
  /** path and query string */
  readonly path: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
  /** recorded -> replayed values put into this request, to expect them in error messages too */
  readonly substitutions: ReadonlyArray<readonly [string, string]>
}

/** Applies `map` to every recorded id, ticket number and SessionID the fixture's request carries. */
const transform = (fixture: Fixture, map: Mapper, accounts: Accounts): Omit<Outgoing, "substitutions"> => {
  const query = fixture.query === null ? {} : mapCredentials(mapFields(fixture.query, map), accounts)
  const recordedBody = fixture.request.body
  const body = recordedBody === null || recordedBody === undefined
    ? undefined
    : typeof recordedBody === "string"
    ? recordedBody
    : JSON.stringify(mapCredentials(mapFields(recordedBody as Record<string, unknown>, map), accounts))
  return { method: fixture.method, path: mapPath(fixture.path, map) + queryString(query), headers: fixture.request.headers, body }
}

/** The fixture's request for the target: its accounts, and the replay's ids and sessions for the recorded ones. */
export const rewrite = (fixture: Fixture, mappings: Mappings, accounts: Accounts): Outgoing => {
  const substitutions: Array<readonly [string, string]> = []
  const map: Mapper = (kind, value) => {
    const replaced = mappings[kind].get(value)
    if (replaced === undefined) return value
    if (replaced !== value) substitutions.push([value, replaced])
    return replaced
  }
  return { ...transform(fixture, map, accounts), substitutions }
}

/** The recorded ids, ticket numbers and SessionIDs the fixture's request refers to. */
export const references = (fixture: Fixture): ReadonlyArray<readonly [Kind, string]> => {
  const found: Array<readonly [Kind, string]> = []
  transform(fixture, (kind, value) => {
    found.push([kind, value])
    return value
  }, { agent1: { login: "", password: "" }, agent2: undefined, customer1: undefined })
  return found
}

/** What a recorded answer created: SessionCreate, TicketCreate and ConfigItemCreate results. */
export const created = (operation: string | null, response: unknown): ReadonlyArray<readonly [Kind, string]> => {
  if (typeof response !== "object" || response === null) return []
  const answer = response as Record<string, unknown>
  const pairs: Array<readonly [Kind, unknown]> = operation === "SessionCreate"
    ? [["session", answer["SessionID"]]]
    : operation === "TicketCreate"
    ? [["ticket", answer["TicketID"]], ["ticketNumber", answer["TicketNumber"]]]
    : operation === "ConfigItemCreate"
    ? [["configItem", answer["ConfigItemID"]]]
    : []
  return pairs.filter(([, value]) => value !== undefined).map(([kind, value]) => [kind, String(value)] as const)
}

/** Records what the replay created in place of what the recording created. */
export const learn = (fixture: Fixture, actual: unknown, mappings: Mappings): void => {
  const replayed = new Map(created(fixture.operation, actual))
  for (const [kind, value] of created(fixture.operation, fixture.response)) {
    const replacement = replayed.get(kind)
    if (replacement !== undefined) mappings[kind].set(value, replacement)
  }
}

/** The recorded text with the replay's values in place of the recorded ones (e.g. `ticket 5!` -> `ticket 63!`). */
export const substitute = (text: string, substitutions: ReadonlyArray<readonly [string, string]>): string =>
  substitutions.reduce(
    (result, [from, to]) => result.replace(new RegExp(`(?<![\\w-])${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "g"), to),
    text
  )
