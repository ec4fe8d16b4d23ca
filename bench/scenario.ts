import type { OtrsSimulator } from "../src/simulator/index.js"
import { spawnServer, type StdioServer } from "./stdioServer.js"

/** What every benchmark gets, and the shape of what it reports. */

export interface BenchContext {
  readonly sim: OtrsSimulator
  /** dist/otrs-mcp.js */
  readonly oursEntry: string
  /** the bundled bench/bareServer.ts */
  readonly bareEntry: string
  /** fewer repetitions, for trying the bench out; the figures are then rough */
  readonly quick: boolean
}

/** One line of the printed table. */
export interface Row {
  readonly metric: string
  readonly ours: string
  readonly baseline: string
  readonly comparison: string
  readonly target: string
  /** undefined: reported only, no target */
  readonly met: boolean | undefined
}

export interface Section {
  readonly rows: ReadonlyArray<Row>
  /** the raw figures, for bench/results/latest.json */
  readonly data: Record<string, unknown>
}

export const agentEnv = (sim: OtrsSimulator): Record<string, string> => ({
  OTRS_BASE_URL: sim.webServiceUrl(),
  OTRS_USERNAME: "agent1",
  OTRS_PASSWORD: "agent1pass",
  OTRS_DEFAULT_CUSTOMER_USER: "customer1"
})

/** A started and initialized server, closed when `use` settles. */
export const withServer = async <A>(
  entry: string,
  env: Record<string, string>,
  use: (server: StdioServer) => Promise<A>
): Promise<A> => {
  const server = spawnServer(entry, env)
  try {
    await server.initialize()
    return await use(server)
  } finally {
    await server.close()
  }
}

/** Fails loudly: a benchmark of calls that went wrong would measure error paths. */
export const expectSuccess = async <T extends { readonly isError: boolean; readonly text: string }>(
  call: Promise<T>
): Promise<T> => {
  const answer = await call
  if (answer.isError) throw new Error(`a benchmark call failed: ${answer.text}`)
  return answer
}
