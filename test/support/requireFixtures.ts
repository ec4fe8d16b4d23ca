import { existsSync } from "node:fs"
import { fixturesDir } from "./fixtures.js"

/**
 * Vitest's global setup: without the recorded exchanges, a third of the test files would fail one by one with
 * ENOENT; one message says what is missing instead.
 */
export default function requireFixtures(): void {
  if (existsSync(fixturesDir)) return
  throw new Error(
    `The tests replay the recorded OTRS exchanges, expected in ${fixturesDir} (shared/otrs-fixtures beside this ` +
      "repository). Put that folder there, or set OTRS_FIXTURES_DIR to where it is."
  )
}
