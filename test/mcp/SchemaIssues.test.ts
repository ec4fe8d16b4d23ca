import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import { describe as describeAst, describeFirstIssues, describeIssues, formatPath } from "../../src/mcp/SchemaIssues.js"
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
    expect(issuesOf(Note, { kind: "link", url: [5] })).toEqual([
      { path: ["url"], message: "expected a string, got [5]" }
    ])
  })

  it("shows a value of the wrong JSON type written in the type expected", () => {
    const schema = Schema.Struct({
      limit: Schema.optional(Schema.Int.pipe(Schema.between(1, 100))),
      full: Schema.Boolean,
      number: Schema.optional(Schema.String)
    })
    expect(issuesOf(schema, { limit: " 5", full: "TRUE", number: 2026112410000019 })).toEqual([
      { path: ["limit"], message: "expected an integer from 1 to 100, got \" 5\", in quotes: write 5, without quotes" },
      { path: ["full"], message: "expected true or false, got \"TRUE\", in quotes: write true, without quotes" },
      {
        path: ["number"],
        message: "expected a string, got 2026112410000019, a number: if you mean the text \"2026112410000019\", " +
          "write it in quotes"
      }
    ])
  })

  it("shows a long value of the wrong JSON type cut, as any other", () => {
    const [issue] = issuesOf(Schema.Struct({ n: Schema.Number }), { n: `${" ".repeat(10_000)}5` })
    expect(issue!.message).toMatch(/^expected a number, got " +…, in quotes: write 5, without quotes$/)
    expect(issue!.message.length).toBeLessThan(150)
  })

  it("explains a value of the wrong JSON type that is wrong in the type expected too", () => {
    const Id = Schema.Int.pipe(Schema.positive(), Schema.filter((id) => id < 1e10 || "that is a ticket number", { jsonSchema: {} }))
    expect(issuesOf(Schema.Struct({ id: Id, limit: Schema.Int.pipe(Schema.between(1, 100)) }), {
      id: "2026112410000019",
      limit: "500"
    })).toEqual([
      { path: ["id"], message: "that is a ticket number" },
      { path: ["limit"], message: "expected an integer from 1 to 100, got 500" }
    ])
    // text that is no number stays text
    expect(issuesOf(Schema.Struct({ id: Id }), { id: "#56" })).toEqual([
      { path: ["id"], message: "expected an integer > 0, got \"#56\"" }
    ])
  })

  it("names the one choice a value writes another way, or the start of", () => {
    const Order = Schema.Literal("asc", "desc")
    const StateType = Schema.Literal("pending", "pending reminder", "pending auto", "not_closed", "closed")
    const Input = Schema.Struct({
      order: Schema.optional(Order),
      state_type: Schema.optional(Schema.Union(StateType, Schema.NonEmptyArray(StateType)))
    })
    const messages = (value: unknown) => issuesOf(Input, value).map((issue) => issue.message)
    expect(messages({ order: "DESC" })).toEqual(["expected one of \"asc\", \"desc\", got \"DESC\": did you mean \"desc\"?"])
    expect(messages({ order: "descending" })[0]).toMatch(/did you mean "desc"\?$/)
    expect(messages({ state_type: ["Not Closed"] })[0]).toMatch(/got "Not Closed": did you mean "not_closed"\?$/)
    expect(messages({ state_type: "Pending-Reminder" })[0]).toMatch(/did you mean "pending reminder"\?$/)
    // the same choice, case aside, before a longer one it starts
    expect(messages({ state_type: "PENDING" })[0]).toMatch(/did you mean "pending"\?$/)
    // several choices start so, or the start is too short to tell
    expect(messages({ state_type: "pend" })[0]).toMatch(/got "pend"$/)
    expect(messages({ order: "de" })[0]).toMatch(/got "de"$/)
    // another word after a choice makes another thing: a state's name is no state type
    expect(messages({ state_type: "closed successful" })[0]).toMatch(/got "closed successful"$/)
    expect(messages({ order: 1 })[0]).toMatch(/got 1$/)
  })

  it("leaves a check that failed before an annotated one to say for itself", () => {
    const FileName = Schema.String.pipe(
      Schema.maxLength(5),
      Schema.pattern(/^[^/]+$/, { message: () => "expected a file name without a directory", jsonSchema: {} })
    )
    expect(issuesOf(Schema.Struct({ name: FileName }), { name: "abcdefgh" })).toEqual([
      { path: ["name"], message: "expected a string of at most 5 characters, got \"abcdefgh\"" }
    ])
    expect(issuesOf(Schema.Struct({ name: FileName }), { name: "a/b" })).toEqual([
      { path: ["name"], message: "expected a file name without a directory" }
    ])
  })

  it("says that an integer is too large to be taken", () => {
    expect(issuesOf(Schema.Struct({ id: Schema.Int.pipe(Schema.positive()) }), { id: 1e20 })).toEqual([{
      path: ["id"],
      message: "expected an integer > 0, got 100000000000000000000, beyond the integers read exactly (up to " +
        "±9007199254740991)"
    }])
  })

  it("shows a number JSON.parse read as Infinity as such, not as JSON's null", () => {
    expect(issuesOf(Schema.Struct({ id: Schema.Int.pipe(Schema.positive()) }), { id: Number.POSITIVE_INFINITY }))
      .toEqual([{ path: ["id"], message: expect.stringMatching(/got Infinity, a number beyond what JSON holds/) }])
  })

  it("says nothing when the value is an optional field left out", () => {
    expect(issuesOf(Schema.Struct({ n: Schema.optional(Schema.Int) }), {})).toEqual([])
  })
})

