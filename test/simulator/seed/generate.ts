/** Writes src/simulator/data/recordedSeed.ts: `npx vite-node test/simulator/seed/generate.ts`. */
import { writeFileSync } from "node:fs"
import { loadFixtures } from "../../support/fixtures.js"
import { recordedSeedSource, seedFile } from "./seedSource.js"

writeFileSync(seedFile, recordedSeedSource(loadFixtures()))
