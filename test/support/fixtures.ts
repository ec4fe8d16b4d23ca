import { readdirSync, readFileSync } from "node:fs"
import { join, sep } from "node:path"
import { fileURLToPath } from "node:url"

/**
 * The recorded OTRS exchanges: shared/ sits beside the repository (../shared/otrs-fixtures), locally and in CI;
 * OTRS_FIXTURES_DIR names another place.
 */
export const fixturesDir = process.env["OTRS_FIXTURES_DIR"] === undefined
  ? fileURLToPath(new URL("../../../shared/otrs-fixtures/", import.meta.url))
  : join(process.env["OTRS_FIXTURES_DIR"], sep)

export interface Fixture {
  /** the file name without `.json`, e.g. `ticket-get.ok` */
  readonly name: string
  readonly operation: string | null
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, unknown>> | null
  readonly url: string
  readonly request: { readonly headers: Readonly<Record<string, string>>; readonly body: unknown }
  /** null: the server closed the connection without answering */
  readonly status: number | null
  readonly response_headers: Readonly<Record<string, string>>
  readonly response: unknown
  readonly response_is_json: boolean
  readonly recorded_at: string
  readonly note?: string
}

/** The fixture files' names, e.g. `ticket-get.ok.json`, sorted. */
export const fixtureFiles = (): ReadonlyArray<string> =>
  readdirSync(fixturesDir).filter((file) => file.endsWith(".json")).sort()

/** One fixture by file name (`ticket-get.ok.json`). */
export const loadFixture = (file: string): Fixture => ({
  ...JSON.parse(readFileSync(`${fixturesDir}${file}`, "utf8")),
  name: file.replace(/\.json$/, "")
})

/** The `response` of a fixture known to hold a JSON object. */
export const responseOf = (file: string): Record<string, any> => loadFixture(file).response as Record<string, any>

/** Recording order: by `recorded_at`, then by name with numbers compared as numbers (thread steps 8, 9, 10). */
export const byRecordingOrder = (a: Fixture, b: Fixture): number =>
  a.recorded_at.localeCompare(b.recorded_at) || a.name.localeCompare(b.name, "en", { numeric: true })

/** Every fixture, in recording order. */
export const loadFixtures = (): ReadonlyArray<Fixture> => fixtureFiles().map(loadFixture).sort(byRecordingOrder)
