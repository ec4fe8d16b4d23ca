import { request as httpRequest } from "node:http"
import { request as httpsRequest } from "node:https"
import type { Outgoing } from "./rewrite.js"

export interface Received {
  /** null: the connection closed without an HTTP answer */
  readonly status: number | null
  readonly contentType: string
  readonly text: string
}

/**
 * Sends one request on a fresh connection. node:http rather than fetch, because several fixtures are GET requests
 * with a body, which fetch refuses to send.
 */
export const send = (baseUrl: string, outgoing: Outgoing, timeoutMs = 15_000): Promise<Received> =>
  new Promise((resolve, reject) => {
    const url = new URL(outgoing.path, baseUrl)
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, {
      method: outgoing.method,
      agent: false,
      headers: {
        ...outgoing.headers,
        ...(outgoing.body === undefined ? {} : { "Content-Length": String(Buffer.byteLength(outgoing.body)) })
      }
    }, (response) => {
      const chunks: Array<Buffer> = []
      response.on("data", (chunk: Buffer) => chunks.push(chunk))
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? null,
          contentType: response.headers["content-type"] ?? "",
          text: Buffer.concat(chunks).toString("utf8")
        })
      )
      response.on("error", reject)
    })
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    request.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "ECONNRESET" ? resolve({ status: null, contentType: "", text: "" }) : reject(error)
    )
    request.end(outgoing.body)
  })
