import { readFileSync } from "node:fs"

/** Small measuring helpers shared by the benchmarks. */

export const median = (values: ReadonlyArray<number>): number => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Milliseconds `run` took. */
export const timed = async (run: () => Promise<unknown>): Promise<number> => {
  const start = performance.now()
  await run()
  return performance.now() - start
}

/** Runs `count` tasks with at most `concurrency` in flight; resolves when all have settled. */
export const pool = async (count: number, concurrency: number, task: (index: number) => Promise<unknown>) => {
  let next = 0
  const worker = async () => {
    while (next < count) await task(next++)
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
}

/** Resident set size of a process in KiB, from /proc/<pid>/status (Linux). */
export const rssKiB = (pid: number): number => {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))
  if (match === null) throw new Error(`no VmRSS for process ${pid}`)
  return Number(match[1])
}

export const round = (value: number, digits = 2): number => {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** CPU time (user + system) used so far, in ms, from a /proc stat file (Linux, 100 ticks per second). */
const statCpuMs = (statFile: string): number => {
  const fields = readFileSync(statFile, "utf8").split(") ")[1]!.split(" ")
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/**
 * CPU time split between a process's main thread, where JavaScript runs, and its other threads: in Node, V8's helper
 * threads, which compile hot functions with TurboFan and help the garbage collector (libuv's pool is idle here).
 */
export interface CpuSplit {
  readonly main: number
  readonly helpers: number
}

/** What a process has used so far, in ms. */
export const cpuSplitMs = (pid: number): CpuSplit => {
  const main = statCpuMs(`/proc/${pid}/task/${pid}/stat`)
  return { main, helpers: statCpuMs(`/proc/${pid}/stat`) - main }
}

/** What `after` adds to `before`, per `count`. */
export const cpuSplitPer = (before: CpuSplit, after: CpuSplit, count: number): CpuSplit => ({
  main: (after.main - before.main) / count,
  helpers: (after.helpers - before.helpers) / count
})

export const cpuTotal = (split: CpuSplit): number => split.main + split.helpers

/** CPU per call as latest.json gives it, in both sections that measure it. */
export const cpuData = (split: CpuSplit) => ({
  totalMsPerCall: round(cpuTotal(split), 3),
  mainThreadMsPerCall: round(split.main, 3)
})
