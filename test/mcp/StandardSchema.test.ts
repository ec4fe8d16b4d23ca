import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import * as StandardSchema from "../../src/mcp/StandardSchema.js"

const findKeys = (value: unknown, keys: ReadonlyArray<string>): Array<string> =>
  typeof value !== "object" || value === null
    ? []
    : Object.entries(value).flatMap(([key, inner]) => [...(keys.includes(key) ? [key] : []), ...findKeys(inner, keys)])

class Person extends Schema.Class<Person>("Person")({
  name: Schema.String.annotations({ description: "Full name." })
}) {}

const Priority = Schema.Literal("low", "high").annotations({ identifier: "Priority", description: "How urgent." })

const Input = Schema.Struct({
  ticket_id: Schema.Int.pipe(Schema.positive()).annotations({ description: "The ticket's id." }),
  owner: Person,
  watchers: Schema.optional(Schema.Array(Person)),
  priority: Priority,
  escalation: Priority,
  article: Schema.optional(Schema.Struct({
    subject: Schema.NonEmptyString.annotations({ description: "One line." }),
    attachments: Schema.Array(Schema.Struct({ filename: Schema.String })).pipe(Schema.maxItems(3))
  }))
}).annotations({ identifier: "Input" })

const jsonSchemaOf = (schema: Schema.Schema.AnyNoContext, target: "draft-2020-12" | "draft-07" = "draft-2020-12") =>
  StandardSchema.make(schema)["~standard"].jsonSchema.input({ target })

describe("StandardSchema.make: the JSON Schema side", () => {
  it("inlines nested, repeated and identified schemas: no $ref, no $defs, no $schema", () => {
    const jsonSchema = jsonSchemaOf(Input)
    expect(findKeys(jsonSchema, ["$ref", "$defs", "definitions", "$schema"])).toEqual([])
    expect(jsonSchema).toMatchObject({
      type: "object",
      required: ["ticket_id", "owner", "priority", "escalation"],
      additionalProperties: false,
      properties: {
        owner: { type: "object", properties: { name: { type: "string" } } },
        watchers: { type: "array", items: { type: "object", required: ["name"] } },
        escalation: { type: "string", enum: ["low", "high"] }
      }
    })
  })

  it("keeps the descriptions of fields, nested fields and refined fields", () => {
    expect(jsonSchemaOf(Input)).toMatchObject({
      properties: {
        ticket_id: { type: "integer", exclusiveMinimum: 0, description: "The ticket's id." },
        owner: { properties: { name: { description: "Full name." } } },
        priority: { description: "How urgent." },
        article: { properties: { subject: { minLength: 1, description: "One line." } } }
      }
    })
  })

  it("describes the encoded side, which is what travels as JSON", () => {
    const jsonSchema = jsonSchemaOf(Schema.Struct({ at: Schema.Date, count: Schema.NumberFromString }))
    expect(jsonSchema).toMatchObject({ properties: { at: { type: "string" }, count: { type: "string" } } })
  })

  it("keeps $defs for a recursive schema, the one case inlining cannot handle", () => {
    interface Category {
      readonly name: string
      readonly children: ReadonlyArray<Category>
    }
    const Category: Schema.Schema<Category> = Schema.Struct({
      name: Schema.String,
      children: Schema.Array(Schema.suspend((): Schema.Schema<Category> => Category))
    }).annotations({ identifier: "Category" })
    const jsonSchema = jsonSchemaOf(Schema.Struct({ root: Category }))
    expect(jsonSchema["$defs"]).toHaveProperty("Category")
    expect(findKeys(jsonSchema["properties"], ["$ref"])).toEqual(["$ref"])
  })

  it("gives the same object for every conversion, and supports draft-07 on request", () => {
    const converter = StandardSchema.make(Input)["~standard"].jsonSchema
    expect(converter.input({ target: "draft-2020-12" })).toBe(converter.output({ target: "draft-2020-12" }))
    expect(findKeys(converter.input({ target: "draft-07" }), ["$ref"])).toEqual([])
    expect(() => converter.input({ target: "openapi-3.0" })).toThrow(/not supported/)
  })
})