describe("describeFirstIssues", () => {
  const Search = Schema.Struct({
    queue: Schema.optional(Schema.Array(Schema.String)),
    limit: Schema.optional(Schema.Int)
  })
  const failureOf = (value: unknown) =>
    Either.match(Schema.decodeUnknownEither(Search, decodeOptions)(value), {
      onLeft: (error) => error.issue,
      onRight: () => expect.fail("decoded")
    })

  it("words the first issues as describeIssues does, in order, and counts the others", () => {
    const issue = failureOf({ queue: Array(5_000).fill(1), limit: "x" })
    const { issues, more } = describeFirstIssues(issue, 20)
    expect(issues).toEqual(describeIssues(issue).slice(0, 20))
    expect(issues.map((first) => formatPath(first.path))).toEqual(Array.from({ length: 20 }, (_, i) => `queue[${i}]`))
    expect(issues[0]!.message).toMatch(/^expected a string, got 1, a number/)
    expect(more).toBe(4_981)
  })

  it("words every issue when there are no more than asked for", () => {
    const issue = failureOf({ queue: ["a", 2], limit: "x" })
    expect(describeFirstIssues(issue, 2)).toEqual({ issues: describeIssues(issue), more: 0 })
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

describe("describeIssues: an unknown field", () => {
  const Attachment = Schema.Struct({ filename: Schema.String, content_base64: Schema.String })
  const Article = Schema.Struct({
    body: Schema.String,
    visible_to_customer: Schema.optional(Schema.Boolean),
    attachments: Schema.optional(Schema.Array(Attachment))
  })
  const Update = Schema.Struct({
    ticket_id: Schema.Int,
    state: Schema.optional(Schema.String),
    dynamic_fields: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    article: Schema.optional(Article)
  })

  it("names the field written another way", () => {
    expect(issuesOf(Update, { TicketID: 1, dynamicFields: {} })).toEqual([
      { path: ["TicketID"], message: "unknown field: did you mean \"ticket_id\"?" },
      { path: ["dynamicFields"], message: "unknown field: did you mean \"dynamic_fields\"?" },
      { path: ["ticket_id"], message: "missing: expected an integer" }
    ])
  })

  it("names the field a synonym stands for, among the fields the object takes", () => {
    expect(issuesOf(Update, { ticket_id: 1, status: "open", note: { body: "x" } })).toEqual([
      { path: ["status"], message: "unknown field: did you mean \"state\"?" },
      { path: ["note"], message: "unknown field: did you mean \"article\"?" }
    ])
    expect(issuesOf(Article, { message: "x" })).toEqual([
      { path: ["message"], message: "unknown field: did you mean \"body\"?" },
      { path: ["body"], message: "missing: expected a string" }
    ])
  })

  it("says that an internal note is visible_to_customer false", () => {
    expect(issuesOf(Article, { body: "x", internal: true })).toEqual([{
      path: ["internal"],
      message: "unknown field: did you mean \"visible_to_customer\" (its opposite: false for an internal note)?"
    }])
  })

  it("names the field spelt closely", () => {
    expect(issuesOf(Update, { ticket_id: 1, stat: "open", artcile: { body: "x" } })).toEqual([
      { path: ["stat"], message: "unknown field: did you mean \"state\"?" },
      { path: ["artcile"], message: "unknown field: did you mean \"article\"?" }
    ])
  })

  it("lists every field the object takes, in their order, when none is likely meant", () => {
    expect(issuesOf(Update, { ticket_id: 1, foo: 1 })).toEqual([
      { path: ["foo"], message: "unknown field; this object takes: ticket_id, state, dynamic_fields, article" }
    ])
  })

  it("suggests from the fields of the nested object the field is in", () => {
    const value = {
      ticket_id: 1,
      article: { body: "x", attachment: [], attachments: [{ filename: "a", content_base64: "QQ==", name: "a" }] }
    }
    expect(issuesOf(Update, value)).toEqual([
      { path: ["article", "attachment"], message: "unknown field: did you mean \"attachments\"?" },
      {
        path: ["article", "attachments", 0, "name"],
        message: "unknown field; this object takes: filename, content_base64"
      }
    ])
  })

  it("points a field of the nested object written beside it into it", () => {
    expect(issuesOf(Update, { ticket_id: 1, body: "x", text: "y", internal: true })).toEqual([
      { path: ["body"], message: "unknown field here: it goes inside \"article\", as {\"article\": {\"body\": ...}}" },
      {
        path: ["text"],
        message: "unknown field here: did you mean \"body\" inside \"article\", as {\"article\": {\"body\": ...}}?"
      },
      {
        path: ["internal"],
        message: "unknown field here: did you mean \"visible_to_customer\" (its opposite: false for an internal note) " +
          "inside \"article\", as {\"article\": {\"visible_to_customer\": ...}}?"
      }
    ])
  })

  it("prefers a field of the object itself to one of a nested object", () => {
    const WithTitle = Schema.Struct({ title: Schema.optional(Schema.String), article: Schema.optional(Article) })
    expect(issuesOf(WithTitle, { titel: "x" })).toEqual([
      { path: ["titel"], message: "unknown field: did you mean \"title\"?" }
    ])
  })

  it("takes the fields of an object wrapped around fields of the object itself out of it", () => {
    const Create = Schema.Struct({ title: Schema.String, body: Schema.String, subject: Schema.optional(Schema.String) })
    expect(issuesOf(Create, { title: "t", article: { body: "x", Subject: "s" } })).toEqual([
      {
        path: ["article"],
        message: "unknown field: this object takes \"body\", \"subject\" itself; write them beside the other fields, " +
          "not inside \"article\""
      },
      { path: ["body"], message: "missing: expected a string" }
    ])
    expect(issuesOf(Create, { title: "t", body: "x", extra: { foo: 1 } })).toEqual([
      { path: ["extra"], message: "unknown field; this object takes: title, body, subject" }
    ])
  })

  it("writes out the object a list of name/value pairs stands for", () => {
    const WithFields = Schema.Struct({
      dynamic_fields: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown }).pipe(Schema.filter(() => true)))
    })
    expect(issuesOf(WithFields, { dynamic_fields: [{ name: "Impact", value: "high" }, { Key: "Tags", Value: ["a"] }] })).toEqual([{
      path: ["dynamic_fields"],
      message: "expected an object of names and values, got a list of name/value pairs: write {\"Impact\":\"high\",\"Tags\":[\"a\"]}"
    }])
    // anything else in a list is no such pair
    const [other] = issuesOf(WithFields, { dynamic_fields: [{ name: "Impact" }] })
    expect(other?.message).toBe("expected an object, got [{\"name\":\"Impact\"}]")
  })

  it("leaves an untitled check out of what it says was expected", () => {
    const Filters = Schema.Struct({
      dynamic_fields: Schema.NonEmptyArray(Schema.String).annotations({ description: "All must hold." }).pipe(
        Schema.filter(() => true)
      )
    })
    expect(issuesOf(Filters, { dynamic_fields: "Impact=high" })).toEqual([
      { path: ["dynamic_fields"], message: "expected an array, got \"Impact=high\"" }
    ])
  })

  it("suggests through a filter on the whole struct", () => {
    const Get = Schema.Struct({
      ticket_id: Schema.optional(Schema.Int),
      ticket_number: Schema.optional(Schema.String)
    }).pipe(Schema.filter((input) => (input.ticket_id === undefined) !== (input.ticket_number === undefined)))
    expect(issuesOf(Get, { id: 56 })).toEqual([{ path: ["id"], message: "unknown field: did you mean \"ticket_id\"?" }])
    expect(issuesOf(Get, { tn: "1" })).toEqual([
      { path: ["tn"], message: "unknown field; this object takes: ticket_id, ticket_number" }
    ])
  })

  it("gives the plain advice where the object names no fields", () => {
    const Labels = Schema.Record({ key: Schema.String.pipe(Schema.pattern(/^[a-z]+$/)), value: Schema.String })
    expect(issuesOf(Labels, { ok: "x", "Not OK": "y" })).toEqual([
      { path: ["Not OK"], message: "unknown field: remove it or check its spelling" }
    ])
  })

  it("suggests in a union member the value was meant to be", () => {
    const Note = Schema.Union(
      Schema.Struct({ kind: Schema.Literal("text"), body: Schema.String }),
      Schema.Struct({ kind: Schema.Literal("link"), url: Schema.String })
    )
    expect(issuesOf(Note, { kind: "link", url: "x", URL: "x" })).toEqual([
      { path: ["URL"], message: "unknown field: did you mean \"url\"?" }
    ])
  })
})
