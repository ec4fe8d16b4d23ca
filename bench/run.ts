/**
 * `npm run bench`: otrs-mcp's benchmarks against the OTRS simulator on loopback, started here. scripts/bench.mjs
 * bundles this file and bench/bareServer.ts into bench/results/build/ and runs it from the project root; `--quick`
 * repeats less (rough figures, for trying the bench out). Prints a table and writes bench/results/latest.json.
 * Every figure is a median over repeated runs; comparisons are measured side by side in the same run.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { cpus } from "node:os"
import { join } from "node:path"
import { startSimulator } from "../src/simulator/index.js"
import { bytes } from "./bytes.js"
import { callOverhead } from "./callOverhead.js"
import { coldStart } from "./coldStart.js"
import { renderTable } from "./report.js"
import type { BenchContext, Row, Section } from "./scenario.js"
import { sessionsAndMemory } from "./sessionsMemory.js"
import { taskCost } from "./taskCost.js"
import { throughput } from "./throughput.js"

const root = process.cwd()
const resultsDirectory = join(root, "bench/results")

const benchmarks: ReadonlyArray<readonly [string, (context: BenchContext) => Promise<Section>]> = [
  ["coldStart", coldStart],
  ["callOverhead", callOverhead],
  ["taskCost", taskCost],
  ["sessionsAndMemory", sessionsAndMemory],
  ["bytes", bytes],
  ["throughput", throughput]
]

const main = async () => {
  const sim = await startSimulator()
  const context: BenchContext = {
    sim,
    oursEntry: join(root, "dist/otrs-mcp.js"),
    bareEntry: join(resultsDirectory, "build/bareServer.cjs"),
    quick: process.argv.includes("--quick")
  }
  const started = performance.now()
  const rows: Array<Row> = []
  const results: Record<string, unknown> = {}
  try {
    for (const [name, run] of benchmarks) {
      const start = performance.now()
      process.stderr.write(`${name}… `)
      const section = await run(context)
      process.stderr.write(`${((performance.now() - start) / 1000).toFixed(1)} s\n`)
      rows.push(...section.rows)
      results[name] = section.data
    }
  } finally {
    await sim.close()
  }
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} x ${cpus()[0]?.model ?? "unknown"}`,
    quick: context.quick,
    seconds: Math.round((performance.now() - started) / 1000),
    results,
    table: rows
  }
  mkdirSync(resultsDirectory, { recursive: true })
  writeFileSync(join(resultsDirectory, "latest.json"), `${JSON.stringify(report, null, 2)}\n`)
  process.stdout.write(`\n${renderTable(rows)}\n\nWritten to bench/results/latest.json (${report.seconds} s).\n`)
  const missed = rows.filter((row) => row.met === false)
  if (missed.length > 0) process.stdout.write(`Targets missed: ${missed.map((row) => row.metric).join("; ")}\n`)
}

await main()
