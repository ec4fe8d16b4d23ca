import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

/** The recorded OTRS exchanges: shared/ sits beside the repository, locally and in CI. */
export const fixturesDir = fileURLToPath(new URL("../../../shared/otrs-fixtures/", import.meta.url))

export interface Fixture {
  readonly file: string
  readonly operation: string | null
  readonly method: string
  readonly path: string
  readonly request: { readonly body: unknown }
  readonly status: number | null
  readonly response: unknown
  readonly response_is_json: boolean
}

export const fixtureFiles = (): ReadonlyArray<string> =>
  readdirSync(fixturesDir).filter((file) => file.endsWith(".json")).sort()

export const loadFixture = (file: string): Fixture => ({
  ...JSON.parse(readFileSync(`${fixturesDir}${file}`, "utf8")),
  file
})

/** The `response` of a fixture known to hold a JSON object. */
export const responseOf = (file: string): Record<string, any> => loadFixture(file).response as Record<string, any>
