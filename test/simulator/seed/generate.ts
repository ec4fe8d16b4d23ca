/** Writes src/simulator/data/recordedSeed.ts: `npx vite-node test/simulator/seed/generate.ts`. */
import { writeFileSync } from "node:fs"
import { loadFixtures } from "../../contract/fixtures.js"
import { recordedSeedSource, seedFile } from "./seedSource.js"

writeFileSync(seedFile, recordedSeedSource(loadFixtures()))
