import type { IncomingMessage, Server, ServerResponse } from "node:http"
import { nodeHttp } from "../../services/NodeModules.js"
import type { World } from "../engine/World.js"
import { operationTypes } from "../ops/index.js"
import type { Fault } from "../types.js"
import type { Faults } from "./faults.js"
import {
  sendJson,
  sendLoginPage,
  sendNotFound,
  sendRedirect,
  sendStatusFault,
  sendText,
  sendTruncatedJson
} from "./replies.js"
import { requestData } from "./requestData.js"
import { type Resolution, resolve } from "./routing.js"

interface SimulatorServer {
  readonly server: Server
  /** stops listening and ends every connection, hanging requests and pending latency timers included */
  readonly close: () => Promise<void>
}

const operationOf = (resolution: Resolution): ReadonlyArray<string> =>
  resolution.kind === "operation" ? [resolution.route.operation, resolution.route.type] : []

const answer = (
  world: World,
  request: IncomingMessage,
  response: ServerResponse,
  resolution: Resolution,
  search: string,
  body: string
) => {
  switch (resolution.kind) {
    case "notGenericInterface":
      return sendNotFound(response)
    case "unknownWebService":
      return request.socket.destroy()
    case "unknownRoute":
      return sendText(response, 500, `HTTP::REST Error while determine Operation for request URI '${resolution.path}'.`)
    case "operation": {
      const { route } = resolution
      world.stats.byOperation[route.operation] = (world.stats.byOperation[route.operation] ?? 0) + 1
      const data = requestData(request.method ?? "GET", search, resolution.params, body)
      if (data === "undecodable") return sendText(response, 500, "Error while decoding request content.")
      const client = {
        remoteAddr: request.socket.remoteAddress ?? "",
        userAgent: request.headers["user-agent"] ?? ""
      }
      return sendJson(response, operationTypes[route.type]({ world, data, client }))
    }
  }
}

const applyFault = (
  fault: Fault,
  request: IncomingMessage,
  response: ServerResponse,
  hanging: Set<ServerResponse>,
  reasons: Readonly<Record<number, string | undefined>>
) => {
  switch (fault.kind) {
    case "status":
      return sendStatusFault(response, fault.status, reasons[fault.status])
    case "html":
      return sendLoginPage(response)
    case "reset":
      return request.socket.resetAndDestroy()
    case "malformedJson":
      return sendTruncatedJson(response)
    case "redirect":
      return sendRedirect(response, fault.location)
    case "hang":
      hanging.add(response)
      response.once("close", () => hanging.delete(response))
      return
    case "latency":
      return
  }
}

/** node:http is loaded here, when a simulator starts, not at the start of the MCP server that shares the bundle. */
export const makeServer = (world: World, faults: Faults): SimulatorServer => {
  const { createServer, STATUS_CODES } = nodeHttp()
  const timers = new Set<NodeJS.Timeout>()
  const hanging = new Set<ServerResponse>()

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      run()
    }, ms)
    timers.add(timer)
  }

  const respond = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const url = new URL(request.url ?? "/", "http://simulator")
    const resolution = resolve(request.method ?? "GET", url.pathname)
    const plan = faults.plan(operationOf(resolution))
    const run = () => {
      if (response.destroyed) return
      try {
        if (plan.fault === undefined) answer(world, request, response, resolution, url.search, body)
        else applyFault(plan.fault, request, response, hanging, STATUS_CODES)
      } catch (error) {
        sendText(response, 500, `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`, false)
      }
    }
    if (plan.delayMs > 0) later(plan.delayMs, run)
    else run()
  }

  const server = createServer((request, response) => {
    world.stats.requests++
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => respond(request, response, Buffer.concat(chunks).toString("utf8")))
  })
  server.keepAliveTimeout = 30_000

  return {
    server,
    close: () =>
      new Promise<void>((done) => {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        server.close(() => done())
        server.closeAllConnections()
        for (const response of hanging) response.destroy()
      })
  }
}
