import type { Client } from "@modelcontextprotocol/client"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { OtrsSimulator } from "../../src/simulator/index.js"
import { tools } from "../../src/tools/index.js"
import { call, expectServing, serverPerFile, textOf } from "../faults/support.js"
import type { Harness } from "../support/mcpHarness.js"
import { mustBeRefused, mutation, textNamesField } from "./arguments.js"

/**
 * Bad arguments through the built server (fewer runs than the unit properties): every one gets an isError result
 * naming the field, nothing reaches OTRS, and the server keeps serving.
 */

const RUNS_PER_TOOL = 30

/**
 * An unknown field named `__proto__` never reaches otrs-mcp: the MCP SDK rebuilds `arguments` while parsing the
 * request and drops that key (the call then runs without it), so it cannot be refused here; the unit properties
 * check that the Schema itself refuses it.
 */
const droppedBySdk = (broken: { readonly field: string }) => broken.field !== "__proto__"


let sim: OtrsSimulator
let server: Harness<Client>

serverPerFile({}, (started) => ({ sim, server } = started))

describe.each(tools.map((tool) => [tool.name, tool] as const))("%s through the server", (name, tool) => {
  it("refuses bad arguments naming the field, without a request to OTRS", async () => {
    await fc.assert(
      fc.asyncProperty(mutation(tool).filter(mustBeRefused).filter(droppedBySdk), async (broken) => {
        const before = sim.stats().requests
        const result = await call(server, name, broken.args)
        const text = textOf(result)
        expect(result.isError, text).toBe(true)
        expect(textNamesField(text, broken.field), `${broken.kind} ${broken.field}: ${text.slice(0, 300)}`).toBe(true)
        expect(sim.stats().requests).toBe(before)
      }),
      { numRuns: RUNS_PER_TOOL }
    )
    await expectServing(server)
  })
})
