/**
 * The baseline for the cold start and throughput benchmarks: a bare MCP SDK server (McpServer over stdio) with one
 * trivial tool, bundled like otrs-mcp (scripts/nodeBundle.mjs) and started with node, as its bundle; otrs-mcp's own
 * compile cache (src/boot/compileCache.ts) is part of otrs-mcp, not of what it is compared with. The tool does the HTTP call get_ticket makes (one
 * TicketGet with a SessionID it created once, over a keep-alive agent) and answers one line of text, so what otrs-mcp
 * adds on top (schemas, Effect, compaction) is the difference.
 *
 * Environment: OTRS_BASE_URL, OTRS_USERNAME, OTRS_PASSWORD (as for otrs-mcp).
 */
import { Agent, request } from "node:http"
import { fromJsonSchema, McpServer } from "@modelcontextprotocol/server"
import { serveStdio } from "@modelcontextprotocol/server/stdio"

const baseUrl = process.env["OTRS_BASE_URL"] ?? ""
const agent = new Agent({ keepAlive: true })

const send = (method: string, url: URL, body?: string) =>
  new Promise<string>((resolve, reject) => {
    const outgoing = request(url, { method, agent, headers: { "content-type": "application/json" } }, (response) => {
      const chunks: Array<Buffer> = []
      response.on("data", (chunk: Buffer) => chunks.push(chunk))
      response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
      response.on("error", reject)
    })
    outgoing.on("error", reject)
    outgoing.end(body)
  })

let session: Promise<string> | undefined

const sessionId = () =>
  session ??= send(
    "POST",
    new URL(`${baseUrl}/Session`),
    JSON.stringify({ UserLogin: process.env["OTRS_USERNAME"], Password: process.env["OTRS_PASSWORD"] })
  ).then((body) => (JSON.parse(body) as { SessionID: string }).SessionID)

const ticketGet = async (ticketId: number, articleLimit: number) => {
  const url = new URL(`${baseUrl}/Ticket/${ticketId}`)
  const query: Record<string, string | number> = {
    SessionID: await sessionId(),
    AllArticles: 1,
    ArticleLimit: articleLimit + 1,
    ArticleOrder: "DESC",
    DynamicFields: 1,
    Attachments: 1,
    GetAttachmentContents: 0
  }
  for (const [key, value] of Object.entries(query)) url.searchParams.append(key, String(value))
  return JSON.parse(await send("GET", url)) as {
    readonly Ticket?: ReadonlyArray<{ readonly Title?: string; readonly Article?: ReadonlyArray<unknown> }>
  }
}

const input = fromJsonSchema<{ ticket_id: number; article_limit?: number }>({
  type: "object",
  properties: { ticket_id: { type: "integer", minimum: 1 }, article_limit: { type: "integer", minimum: 0 } },
  required: ["ticket_id"],
  additionalProperties: false
})

serveStdio(() => {
  const server = new McpServer({ name: "bare-sdk-server", version: "0.0.0" }, { capabilities: { tools: {} } })
  server.registerTool("get_ticket", { description: "One TicketGet, answered as one line.", inputSchema: input }, async (args) => {
    const [ticket] = (await ticketGet(args.ticket_id, args.article_limit ?? 10)).Ticket ?? []
    return { content: [{ type: "text", text: `${ticket?.Title ?? "?"} (${ticket?.Article?.length ?? 0} articles)` }] }
  })
  return server
})
