import { Agent, createServer, request } from "node:http"
import type { AddressInfo } from "node:net"
import type { OtrsSimulator } from "../../src/simulator/index.js"

/**
 * A loopback HTTP proxy between otrs-mcp and the simulator that records every SessionID the simulator issues, so
 * that tests can look for them in tool results and logs. It can also swap the password on the way (the server then
 * runs with a distinctive password that still logs in), and misbehave on purpose:
 * - "truncateSessionCreate": SessionCreate's answer loses its last characters (invalid JSON that holds the SessionID)
 * - "redirectSessionGet": SessionGet (SessionID in the path) is answered with an http -> https redirect to the same
 *   path, as a web server in front of OTRS would send it
 */

export type ProxyMode = "pass" | "truncateSessionCreate" | "redirectSessionGet"

export interface RecordingProxy {
  /** the OtrsMcp web service through the proxy */
  readonly webServiceUrl: string
  readonly sessionIds: () => ReadonlyArray<string>
  readonly setMode: (mode: ProxyMode) => void
  readonly close: () => Promise<void>
}

export interface PasswordSwap {
  /** what otrs-mcp is configured with */
  readonly from: string
  /** what the simulator's account has */
  readonly to: string
}

const readBody = (stream: NodeJS.ReadableStream) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Array<Buffer> = []
    stream.on("data", (chunk: Buffer) => chunks.push(chunk))
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    stream.on("error", reject)
  })

const swapPassword = (body: string, swap: PasswordSwap | undefined) => {
  if (swap === undefined || body.trim() === "") return body
  try {
    const data = JSON.parse(body) as Record<string, unknown>
    return data["Password"] === swap.from ? JSON.stringify({ ...data, Password: swap.to }) : body
  } catch {
    return body
  }
}

const issuedSessionId = (body: string): string | undefined => {
  try {
    const sessionId = (JSON.parse(body) as { SessionID?: unknown }).SessionID
    return typeof sessionId === "string" ? sessionId : undefined
  } catch {
    return undefined
  }
}

export const startRecordingProxy = async (sim: OtrsSimulator, swap?: PasswordSwap): Promise<RecordingProxy> => {
  const target = new URL(sim.url)
  const agent = new Agent({ keepAlive: true })
  const sessionIds = new Set<string>()
  let mode: ProxyMode = "pass"

  const server = createServer(async (incoming, outgoing) => {
    const path = incoming.url ?? "/"
    const method = incoming.method ?? "GET"
    const body = swapPassword(await readBody(incoming), swap)
    if (mode === "redirectSessionGet" && method === "GET" && /\/Session\/[^/?]+/.test(path)) {
      outgoing.writeHead(301, { Location: `https://${incoming.headers.host ?? "localhost"}${path}`, Connection: "close" })
      outgoing.end()
      return
    }
    const forwarded = request({
      host: target.hostname,
      port: target.port,
      method,
      path,
      agent,
      headers: { ...incoming.headers, host: target.host, "content-length": String(Buffer.byteLength(body)) }
    }, async (answer) => {
      let text = await readBody(answer)
      const sessionId = issuedSessionId(text)
      if (sessionId !== undefined) {
        sessionIds.add(sessionId)
        if (mode === "truncateSessionCreate") text = text.slice(0, -2)
      }
      outgoing.writeHead(answer.statusCode ?? 502, {
        "Content-Type": answer.headers["content-type"] ?? "text/plain",
        "Content-Length": String(Buffer.byteLength(text))
      })
      outgoing.end(text)
    })
    forwarded.on("error", () => outgoing.destroy())
    forwarded.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    webServiceUrl: sim.webServiceUrl().replace(sim.url, `http://127.0.0.1:${port}`),
    sessionIds: () => [...sessionIds],
    setMode: (next) => {
      mode = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
        agent.destroy()
      })
  }
}
