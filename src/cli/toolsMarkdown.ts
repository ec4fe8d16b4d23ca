import type { Catalog, JsonSchema, ResourceEntry, ToolEntry } from "../mcp/Catalog.js"

/** The README's reference of every tool and resource, generated from their catalog (`otrs-mcp tools --markdown`). */

interface Parameter {
  readonly name: string
  readonly type: string
  readonly required: boolean
  readonly description: string
}

const asSchema = (value: unknown): JsonSchema => (typeof value === "object" && value !== null ? value : {}) as JsonSchema

/** Descriptions are plain text: "VPN*" must not start emphasis, nor <dana@example.com> become a link. */
const plain = (text: string) => text.replace(/[\\*<]/g, (character) => `\\${character}`)

const cell = (text: string) => text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|")

const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [header, header.map(() => "---"), ...rows].map((row) => `| ${row.map(cell).join(" | ")} |`).join("\n")

const arrayOf = (type: string) => (/^\w+$/.test(type) ? `${type}[]` : `(${type})[]`)

/** The value a client sends, in TypeScript-like notation: `string`, `"a" | "b"`, `integer[]`. */
const typeOf = (schema: JsonSchema): string => {
  if (Array.isArray(schema["enum"])) return schema["enum"].map((value) => JSON.stringify(value)).join(" | ")
  if ("const" in schema) return JSON.stringify(schema["const"])
  if (typeof schema["$ref"] === "string") return schema["$ref"].split("/").pop()!
  if (Array.isArray(schema["anyOf"])) {
    const members = schema["anyOf"].map((member) => typeOf(asSchema(member)))
    // one value or an array of them, as queue: "Raw" or ["Raw", "Misc"]
    if (members.length === 2 && members[1] === arrayOf(members[0]!) && members[0]!.includes(" | ")) {
      return `${members[0]}, or an array of them`
    }
    return [...new Set(members)].join(" or ")
  }
  if (Array.isArray(schema["type"])) return schema["type"].map((type) => typeOf({ ...schema, type })).join(" or ")
  switch (schema["type"]) {
    case "array":
      return arrayOf(typeOf(asSchema(schema["items"])))
    case "object": {
      const values = schema["additionalProperties"]
      return typeof values === "object" && values !== null && schema["properties"] === undefined
        ? `object of ${typeOf(asSchema(values))}`
        : "object"
    }
    case undefined:
      return "any"
    default:
      return String(schema["type"])
  }
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`

/**
 * The limits the JSON Schema sets, in words: "1 to 100", "at most 255 characters". A minimum length or count of 1
 * only says "not empty", which the description or the type already tells.
 */
const limitsOf = (schema: JsonSchema): ReadonlyArray<string> => {
  const number = (keyword: string) => typeof schema[keyword] === "number" ? schema[keyword] : undefined
  const range = (min: number | undefined, max: number | undefined, noun?: string) => {
    const unit = (n: number) => noun === undefined ? String(n) : count(n, noun)
    if (min !== undefined && max !== undefined) return [`${min} to ${unit(max)}`]
    if (min !== undefined) return [`at least ${unit(min)}`]
    return max === undefined ? [] : [`at most ${unit(max)}`]
  }
  const atLeastTwo = (n: number | undefined) => n !== undefined && n > 1 ? n : undefined
  const above = number("exclusiveMinimum")
  // an integer above 0 is at least 1
  const minimum = above !== undefined && schema["type"] === "integer" ? above + 1 : number("minimum")
  return [
    ...(above !== undefined && minimum === undefined ? [`above ${above}`] : []),
    ...range(minimum, number("maximum")),
    ...range(atLeastTwo(number("minLength")), number("maxLength"), "character"),
    ...range(atLeastTwo(number("minItems")), number("maxItems"), "item")
  ]
}

/** The type, with its limits: `integer, 1 to 100`. */
const typeWithLimits = (schema: JsonSchema): string => [typeOf(schema), ...limitsOf(schema)].join(", ")

/** The parameters of an object schema; those of nested objects follow their parent as `article.body`. */
const parameters = (schema: JsonSchema, prefix = ""): ReadonlyArray<Parameter> => {
  const required = new Set(Array.isArray(schema["required"]) ? schema["required"] : [])
  return Object.entries(asSchema(schema["properties"])).flatMap(([name, value]) => {
    const property = asSchema(value)
    const parameter: Parameter = {
      name: `${prefix}${name}`,
      type: typeWithLimits(property),
      required: required.has(name),
      description: typeof property["description"] === "string" ? property["description"] : ""
    }
    const items = asSchema(property["items"])
    const nested = property["properties"] !== undefined
      ? parameters(property, `${parameter.name}.`)
      : items["properties"] !== undefined
      ? parameters(items, `${parameter.name}[].`)
      : []
    return [parameter, ...nested]
  })
}

const effect = (tool: ToolEntry) =>
  tool.writes ? "Writes to OTRS; hidden when `OTRS_READ_ONLY=true`." : "Read-only."

const toolSection = (tool: ToolEntry): string => {
  const rows = parameters(tool.inputSchema).map((parameter) => [
    `\`${parameter.name}\``,
    parameter.type,
    parameter.required ? "yes" : "no",
    plain(parameter.description)
  ])
  return [
    `### \`${tool.name}\`: ${plain(tool.title)}`,
    `${effect(tool)} ${plain(tool.description)}`,
    rows.length === 0 ? "No parameters." : table(["Parameter", "Type", "Required", "Description"], rows)
  ].join("\n\n")
}

const address = (resource: ResourceEntry) => resource._tag === "Fixed" ? resource.uri : resource.uriTemplate

export const toolsMarkdown = (catalog: Catalog): string =>
  [
    table(
      ["Tool", "What it does", "Changes OTRS"],
      catalog.tools.map((tool) => [`\`${tool.name}\``, plain(tool.title), tool.writes ? "yes" : "no"])
    ),
    ...catalog.tools.map(toolSection),
    "### Resources",
    table(
      ["URI", "Title", "Description", "Offered with"],
      catalog.resources.map((resource) => [
        `\`${address(resource)}\``,
        plain(resource.title),
        plain(resource.description),
        `\`${resource.tool}\``
      ])
    )
  ].join("\n\n") + "\n"
