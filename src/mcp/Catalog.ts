import type { Registry } from "./McpServer.js"
import type * as Resource from "./Resource.js"
import { toJsonSchema } from "./StandardSchema.js"
import type * as Tool from "./Tool.js"

/**
 * What tools/list, resources/list and the tool policy need of a registry: names, texts and JSON Schemas, as plain
 * data. The server answers from it while the registry's modules (handlers, Effect Schemas, the OTRS client) are not
 * loaded yet (McpServer.deferred); scripts/bundle.mjs writes it into the bundle (PrebuiltCatalog).
 */

export type JsonSchema = Readonly<Record<string, unknown>>

export interface ToolEntry {
  readonly name: string
  readonly title: string
  readonly description: string
  readonly annotations: Tool.Annotations
  readonly writes: boolean
  /** draft 2020-12, as StandardSchema.toJsonSchema converts the Schemas */
  readonly inputSchema: JsonSchema
  readonly outputSchema: JsonSchema
}

interface ResourceMetadata {
  readonly name: string
  readonly title: string
  readonly description: string
  readonly mimeType: Resource.MimeType
  readonly tool: string
}

export type ResourceEntry =
  | ResourceMetadata & { readonly _tag: "Fixed"; readonly uri: string }
  | ResourceMetadata & { readonly _tag: "Template"; readonly uriTemplate: string }

export interface Catalog {
  readonly tools: ReadonlyArray<ToolEntry>
  readonly resources: ReadonlyArray<ResourceEntry>
}

const toolEntry = (tool: Tool.Any<any>): ToolEntry => ({
  name: tool.name,
  title: tool.title,
  description: tool.description,
  annotations: tool.annotations,
  writes: tool.writes,
  inputSchema: toJsonSchema(tool.input),
  outputSchema: toJsonSchema(tool.output, { purpose: "output" })
})

const resourceEntry = (resource: Resource.Any<any>): ResourceEntry => {
  const { description, mimeType, name, title, tool } = resource
  return resource._tag === "Fixed"
    ? { _tag: "Fixed", name, title, description, mimeType, tool, uri: resource.uri }
    : { _tag: "Template", name, title, description, mimeType, tool, uriTemplate: resource.uriTemplate }
}

export const catalogOf = (registry: Registry<any>): Catalog => ({
  tools: registry.tools.map(toolEntry),
  resources: registry.resources.map(resourceEntry)
})
