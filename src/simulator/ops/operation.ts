import type { Data } from "../engine/params.js"
import type { World } from "../engine/World.js"

interface ClientInfo {
  readonly remoteAddr: string
  readonly userAgent: string
}

interface OperationContext {
  readonly world: World
  /** the request's data as OTRS merges it: JSON body, query string and route parameters */
  readonly data: Data
  readonly client: ClientInfo
}

/** A GenericInterface operation: request data in, the JSON body of its HTTP 200 answer out. */
export type Operation = (context: OperationContext) => unknown
