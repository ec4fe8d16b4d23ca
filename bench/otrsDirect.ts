import { Agent, request } from "node:http"

/** Talking to the simulator's GenericInterface directly over node:http, as a script without otrs-mcp would. */

export type Query = ReadonlyArray<readonly [string, string | number]>

export interface HttpAnswer {
  readonly status: number
  readonly body: string
}

export interface DirectOtrs {
  /** GET `${webServiceUrl}${path}?query` */
  readonly get: (path: string, query: Query) => Promise<HttpAnswer>
  readonly post: (path: string, body: unknown) => Promise<HttpAnswer>
  /** a SessionID from SessionCreate */
  readonly createSession: (userLogin: string, password: string) => Promise<string>
  readonly close: () => void
}

/** One keep-alive agent for every request, like otrs-mcp's own HTTP client. */
export const directOtrs = (webServiceUrl: string): DirectOtrs => {
  const agent = new Agent({ keepAlive: true })

  const send = (method: string, url: URL, body: string | undefined) =>
    new Promise<HttpAnswer>((resolve, reject) => {
      const outgoing = request(url, {
        method,
        agent,
        headers: {
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
        }
      }, (response) => {
        const chunks: Array<Buffer> = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }))
        response.on("error", reject)
      })
      outgoing.on("error", reject)
      outgoing.end(body)
    })

  const get = (path: string, query: Query) => {
    const url = new URL(`${webServiceUrl}${path}`)
    for (const [key, value] of query) url.searchParams.append(key, String(value))
    return send("GET", url, undefined)
  }

  const post = (path: string, body: unknown) => send("POST", new URL(`${webServiceUrl}${path}`), JSON.stringify(body))

  const createSession = async (userLogin: string, password: string) => {
    const answer = await post("/Session", { UserLogin: userLogin, Password: password })
    const sessionId = (JSON.parse(answer.body) as { SessionID?: unknown }).SessionID
    if (typeof sessionId !== "string") throw new Error(`SessionCreate failed: ${answer.body}`)
    return sessionId
  }

  return { get, post, createSession, close: () => agent.destroy() }
}

/**
 * The TicketGet query get_ticket sends for a page of `limit` articles, newest first: one article more than the page
 * (to know whether more follow), attachment metadata without contents, dynamic fields.
 */
export const ticketGetQuery = (articleLimit: number): Query => [
  ["AllArticles", 1],
  ["ArticleLimit", articleLimit],
  ["ArticleOrder", "DESC"],
  ["DynamicFields", 1],
  ["Attachments", 1],
  ["GetAttachmentContents", 0]
]
