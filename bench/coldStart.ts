import { ms } from "./report.js"
import { agentEnv, type BenchContext, type Section } from "./scenario.js"
import { median, round } from "./stats.js"
import { spawnServer } from "./stdioServer.js"

/** 1. Spawn until initialize and tools/list are answered: otrs-mcp vs the bare SDK server, interleaved. */

const TARGET_RATIO = 1.3

const startUntilToolsListed = async (entry: string, env: Record<string, string>) => {
  const start = performance.now()
  const server = spawnServer(entry, env)
  await server.initialize()
  const listed = await server.request("tools/list")
  const elapsed = performance.now() - start
  await server.close()
  if (listed.error !== undefined) throw new Error(`tools/list failed: ${listed.error.message}`)
  return elapsed
}

export const coldStart = async (context: BenchContext): Promise<Section> => {
  const runs = context.quick ? 5 : 20
  const env = agentEnv(context.sim)
  const ours: Array<number> = []
  const bare: Array<number> = []
  // once each unmeasured, so that neither pays for the first read of its file
  await startUntilToolsListed(context.oursEntry, env)
  await startUntilToolsListed(context.bareEntry, env)
  for (let run = 0; run < runs; run++) {
    // alternate who goes first, so neither always runs right after the other's exit
    const order = run % 2 === 0 ? ["ours", "bare"] as const : ["bare", "ours"] as const
    for (const which of order) {
      if (which === "ours") ours.push(await startUntilToolsListed(context.oursEntry, env))
      else bare.push(await startUntilToolsListed(context.bareEntry, env))
    }
  }
  const oursMedian = median(ours)
  const bareMedian = median(bare)
  const ratio = oursMedian / bareMedian
  return {
    rows: [{
      metric: `1. Cold start to initialize + tools/list (median of ${runs})`,
      ours: ms(oursMedian),
      baseline: `${ms(bareMedian)} bare SDK server`,
      comparison: `ratio ${round(ratio)}`,
      target: `ratio <= ${TARGET_RATIO}`,
      met: ratio <= TARGET_RATIO
    }],
    data: {
      runs,
      oursMedianMs: round(oursMedian),
      bareMedianMs: round(bareMedian),
      ratio: round(ratio, 3),
      oursMs: ours.map((value) => round(value)),
      bareMs: bare.map((value) => round(value))
    }
  }
}