describe("StandardSchema.make: validation", () => {
  const validate = (value: unknown) => {
    const result = StandardSchema.make(Input)["~standard"].validate(value)
    if (result instanceof Promise) throw new Error("validation must be synchronous")
    return result
  }

  it("gives the decoded value", () => {
    const result = validate({
      ticket_id: 3,
      owner: { name: "Ann" },
      priority: "low",
      escalation: "high"
    })
    expect(result).toEqual({
      value: { ticket_id: 3, owner: new Person({ name: "Ann" }), priority: "low", escalation: "high" }
    })
  })

  it("gives every issue with its path and what was expected", () => {
    const result = validate({
      ticket_id: 0,
      owner: {},
      watchers: [{ name: "x" }, { name: 5 }],
      priority: "urgent",
      article: { subject: "", attachments: ["a", "b", "c", "d", "e"].map((filename) => ({ filename })) },
      extra: 1
    })
    expect(result.issues).toEqual([
      {
        path: ["extra"],
        message: "unknown field; this object takes: ticket_id, owner, watchers, priority, escalation, article"
      },
      { path: ["ticket_id"], message: "expected an integer > 0, got 0" },
      { path: ["owner", "name"], message: "missing: expected a string" },
      {
        path: ["watchers", 1, "name"],
        message: "expected a string, got 5, a number: if you mean the text \"5\", write it in quotes"
      },
      { path: ["priority"], message: "expected one of \"low\", \"high\", got \"urgent\"" },
      { path: ["escalation"], message: "missing: expected one of \"low\", \"high\"" },
      { path: ["article", "subject"], message: "expected a string of at least 1 character, got \"\"" },
      {
        path: ["article", "attachments"],
        message: "expected an array of at most 3 items, got " +
          "[{\"filename\":\"a\"},{\"filename\":\"b\"},{\"filename\":\"c\"},{\"filename\":\"d\"},{\"filename\"…"
      }
    ])
  })

  it("says so when the value is not an object at all", () => {
    expect(validate("ticket 5").issues).toEqual([{ path: [], message: "expected an object, got \"ticket 5\"" }])
  })
})

describe("StandardSchema.prebuilt", () => {
  it("advertises the JSON Schema but lets every value through, for the bridge to decode", () => {
    const prebuilt = StandardSchema.prebuilt(StandardSchema.toJsonSchema(Input))["~standard"]
    expect(prebuilt.validate({ nonsense: true })).toEqual({ value: { nonsense: true } })
    expect(prebuilt.jsonSchema.input({ target: "draft-2020-12" })).toEqual(jsonSchemaOf(Input))
    expect(() => prebuilt.jsonSchema.input({ target: "draft-07" })).toThrow(/draft-07 is not supported/)
  })
})

describe("StandardSchema: what every tools/list answer pays for", () => {
  const Search = Schema.Struct({
    limit: Schema.optional(Schema.Int.pipe(Schema.between(1, 100)).annotations({ description: "Default 20." })),
    offset: Schema.optional(Schema.Int.pipe(Schema.nonNegative())),
    since: Schema.String.pipe(Schema.pattern(/^\d{4}$/))
  })

  it("leaves out the titles and restated constraints of Effect's refinements, keeps written descriptions", () => {
    const jsonSchema = jsonSchemaOf(Search)
    expect(findKeys(jsonSchema, ["title"])).toEqual([])
    expect(jsonSchema).toEqual({
      type: "object",
      required: ["since"],
      properties: {
        limit: { type: "integer", description: "Default 20.", minimum: 1, maximum: 100 },
        offset: { type: "integer", minimum: 0 },
        since: { type: "string", pattern: "^\\d{4}$" }
      },
      additionalProperties: false
    })
  })

  it("gives an output schema the shape only: no descriptions, required lists or closed objects", () => {
    const output = StandardSchema.make(Input, "output")["~standard"].jsonSchema.output({ target: "draft-2020-12" })
    expect(findKeys(output, ["description", "required", "title"])).toEqual([])
    expect(JSON.stringify(output)).not.toContain("\"additionalProperties\":false")
    expect(output).toMatchObject({ type: "object", properties: { ticket_id: { type: "integer" } } })
  })
})

