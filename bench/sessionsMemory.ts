import { mib } from "./report.js"
import { agentEnv, type BenchContext, type Section, withServer } from "./scenario.js"
import { pool, round, rssKiB } from "./stats.js"
import type { StdioServer } from "./stdioServer.js"

/**
 * 4. SessionCreate requests per 1,000 tool calls, and 6. the server's resident memory: after start, after those
 * 1,000 calls (10 in flight), and after 100 more sent all at once.
 */

const CALLS = 1000
const BURST = 100
const TARGET_SESSIONS = 1

/** Read tools in turn, with arguments that succeed against the simulator's seed. */
const mixedCall = (server: StdioServer, index: number) => {
  switch (index % 4) {
    case 0:
      return server.callTool("get_ticket", { ticket_id: 56, article_limit: 3 })
    case 1:
      return server.callTool("search_tickets", { state_type: "not_closed", limit: 5 })
    case 2:
      return server.callTool("get_ticket_history", { ticket_id: 56, limit: 20 })
    default:
      return server.callTool("search_config_items", { class: "Computer", limit: 5 })
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200))

export const sessionsAndMemory = async (context: BenchContext): Promise<Section> => {
  const { sim } = context
  const env = agentEnv(sim)
  const bareRss = await withServer(context.bareEntry, env, async (bare) => {
    await bare.request("tools/list")
    await settle()
    return rssKiB(bare.pid)
  })
  return withServer(context.oursEntry, env, async (server) => {
    await server.request("tools/list")
    await settle()
    const afterStart = rssKiB(server.pid)
    const sessionsBefore = sim.stats().sessionCreates
    let failed = 0
    const count = async (call: Promise<{ readonly isError: boolean }>) => {
      if ((await call).isError) failed++
    }
    await pool(CALLS, 10, (index) => count(mixedCall(server, index)))
    const sessions = sim.stats().sessionCreates - sessionsBefore
    await settle()
    const afterCalls = rssKiB(server.pid)
    await Promise.all(Array.from({ length: BURST }, (_, index) => count(mixedCall(server, index))))
    await settle()
    const afterBurst = rssKiB(server.pid)
    if (failed > 0) throw new Error(`${failed} of ${CALLS + BURST} calls failed; stderr:\n${server.stderr()}`)
    const perThousand = (sessions * 1000) / CALLS
    return {
      rows: [
        {
          metric: `4. SessionCreate requests per 1,000 tool calls (mixed read tools)`,
          ours: String(perThousand),
          baseline: "-",
          comparison: "-",
          target: `${TARGET_SESSIONS}`,
          met: perThousand <= TARGET_SESSIONS
        },
        {
          metric: "6. RSS after start / after 1,000 calls / after 100 concurrent",
          ours: `${mib(afterStart)} / ${mib(afterCalls)} / ${mib(afterBurst)}`,
          baseline: `${mib(bareRss)} bare SDK server after start`,
          comparison: `${round(afterStart / bareRss)}x at start`,
          target: "report",
          met: undefined
        }
      ],
      data: {
        calls: CALLS,
        sessionCreates: sessions,
        sessionCreatesPer1000Calls: perThousand,
        rssKiB: { afterStart, afterCalls, afterConcurrent: afterBurst, bareAfterStart: bareRss }
      }
    }
  })
}
