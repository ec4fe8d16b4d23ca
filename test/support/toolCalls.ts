import type { Client } from "@modelcontextprotocol/client"
import { expect } from "vitest"
import type { OtrsSimulator, SimulatorStats } from "../../src/simulator/index.js"
import type { Harness } from "./mcpHarness.js"

/** Calling tools of a server under test, and what the calls did at the OTRS simulator. */

export interface ToolResult {
  readonly isError?: boolean
  readonly content: ReadonlyArray<{ readonly type: string; readonly text?: string }>
  readonly structuredContent?: Record<string, any>
}

/** The text parts of a tool result, from any client's result type. */
export const textOf = (result: { readonly content?: unknown }): string =>
  ((result.content ?? []) as ToolResult["content"]).map((part) => part.text ?? "").join("\n")

export const call = async (server: Harness<Client>, name: string, args: Record<string, unknown> = {}) =>
  (await server.client.callTool({ name, arguments: args })) as ToolResult

/** A successful call's structuredContent; fails the test with the tool's text when the call was an error. */
export const callOk = async (server: Harness<Client>, name: string, args: Record<string, unknown> = {}) => {
  const result = await call(server, name, args)
  expect(result.isError, textOf(result)).toBeFalsy()
  return result.structuredContent!
}

type Counter = Exclude<keyof SimulatorStats, "byOperation">

/**
 * How much the simulator's counters grew since `before`: `requests` counts every HTTP request, faulted ones
 * included; `byOperation` only the requests an operation answered.
 */
export const growth = (before: SimulatorStats, after: SimulatorStats) => {
  const counters = Object.fromEntries(
    (["requests", "sessionCreates", "ticketsCreated", "articlesCreated"] as const).map((key) => [key, after[key] - before[key]])
  ) as Record<Counter, number>
  const operations = new Set([...Object.keys(before.byOperation), ...Object.keys(after.byOperation)])
  const byOperation = Object.fromEntries(
    [...operations]
      .map((name) => [name, (after.byOperation[name] ?? 0) - (before.byOperation[name] ?? 0)] as const)
      .filter(([, count]) => count !== 0)
  )
  return { ...counters, byOperation }
}

export type Growth = ReturnType<typeof growth>

/** Runs `run` and tells what it did at the simulator. */
export const measured = async <A>(
  sim: OtrsSimulator,
  run: () => Promise<A>
): Promise<{ readonly result: A; readonly delta: Growth }> => {
  const before = sim.stats()
  const result = await run()
  return { result, delta: growth(before, sim.stats()) }
}
