import { directOtrs, ticketGetQuery } from "./otrsDirect.js"
import { kib, percent } from "./report.js"
import { agentEnv, type BenchContext, expectSuccess, type Section, withServer } from "./scenario.js"
import { round } from "./stats.js"

/**
 * 5. Bytes an agent reads: the tools/list answer, and get_ticket on ticket 56 with 10 articles (structuredContent and
 * text apart) against OTRS's raw TicketGet JSON for the same 10 articles (AllArticles, DynamicFields, attachment
 * metadata), fetched directly.
 */

const TICKET_ID = 56
const ARTICLES = 10
const TARGET_TOOLS_LIST_BYTES = 16 * 1024
const TARGET_SHARE = 0.3

export const bytes = async (context: BenchContext): Promise<Section> => {
  const direct = directOtrs(context.sim.webServiceUrl())
  try {
    const sessionId = await direct.createSession("agent1", "agent1pass")
    const raw = await direct.get(`/Ticket/${TICKET_ID}`, [["SessionID", sessionId], ...ticketGetQuery(ARTICLES)])
    const rawBytes = Buffer.byteLength(raw.body)
    const rawArticles = (JSON.parse(raw.body) as { Ticket: Array<{ Article?: Array<unknown> }> }).Ticket[0]?.Article?.length
    return await withServer(context.oursEntry, agentEnv(context.sim), async (server) => {
      const listed = await server.request("tools/list")
      const toolsListBytes = Buffer.byteLength(listed.line)
      const tools = (listed.result?.["tools"] as ReadonlyArray<unknown> | undefined)?.length ?? 0
      const answer = await expectSuccess(server.callTool("get_ticket", { ticket_id: TICKET_ID, article_limit: ARTICLES }))
      const articles = (answer.structuredContent?.["articles"] as ReadonlyArray<unknown> | undefined)?.length
      if (articles !== ARTICLES || rawArticles !== ARTICLES) {
        throw new Error(`expected ${ARTICLES} articles on both sides, got ${articles} and ${rawArticles}`)
      }
      const structuredBytes = Buffer.byteLength(JSON.stringify(answer.structuredContent))
      const textBytes = Buffer.byteLength(answer.text)
      return {
        rows: [
          {
            metric: `5. tools/list answer (${tools} tools)`,
            ours: `${toolsListBytes} bytes (${kib(toolsListBytes)})`,
            baseline: "-",
            comparison: "-",
            target: `<= ${TARGET_TOOLS_LIST_BYTES} bytes (report)`,
            met: toolsListBytes <= TARGET_TOOLS_LIST_BYTES
          },
          {
            metric: `5. get_ticket ${TICKET_ID}, ${ARTICLES} articles: structuredContent / text`,
            ours: `${kib(structuredBytes)} / ${kib(textBytes)}`,
            baseline: `${kib(rawBytes)} raw TicketGet JSON`,
            comparison: `${percent(structuredBytes, rawBytes)} / ${percent(textBytes, rawBytes)}`,
            target: `<= ${TARGET_SHARE * 100}% each`,
            met: structuredBytes <= TARGET_SHARE * rawBytes && textBytes <= TARGET_SHARE * rawBytes
          }
        ],
        data: {
          toolsListBytes,
          tools,
          ticketId: TICKET_ID,
          articles: ARTICLES,
          rawTicketGetBytes: rawBytes,
          structuredContentBytes: structuredBytes,
          textBytes,
          structuredShare: round(structuredBytes / rawBytes, 4),
          textShare: round(textBytes / rawBytes, 4)
        }
      }
    })
  } finally {
    direct.close()
  }
}
