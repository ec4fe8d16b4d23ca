import { directOtrs, ticketGetQuery } from "./otrsDirect.js"
import { cpuShares, ms } from "./report.js"
import { agentEnv, type BenchContext, expectSuccess, type Section, withServer } from "./scenario.js"
import { cpuData, cpuSplitMs, cpuSplitPer, cpuTotal, median, round, timed } from "./stats.js"

/**
 * 2. What one tools/call get_ticket adds to the TicketGet it makes: the call through otrs-mcp vs the same TicketGet
 * sent directly (SessionID, keep-alive), interleaved one by one after a warm-up. The bare SDK server doing the same
 * TicketGet shows how much of the difference MCP over stdio costs by itself. The servers' CPU time per call is
 * reported too: unlike wall time, it hardly depends on what else the machine is doing. Its share on V8's helper
 * threads is mostly TurboFan compiling the functions that became hot, a cost of a server's first thousands of calls.
 */

const TICKET_ID = 56
const ARTICLE_LIMIT = 1
const TARGET_ADDED_MS = 1

export const callOverhead = async (context: BenchContext): Promise<Section> => {
  const calls = context.quick ? 60 : 400
  const warmUp = context.quick ? 20 : 100
  const env = agentEnv(context.sim)
  const direct = directOtrs(context.sim.webServiceUrl())
  try {
    const sessionId = await direct.createSession("agent1", "agent1pass")
    const query = [["SessionID", sessionId] as const, ...ticketGetQuery(ARTICLE_LIMIT + 1)]
    const args = { ticket_id: TICKET_ID, article_limit: ARTICLE_LIMIT }
    return await withServer(context.oursEntry, env, (ours) =>
      withServer(context.bareEntry, env, async (bare) => {
        const sendDirect = async () => {
          const answer = await direct.get(`/Ticket/${TICKET_ID}`, query)
          if (answer.status !== 200 || answer.body.includes("\"Error\"")) throw new Error(`TicketGet failed: ${answer.body}`)
        }
        const sendOurs = () => expectSuccess(ours.callTool("get_ticket", args))
        const sendBare = () => expectSuccess(bare.callTool("get_ticket", args))
        for (let i = 0; i < warmUp; i++) {
          await sendDirect()
          await sendOurs()
          await sendBare()
        }
        const times = { direct: [] as Array<number>, ours: [] as Array<number>, bare: [] as Array<number> }
        const cpuBefore = { ours: cpuSplitMs(ours.pid), bare: cpuSplitMs(bare.pid) }
        for (let i = 0; i < calls; i++) {
          times.direct.push(await timed(sendDirect))
          times.ours.push(await timed(sendOurs))
          times.bare.push(await timed(sendBare))
        }
        const oursSplit = cpuSplitPer(cpuBefore.ours, cpuSplitMs(ours.pid), calls)
        const bareSplit = cpuSplitPer(cpuBefore.bare, cpuSplitMs(bare.pid), calls)
        const directMedian = median(times.direct)
        const oursMedian = median(times.ours)
        const bareMedian = median(times.bare)
        const added = oursMedian - directMedian
        return {
          rows: [{
            metric: `2. get_ticket (ticket ${TICKET_ID}, article_limit ${ARTICLE_LIMIT}) vs direct TicketGet (median of ${calls})`,
            ours: ms(oursMedian),
            baseline: `${ms(directMedian)} direct; ${ms(bareMedian)} bare SDK server`,
            comparison: `+${ms(added)} (bare: +${ms(bareMedian - directMedian)})`,
            target: `<= +${TARGET_ADDED_MS} ms`,
            met: added <= TARGET_ADDED_MS
          }, {
            metric: "2. Server CPU time per get_ticket call (same calls)",
            ours: cpuShares(oursSplit),
            baseline: `${cpuShares(bareSplit)} bare SDK server`,
            comparison: `ratio ${round(cpuTotal(oursSplit) / cpuTotal(bareSplit), 1)}`,
            target: "report",
            met: undefined
          }],
          data: {
            calls,
            warmUp,
            directMedianMs: round(directMedian, 3),
            oursMedianMs: round(oursMedian, 3),
            bareMedianMs: round(bareMedian, 3),
            oursAddedMs: round(added, 3),
            bareAddedMs: round(bareMedian - directMedian, 3),
            oursCpu: cpuData(oursSplit),
            bareCpu: cpuData(bareSplit)
          }
        }
      })
    )
  } finally {
    direct.close()
  }
}
