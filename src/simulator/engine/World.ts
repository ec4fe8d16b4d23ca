import type { ConfigItem, Ticket } from "./model.js"
import { makeSessions, type Sessions } from "./sessions.js"

interface Counters {
  ticketId: number
  articleId: number
  ticketNumber: number
  configItemId: number
  configItemNumber: number
  versionId: number
}

export interface Stats {
  requests: number
  byOperation: Record<string, number>
  sessionCreates: number
  ticketsCreated: number
  articlesCreated: number
}

/** Everything the simulated OTRS knows; the operations read and change it in place. */
export interface World {
  /** milliseconds since the epoch; the seed replays the recordings on their own clock */
  clock: () => number
  readonly tickets: Map<number, Ticket>
  readonly ticketsByNumber: Map<string, Ticket>
  readonly configItems: Map<number, ConfigItem>
  /** the last id of each kind handed out */
  readonly counters: Counters
  readonly sessions: Sessions
  readonly stats: Stats
}

export const emptyStats = (): Stats => ({
  requests: 0,
  byOperation: {},
  sessionCreates: 0,
  ticketsCreated: 0,
  articlesCreated: 0
})

export const makeWorld = (sessionIdleSeconds: number): World => {
  const world: World = {
    clock: Date.now,
    tickets: new Map(),
    ticketsByNumber: new Map(),
    configItems: new Map(),
    counters: { ticketId: 0, articleId: 0, ticketNumber: 0, configItemId: 0, configItemNumber: 0, versionId: 0 },
    sessions: makeSessions(sessionIdleSeconds, () => world.clock()),
    stats: emptyStats()
  }
  return world
}

export const nowSeconds = (world: World): number => Math.floor(world.clock() / 1000)
