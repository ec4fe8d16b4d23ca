import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import { describe as describeAst, describeIssues, formatPath } from "../../src/mcp/SchemaIssues.js"
import { decodeOptions } from "../../src/mcp/StandardSchema.js"

const issuesOf = <A, I>(schema: Schema.Schema<A, I>, value: unknown) =>
  Either.match(Schema.decodeUnknownEither(schema, decodeOptions)(value), {
    onLeft: (error) => describeIssues(error.issue),
    onRight: () => []
  })

describe("describe: the expected value in words", () => {
  it.each([
    [Schema.String, "a string"],
    [Schema.Boolean, "true or false"],
    [Schema.Int, "an integer"],
    [Schema.Int.pipe(Schema.between(1, 500)), "an integer from 1 to 500"],
    [Schema.Number.pipe(Schema.nonNegative()), "a number >= 0"],
    [Schema.String.pipe(Schema.maxLength(10)), "a string of at most 10 characters"],
    [Schema.String.pipe(Schema.pattern(/^\d+$/)), "a string matching /^\\d+$/"],
    [Schema.Array(Schema.String).pipe(Schema.minItems(1)), "an array of at least 1 item"],
    [Schema.Literal("open"), "\"open\""],
    [Schema.Union(Schema.String, Schema.Number), "a string or a number"],
    [Schema.NullOr(Schema.String), "a string or null"],
    [Schema.Number.pipe(Schema.filter((n) => n % 2 === 0, { title: "even" })), "a number even"]
  ])("%s", (schema, words) => {
    expect(describeAst(schema.ast)).toBe(words)
  })
})

describe("describeIssues", () => {
  it("says what it got, also when that is nested too deeply to show", () => {
    let deep: unknown = 1
    for (let level = 0; level < 100_000; level++) deep = { a: deep }
    expect(issuesOf(Schema.Struct({ title: Schema.String }), { title: deep })).toEqual([
      { path: ["title"], message: "expected a string, got a value nested too deeply to show" }
    ])
    expect(issuesOf(Schema.Struct({ id: Schema.Number }), { id: 10n })).toEqual([
      { path: ["id"], message: "expected a number, got 10" }
    ])
  })

  it("calls an empty list given for a non-empty one empty, once, also when a single value was the alternative", () => {
    const State = Schema.Literal("open", "closed")
    const schema = Schema.Struct({ state: Schema.optional(Schema.Union(State, Schema.NonEmptyArray(State))) })
    expect(issuesOf(schema, { state: [] })).toEqual([
      { path: ["state"], message: "expected at least one item, got []: leave the argument out instead" }
    ])
    expect(issuesOf(schema, { state: ["open", "bogus"] })).toEqual([
      { path: ["state", 1], message: "expected one of \"open\", \"closed\", got \"bogus\"" }
    ])
  })

  it("cuts what it got at a character, not inside one", () => {
    const [issue] = issuesOf(Schema.Struct({ n: Schema.Number }), { n: "🖨".repeat(100) })
    expect(issue!.message).toBe(`expected a number, got "${"🖨".repeat(39)}…`)
  })

  it("prefers a filter's own message", () => {
    const Even = Schema.Number.pipe(Schema.filter((n) => n % 2 === 0 || "must be even"))
    expect(issuesOf(Schema.Struct({ n: Even }), { n: 3 })).toEqual([{ path: ["n"], message: "must be even" }])
  })

  it("honours a message annotation", () => {
    const Id = Schema.Number.annotations({ message: () => "an id is a number, e.g. 42" })
    expect(issuesOf(Schema.Struct({ id: Id }), { id: "x" })).toEqual([
      { path: ["id"], message: "an id is a number, e.g. 42" }
    ])
  })

  it("looks inside the union member the value was meant to be", () => {
    const Note = Schema.Union(
      Schema.Struct({ kind: Schema.Literal("text"), body: Schema.String }),
      Schema.Struct({ kind: Schema.Literal("link"), url: Schema.String })
    )
    expect(issuesOf(Note, { kind: "link", url: 5 })).toEqual([{ path: ["url"], message: "expected a string, got 5" }])
  })

  it("says nothing when the value is an optional field left out", () => {
    expect(issuesOf(Schema.Struct({ n: Schema.optional(Schema.Int) }), {})).toEqual([])
  })
})

describe("formatPath", () => {
  it.each([
    [[], "(arguments)"],
    [["ticket_id"], "ticket_id"],
    [["articles", 0, "body"], "articles[0].body"],
    [["dynamic_fields", "Impact"], "dynamic_fields.Impact"]
  ])("%j", (path, text) => {
    expect(formatPath(path)).toBe(text)
  })
})

describe("describeIssues: a filter on a whole struct that blames one field", () => {
  it("gives that field's path and the filter's message", () => {
    const Update = Schema.Struct({ state: Schema.String, pending_until: Schema.optional(Schema.String) }).pipe(
      Schema.filter((input) =>
        !input.state.startsWith("pending") || input.pending_until !== undefined ||
        { path: ["pending_until"], message: "required with a pending state" }
      )
    )
    expect(issuesOf(Update, { state: "pending reminder" })).toEqual([
      { path: ["pending_until"], message: "required with a pending state" }
    ])
  })
})
