import type { OtrsSimulator } from "../../src/simulator/index.js"
import { type Received, send } from "../contract/send.js"

export const agent1 = { UserLogin: "agent1", Password: "agent1pass" } as const
export const agent2 = { UserLogin: "agent2", Password: "agent2pass" } as const
export const customer1 = { CustomerUserLogin: "customer1", Password: "customer1pass" } as const

export interface Call {
  readonly method?: string
  readonly query?: Readonly<Record<string, string | number | ReadonlyArray<string | number>>>
  /** an object is sent as JSON, a string as it is */
  readonly body?: unknown
  readonly webService?: string
}

export interface Answer extends Received {
  /** the parsed JSON body (undefined when it is none) */
  readonly json: any
}

/** One request to a route of a web service (OtrsMcp by default), on a fresh connection. */
export const call = async (simulator: OtrsSimulator, route: string, options: Call = {}): Promise<Answer> => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(options.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item))
  }
  const search = params.toString()
  const url = new URL(`${simulator.webServiceUrl(options.webService)}${route}${search === "" ? "" : `?${search}`}`)
  const body = options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body)
  const received = await send(simulator.url, {
    method: options.method ?? "GET",
    path: url.pathname + url.search,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body,
    substitutions: []
  })
  let json: unknown
  try {
    json = JSON.parse(received.text)
  } catch {
    json = undefined
  }
  return { ...received, json }
}

export const login = async (simulator: OtrsSimulator, credentials: Record<string, string> = agent1): Promise<string> => {
  const answer = await call(simulator, "/Session", { method: "POST", body: credentials })
  return answer.json.SessionID as string
}

export const getTicket = (simulator: OtrsSimulator, id: number | string, query: Call["query"] = {}, credentials: Record<string, string> = agent1) =>
  call(simulator, `/Ticket/${id}`, { query: { ...credentials, ...query } })
