import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { toolsMarkdown } from "../../src/cli/toolsMarkdown.js"
import { catalogOf } from "../../src/mcp/Catalog.js"
import * as Resource from "../../src/mcp/Resource.js"
import * as Tool from "../../src/mcp/Tool.js"

const annotations = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true }

const noteTool = Tool.make({
  name: "add_note",
  title: "Add a note",
  description: "Adds a note.",
  input: Schema.Struct({
    ticket_id: Schema.Int.annotations({ description: "The ticket, as in \"VPN*\" from <agent@example.com>." }),
    channel: Schema.optional(Schema.Literal("Email", "Phone")),
    queue: Schema.optional(Schema.Union(Schema.String, Schema.Array(Schema.String))),
    note: Schema.optional(Schema.Struct({
      body: Schema.String.annotations({ description: "Text,\nmore text." }),
      files: Schema.optional(Schema.Array(Schema.Struct({ name: Schema.String })))
    })),
    fields: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String }))
  }),
  output: Schema.Struct({}),
  annotations,
  writes: true,
  handler: () => Effect.succeed({}),
  render: () => ""
})

const pingTool = Tool.make({
  name: "ping",
  title: "Ping",
  description: "Answers.",
  input: Schema.Struct({}),
  output: Schema.Struct({}),
  annotations: { ...annotations, readOnlyHint: true },
  writes: false,
  handler: () => Effect.succeed({}),
  render: () => ""
})

const noteResource = Resource.make({
  name: "note",
  uriTemplate: "test://note/{id}",
  title: "Note",
  description: "A note.",
  tool: "add_note",
  params: Schema.Struct({ id: Schema.String }),
  handler: () => Effect.succeed({})
})

describe("toolsMarkdown", () => {
  const markdown = toolsMarkdown(catalogOf({ tools: [noteTool, pingTool], resources: [noteResource] }))

  it("starts with an overview of every tool", () => {
    expect(markdown.startsWith([
      "| Tool | What it does | Changes OTRS |",
      "| --- | --- | --- |",
      "| `add_note` | Add a note | yes |",
      "| `ping` | Ping | no |"
    ].join("\n"))).toBe(true)
  })

  it("documents each tool with a parameter table from its input schema, descriptions as plain text", () => {
    expect(markdown).toContain([
      "### `add_note`: Add a note",
      "",
      "Writes to OTRS; hidden when `OTRS_READ_ONLY=true`. Adds a note.",
      "",
      "| Parameter | Type | Required | Description |",
      "| --- | --- | --- | --- |",
      "| `ticket_id` | integer | yes | The ticket, as in \"VPN\\*\" from \\<agent@example.com>. |",
      "| `channel` | \"Email\" \\| \"Phone\" | no |  |",
      "| `queue` | string or string[] | no |  |",
      "| `note` | object | no |  |",
      "| `note.body` | string | yes | Text, more text. |",
      "| `note.files` | object[] | no |  |",
      "| `note.files[].name` | string | yes |  |",
      "| `fields` | object of string | no |  |"
    ].join("\n"))
  })

  it("gives each parameter's limits with its type", () => {
    const limited = Tool.make({
      ...pingTool,
      input: Schema.Struct({
        id: Schema.Int.pipe(Schema.positive()),
        limit: Schema.Int.pipe(Schema.between(1, 100)),
        offset: Schema.Int.pipe(Schema.nonNegative()),
        title: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(255)),
        files: Schema.Array(Schema.String).pipe(Schema.maxItems(10))
      })
    })
    expect(toolsMarkdown(catalogOf({ tools: [limited], resources: [] }))).toContain([
      "| `id` | integer, at least 1 | yes |  |",
      "| `limit` | integer, 1 to 100 | yes |  |",
      "| `offset` | integer, at least 0 | yes |  |",
      "| `title` | string, at most 255 characters | yes |  |",
      "| `files` | string[], at most 10 items | yes |  |"
    ].join("\n"))
  })

  it("says when a tool takes no parameters", () => {
    expect(markdown).toContain("### `ping`: Ping\n\nRead-only. Answers.\n\nNo parameters.")
  })

  it("ends with the resources and the tool each belongs to", () => {
    expect(markdown.endsWith([
      "### Resources",
      "",
      "| URI | Title | Description | Offered with |",
      "| --- | --- | --- | --- |",
      "| `test://note/{id}` | Note | A note. | `add_note` |",
      ""
    ].join("\n"))).toBe(true)
  })
})
