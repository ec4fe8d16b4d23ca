import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { formatPath } from "../../src/mcp/SchemaIssues.js"
import { decodeOptions } from "../../src/mcp/StandardSchema.js"
import { tools } from "../../src/tools/index.js"
import { decodeArguments, hostileValue, mustBeRefused, mutation, namesField, validArguments } from "./arguments.js"

/**
 * Every tool's input Schema against random and adversarial arguments, at unit level (many runs): decoding never
 * throws, every refusal explains itself field by field, and the explanation names the field that is wrong.
 */

/** Values no JSON-RPC message can carry, too: decoding must still answer rather than throw. */
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true
})

const MAX_MESSAGE_LENGTH = 1_000


describe.each(tools.map((tool) => [tool.name, tool] as const))("%s arguments", (_, tool) => {
  it("accepts the valid base arguments the other properties break", () => {
    expect(decodeArguments(tool, validArguments[tool.name])).toEqual({ valid: true })
  })

  it("decodes any value without throwing", () => {
    const decode = Schema.decodeUnknownEither(tool.input, decodeOptions)
    fc.assert(fc.property(anyValue, (value) => {
      decode(value)
    }), { numRuns: 500 })
  })

  it("explains every refusal of a JSON value with issues that have a path and a message", () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, mutation(tool).map((broken) => broken.args)), (value) => {
        const decoded = decodeArguments(tool, value)
        if (decoded.valid) return
        expect(decoded.issues.length).toBeGreaterThan(0)
        for (const issue of decoded.issues) {
          expect(typeof formatPath(issue.path)).toBe("string")
          expect(issue.message.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 500 }
    )
  })

  it("refuses a bad value, an unknown field or a missing required field, naming that field", () => {
    fc.assert(
      fc.property(mutation(tool), (broken) => {
        const decoded = decodeArguments(tool, broken.args)
        if (mustBeRefused(broken)) {
          expect(decoded.valid, `${broken.kind} ${broken.field}`).toBe(false)
        }
        // a removed or valid value may break a rule about several fields: that refusal must name the field too,
        // except when another field's rule is what failed (e.g. a pending state now needs pending_until)
        if (!decoded.valid && (mustBeRefused(broken) || broken.kind === "remove")) {
          expect(namesField(decoded.issues, broken.field), JSON.stringify(decoded.issues).slice(0, 500)).toBe(true)
        }
      }),
      { numRuns: 1_000 }
    )
  })

  it("keeps every issue short, however large the input", () => {
    fc.assert(
      fc.property(mutation(tool), (broken) => {
        const decoded = decodeArguments(tool, broken.args)
        if (decoded.valid) return
        for (const issue of decoded.issues) expect(issue.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
      }),
      { numRuns: 300 }
    )
  })
})

it("describes the refusal of a value JSON cannot carry without throwing", () => {
  const getTicket = tools.find((tool) => tool.name === "get_ticket")!
  expect(() => decodeArguments(getTicket, [0n, Object.create(null)])).not.toThrow()
})

it("keeps the issue short for a huge dynamic field name", () => {
  const createTicket = tools.find((tool) => tool.name === "create_ticket")!
  const decoded = decodeArguments(createTicket, { title: "t", body: "b", dynamic_fields: { [`${"x".repeat(100_000)}-`]: "v" } })
  expect(decoded.valid).toBe(false)
  if (!decoded.valid) for (const issue of decoded.issues) expect(issue.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
})
