import type { Row } from "./scenario.js"
import { type CpuSplit, cpuTotal } from "./stats.js"

/** Formatting of figures and the printed table. */

export const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

export const mib = (kibibytes: number): string => `${(kibibytes / 1024).toFixed(1)} MiB`

/** CPU per call, and its shares on the main thread and on V8's helper threads (TurboFan, garbage collection). */
export const cpuShares = (split: CpuSplit): string =>
  `${ms(cpuTotal(split))} (main thread ${ms(split.main)}, V8 helpers ${ms(split.helpers)})`

export const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`

const verdict = (met: boolean | undefined) => met === undefined ? "-" : met ? "yes" : "NO"

/** The benchmark number a row's metric starts with ("5. tools/list ..."), to print rows in the brief's order. */
const numberOf = (row: Row) => Number.parseInt(row.metric, 10)

/** A plain-text table, one row per figure, in the order of the benchmarks' numbers. */
export const renderTable = (unordered: ReadonlyArray<Row>): string => {
  const rows = [...unordered].sort((a, b) => numberOf(a) - numberOf(b))
  const header = ["Metric", "otrs-mcp", "Baseline", "Comparison", "Target", "Met"]
  const cells = rows.map((row) => [row.metric, row.ours, row.baseline, row.comparison, row.target, verdict(row.met)])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)))
  const line = (values: ReadonlyArray<string>) => values.map((value, column) => value.padEnd(widths[column]!)).join(" | ")
  return [line(header), widths.map((width) => "-".repeat(width)).join("-|-"), ...cells.map(line)].join("\n")
}
