/**
 * The source of src/simulator/data/recordedSeed.ts, made from the fixtures: the successful recorded writes (TicketCreate,
 * TicketUpdate, ConfigItemCreate, ConfigItemUpdate) that the simulator replays to build its seed, and the article
 * bodies OTRS stored differently from what was sent (plain text derived from HTML mail, U+FFFD for emoji).
 * Regenerate with `npx vite-node test/simulator/seed/generate.ts`; seed.test.ts checks it is current.
 */
import { fileURLToPath } from "node:url"
import type { Fixture } from "../../support/fixtures.js"

export const seedFile = fileURLToPath(new URL("../../../src/simulator/data/recordedSeed.ts", import.meta.url))

type Json = Record<string, unknown>

const writeOperations = new Set(["TicketCreate", "TicketUpdate", "ConfigItemCreate", "ConfigItemUpdate"])
const credentials = new Set(["UserLogin", "CustomerUserLogin", "Password", "SessionID"])

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value)

/** Who the recorded SessionIDs belonged to, from the recorded SessionCreate calls. */
const sessionOwners = (fixtures: ReadonlyArray<Fixture>) => {
  const owners = new Map<string, string>()
  for (const fixture of fixtures) {
    const body = fixture.request.body
    if (fixture.operation !== "SessionCreate" || !isObject(fixture.response) || !isObject(body)) continue
    const sessionId = fixture.response["SessionID"]
    if (typeof sessionId === "string") owners.set(sessionId, String(body["UserLogin"] ?? body["CustomerUserLogin"]))
  }
  return owners
}

const succeeded = (fixture: Fixture) =>
  fixture.operation !== null && writeOperations.has(fixture.operation) && fixture.status === 200 &&
  isObject(fixture.response) && !("Error" in fixture.response) && isObject(fixture.request.body)

/**
 * When each article was really created, from the recorded histories: recorded_at is when the answer was written
 * down and can be a second later, which would misplace the replayed articles and their unlock-time resets.
 */
const articleTimes = (fixtures: ReadonlyArray<Fixture>) => {
  const times = new Map<number, string>()
  for (const fixture of fixtures) {
    if (fixture.operation !== "TicketHistoryGet" || !isObject(fixture.response)) continue
    for (const ticket of (fixture.response["TicketHistory"] as Array<Json> | undefined) ?? []) {
      for (const entry of (ticket["History"] as Array<Json> | undefined) ?? []) {
        if (Number(entry["ArticleID"]) > 0) times.set(Number(entry["ArticleID"]), `${String(entry["CreateTime"]).replace(" ", "T")}Z`)
      }
    }
  }
  return times
}

const recordedWrites = (fixtures: ReadonlyArray<Fixture>) => {
  const owners = sessionOwners(fixtures)
  const times = articleTimes(fixtures)
  const writes = fixtures.filter(succeeded).map((fixture) => {
    const body = fixture.request.body as Json
    const as = String(body["UserLogin"] ?? body["CustomerUserLogin"] ?? owners.get(String(body["SessionID"])))
    const id = fixture.method === "PATCH" ? fixture.path.split("/").at(-1) : undefined
    const articleId = (fixture.response as Json)["ArticleID"]
    return {
      fixture: fixture.name,
      at: times.get(Number(articleId)) ?? fixture.recorded_at,
      operation: fixture.operation,
      as,
      ...(id === undefined ? {} : { id }),
      body: Object.fromEntries(Object.entries(body).filter(([key]) => !credentials.has(key))),
      result: fixture.response
    }
  })
  return writes.sort((a, b) => a.at.localeCompare(b.at) || a.fixture.localeCompare(b.fixture, "en", { numeric: true }))
}

/** The last recorded Body of every article whose stored text differs from the Body it was created with. */
const recordedBodies = (fixtures: ReadonlyArray<Fixture>, writes: ReturnType<typeof recordedWrites>) => {
  const sent = new Map<number, unknown>()
  for (const write of writes) {
    const articleId = (write.result as Json)["ArticleID"]
    if (articleId !== undefined) sent.set(Number(articleId), (write.body["Article"] as Json | undefined)?.["Body"])
  }
  const bodies = new Map<number, string>()
  for (const fixture of fixtures) {
    if (fixture.operation !== "TicketGet" || !isObject(fixture.response)) continue
    for (const ticket of (fixture.response["Ticket"] as Array<Json> | undefined) ?? []) {
      for (const article of (ticket["Article"] as Array<Json> | undefined) ?? []) {
        const articleId = Number(article["ArticleID"])
        if (sent.has(articleId) && sent.get(articleId) !== article["Body"]) bodies.set(articleId, String(article["Body"]))
      }
    }
  }
  return Object.fromEntries([...bodies].sort(([a], [b]) => a - b))
}

export const recordedSeedSource = (fixtures: ReadonlyArray<Fixture>): string => {
  const writes = recordedWrites(fixtures)
  return `// Generated from shared/otrs-fixtures by test/simulator/seed/generate.ts: do not edit.
import type { RecordedWrite } from "./recordedWrite.js"

export const recordedWrites: ReadonlyArray<RecordedWrite> = ${JSON.stringify(writes, null, 2)}

export const recordedBodies: Readonly<Record<string, string>> = ${JSON.stringify(recordedBodies(fixtures, writes), null, 2)}
`
}
