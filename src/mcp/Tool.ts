import type { Effect, Schema } from "effect"

/** What a handler may fail with: a tagged error whose `message` tells the agent what went wrong and what to do. */
export interface Failure {
  readonly _tag: string
  readonly message: string
}

/** The hints MCP clients show to users and use to decide whether to ask before calling. */
export interface Annotations {
  readonly readOnlyHint: boolean
  readonly destructiveHint: boolean
  readonly idempotentHint: boolean
  readonly openWorldHint: boolean
}

/** `structuredContent` must be a JSON object, so an output Schema's Encoded side must be one. */
type StructuredContent = { readonly [key: string]: unknown }

/**
 * A tool as data. The bridge decodes the arguments with `input`, runs `handler`, encodes its result with `output`
 * (the `structuredContent`) and adds `render(output)` as the one text content.
 */
export interface Tool<I, II, O, OI extends StructuredContent, E extends Failure, R> {
  /** snake_case, unique; what OTRS_TOOLS_ALLOW / OTRS_TOOLS_DENY name. */
  readonly name: string
  readonly title: string
  readonly description: string
  readonly input: Schema.Schema<I, II>
  readonly output: Schema.Schema<O, OI>
  readonly annotations: Annotations
  /** True if the tool changes OTRS; OTRS_READ_ONLY removes these. */
  readonly writes: boolean
  readonly handler: (input: I) => Effect.Effect<O, E, R>
  /** The short text rendering, for clients that show text rather than `structuredContent`. */
  readonly render: (output: O) => string
}

/** Any tool whose handler needs at most `R`. */
export type Any<R = never> = Tool<any, any, any, any, any, R>

/** Keeps every type parameter of the tool, so the registry knows what its handlers need. */
export const make = <I, II, O, OI extends StructuredContent, E extends Failure, R>(
  tool: Tool<I, II, O, OI, E, R>
): Tool<I, II, O, OI, E, R> => tool
