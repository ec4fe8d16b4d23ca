import type { StandardSchemaWithJSON } from "@modelcontextprotocol/server"
import { Either, JSONSchema, Schema, type SchemaAST } from "effect"
import { describeIssues } from "./SchemaIssues.js"

/**
 * Effect Schemas in the shape the MCP SDK's `registerTool` takes (Standard Schema + Standard JSON Schema).
 *
 * Both JSON Schema directions describe the JSON on the wire, i.e. the Schema's Encoded side: tool outputs are
 * encoded before they reach the SDK, so `structuredContent` is Encoded too. The schema is inline (no `$ref`),
 * draft 2020-12 without a `$schema` keyword (MCP's default dialect); only a recursive schema keeps `$defs`.
 *
 * Effect's JSON Schema drops the annotations of a refinement of a transformation (e.g. `Schema.Date`): describe
 * such a field on its property signature, `Schema.propertySignature(Schema.Date).annotations({ description })`.
 */

/** Every problem at once, and an unknown field is an error, as the JSON Schema's `additionalProperties: false` says. */
export const decodeOptions: SchemaAST.ParseOptions = { errors: "all", onExcessProperty: "error" }

type Target = "draft-2020-12" | "draft-07"

const effectTarget = { "draft-2020-12": "jsonSchema2020-12", "draft-07": "jsonSchema7" } as const

/**
 * An output schema keeps only the shape (properties and their types): clients check results against it, models
 * do not read it (what a field means is in the tool's description and in the result itself), and every
 * tools/list answer carries it.
 */
export type Purpose = "input" | "output"

interface JsonSchemaOptions {
  readonly target?: Target
  readonly purpose?: Purpose
}

export const toJsonSchema = (
  schema: Schema.Schema.AnyNoContext,
  { purpose = "input", target = "draft-2020-12" }: JsonSchemaOptions = {}
): Record<string, unknown> => {
  const definitions: Record<string, JSONSchema.JsonSchema7> = {}
  const jsonSchema: Record<string, unknown> = {
    ...JSONSchema.fromAST(schema.ast, {
      definitions,
      target: effectTarget[target],
      topLevelReferenceStrategy: "skip"
    })
  }
  if (Object.keys(definitions).length > 0) jsonSchema["$defs"] = definitions
  return compact(jsonSchema, purpose) as Record<string, unknown>
}

/**
 * Effect's built-in refinements annotate themselves with a `title` ("between(1, 100)") and a description ("a
 * positive number") that only restate the keywords beside them. Every tools/list answer pays for those bytes, so
 * they go, as do empty `required` and `properties` lists; descriptions written for a field stay.
 */
const isRestatedConstraint = (description: unknown): boolean =>
  typeof description === "string" && /^an? [a-z]/.test(description)

const schemaMaps = new Set(["properties", "$defs", "patternProperties"])

const isLeftOut = (name: string, value: unknown, purpose: Purpose): boolean => {
  switch (name) {
    case "title":
      return true
    case "description":
      return purpose === "output" || isRestatedConstraint(value)
    case "additionalProperties":
      return purpose === "output" && value === false
    case "required":
      return purpose === "output" || (value as ReadonlyArray<string>).length === 0
    case "properties":
      return Object.keys(value as object).length === 0
    default:
      return false
  }
}

const compact = (node: unknown, purpose: Purpose, key?: string): unknown => {
  if (Array.isArray(node)) return node.map((item) => compact(item, purpose))
  if (typeof node !== "object" || node === null) return node
  const entries = Object.entries(node).flatMap(([name, value]): Array<[string, unknown]> => {
    if (key !== undefined && schemaMaps.has(key)) return [[name, compact(value, purpose)]]
    return isLeftOut(name, value, purpose) ? [] : [[name, compact(value, purpose, name)]]
  })
  return Object.fromEntries(entries)
}

/** The converter side; conversions are computed once per target (the SDK converts on every `tools/list`). */
const jsonSchemaConverter = (schema: Schema.Schema.AnyNoContext, purpose: Purpose) => {
  const cache = new Map<Target, Record<string, unknown>>()
  const convert = (options: { readonly target: string }) => {
    const target = supported(options.target)
    let converted = cache.get(target)
    if (converted === undefined) {
      converted = toJsonSchema(schema, { target, purpose })
      cache.set(target, converted)
    }
    return converted
  }
  return { input: convert, output: convert }
}

const supported = (target: string): Target => {
  if (target !== "draft-2020-12" && target !== "draft-07") {
    throw new Error(`JSON Schema target ${target} is not supported (draft-2020-12, draft-07)`)
  }
  return target
}

/** Validates by decoding; issues name the field path and what was expected (see SchemaIssues). */
export const make = <A, I>(
  schema: Schema.Schema<A, I>,
  purpose: Purpose = "input"
): StandardSchemaWithJSON<I, A> => {
  const decode = Schema.decodeUnknownEither(schema, decodeOptions)
  return {
    "~standard": {
      version: 1,
      vendor: "effect",
      validate: (value) =>
        Either.match(decode(value), {
          onLeft: (error) => ({ issues: describeIssues(error.issue) }),
          onRight: (decoded) => ({ value: decoded })
        }),
      jsonSchema: jsonSchemaConverter(schema, purpose)
    }
  }
}

/**
 * A JSON Schema as a Standard Schema whose validation lets every value through, where the bridge checks with the
 * Effect Schema it was converted from itself. Tool inputs: SDK v2 validates arguments with `~standard.validate`
 * before calling the handler and, when that fails, answers an isError result of its own: "Input validation error:
 * Invalid arguments for tool X: <issues joined by commas>", with no advice; letting everything through hands the
 * arguments to the bridge, which decodes them and answers one line per field plus what to do next
 * (ToolResult.invalidArguments). Tool outputs: the bridge has just encoded the result with the output Schema, which
 * checked it; checking it again would cost every call. `jsonSchema` is the draft 2020-12 conversion (toJsonSchema, by
 * way of the Catalog), the one target the SDK asks for.
 */
export const prebuilt = (jsonSchema: Record<string, unknown>): StandardSchemaWithJSON<unknown, unknown> => {
  const convert = (options: { readonly target: string }) => {
    if (options.target !== "draft-2020-12") {
      throw new Error(`JSON Schema target ${options.target} is not supported (draft-2020-12 only, as converted)`)
    }
    return jsonSchema
  }
  return {
    "~standard": {
      version: 1,
      vendor: "effect",
      validate: (value) => ({ value }),
      jsonSchema: { input: convert, output: convert }
    }
  }
}
