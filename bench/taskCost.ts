import { type DirectOtrs, directOtrs, type Query } from "./otrsDirect.js"
import { kib, ms } from "./report.js"
import { agentEnv, type BenchContext, expectSuccess, type Section, withServer } from "./scenario.js"
import { median, round } from "./stats.js"
import type { StdioServer } from "./stdioServer.js"

/**
 * 3. The task "the 20 most recent open tickets with title, state, queue and owner": one search_tickets call vs the
 * naive script over HTTP (TicketSearch for the ids, then one TicketGet per ticket, each request carrying
 * UserLogin/Password instead of a session). HTTP requests are counted at the simulator.
 */

const WANTED = 20
const TARGET_REQUESTS = 3
const notClosed = ["new", "open", "pending reminder", "pending auto"]
const credentials: Query = [["UserLogin", "agent1"], ["Password", "agent1pass"]]

const searchQuery: Query = [
  ...credentials,
  ...notClosed.map((type) => ["StateType", type] as const),
  ["SortBy", "Age"],
  ["OrderBy", "Down"],
  ["Limit", WANTED]
]

const searchIds = async (direct: DirectOtrs): Promise<Array<number>> => {
  const answer = await direct.get("/Ticket", searchQuery)
  return ((JSON.parse(answer.body) as { TicketID?: Array<string> }).TicketID ?? []).map(Number)
}

/** The simulator's seed may hold fewer open tickets than the task asks for: create the rest through otrs-mcp. */
const ensureOpenTickets = async (server: StdioServer, direct: DirectOtrs) => {
  const missing = WANTED - (await searchIds(direct)).length
  for (let i = 0; i < missing; i++) {
    await expectSuccess(server.callTool("create_ticket", {
      title: `Bench ticket ${i + 1}`,
      body: "Created by the benchmark so that the task has 20 open tickets.",
      state: "open"
    }))
  }
  return Math.max(missing, 0)
}

interface Run {
  readonly ms: number
  readonly requests: number
  readonly bytes: number
  readonly ids: ReadonlyArray<number>
}

export const taskCost = async (context: BenchContext): Promise<Section> => {
  const runs = context.quick ? 5 : 15
  const { sim } = context
  const direct = directOtrs(sim.webServiceUrl())
  const measure = async (run: () => Promise<{ readonly bytes: number; readonly ids: ReadonlyArray<number> }>): Promise<Run> => {
    const before = sim.stats().requests
    const start = performance.now()
    const { bytes, ids } = await run()
    return { ms: performance.now() - start, requests: sim.stats().requests - before, bytes, ids }
  }
  try {
    return await withServer(context.oursEntry, agentEnv(sim), async (server) => {
      const ours = () =>
        measure(async () => {
          const answer = await expectSuccess(server.callTool("search_tickets", { state_type: "not_closed", limit: WANTED }))
          const tickets = (answer.structuredContent?.["tickets"] ?? []) as ReadonlyArray<{ readonly ticket_id: number }>
          return { bytes: Buffer.byteLength(answer.line), ids: tickets.map((ticket) => ticket.ticket_id) }
        })
      const naive = () =>
        measure(async () => {
          const search = await direct.get("/Ticket", searchQuery)
          const ids = ((JSON.parse(search.body) as { TicketID?: Array<string> }).TicketID ?? []).map(Number)
          let bytes = Buffer.byteLength(search.body)
          for (const id of ids) bytes += Buffer.byteLength((await direct.get(`/Ticket/${id}`, credentials)).body)
          return { bytes, ids }
        })

      // the first call of a fresh server logs in too
      const first = await ours()
      const created = await ensureOpenTickets(server, direct)
      const oursRuns: Array<Run> = []
      const naiveRuns: Array<Run> = []
      await ours()
      await naive()
      for (let i = 0; i < runs; i++) {
        oursRuns.push(await ours())
        naiveRuns.push(await naive())
      }
      const last = (list: ReadonlyArray<Run>) => list[list.length - 1]!
      if (last(oursRuns).ids.join() !== last(naiveRuns).ids.join()) {
        throw new Error(`ours and the naive script found different tickets: ${last(oursRuns).ids} vs ${last(naiveRuns).ids}`)
      }
      const oursRequests = median(oursRuns.map((run) => run.requests))
      const naiveRequests = median(naiveRuns.map((run) => run.requests))
      const oursMs = median(oursRuns.map((run) => run.ms))
      const naiveMs = median(naiveRuns.map((run) => run.ms))
      const tickets = last(oursRuns).ids.length
      return {
        rows: [
          {
            metric: `3. Task: ${tickets} most recent open tickets, HTTP requests (first call of a fresh server: ${first.requests})`,
            ours: `1 tool call, ${oursRequests} requests`,
            baseline: `${naiveRequests} requests (naive, login per request)`,
            comparison: `${round(naiveRequests / oursRequests, 1)}x fewer`,
            target: `<= ${TARGET_REQUESTS} requests`,
            met: oursRequests <= TARGET_REQUESTS && first.requests <= TARGET_REQUESTS
          },
          {
            metric: `3. Task: time (median of ${runs}) and bytes the caller reads`,
            ours: `${ms(oursMs)}, ${kib(last(oursRuns).bytes)}`,
            baseline: `${ms(naiveMs)}, ${kib(last(naiveRuns).bytes)}`,
            comparison: `time ratio ours/naive ${round(oursMs / naiveMs)}`,
            target: "report",
            met: undefined
          }
        ],
        data: {
          runs,
          tickets,
          ticketsCreatedForTheTask: created,
          firstCallRequests: first.requests,
          oursToolCalls: 1,
          oursRequests,
          naiveRequests,
          oursMedianMs: round(oursMs, 3),
          naiveMedianMs: round(naiveMs, 3),
          oursResultBytes: last(oursRuns).bytes,
          naiveResponseBytes: last(naiveRuns).bytes
        }
      }
    })
  } finally {
    direct.close()
  }
}
