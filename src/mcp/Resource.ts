import type { Effect, Schema } from "effect"
import type { Failure } from "./Tool.js"

/** Resources are JSON documents (the same data the matching read tool returns as structuredContent). */
export type MimeType = "application/json"

/** A family of resources under an RFC 6570 URI template, e.g. `otrs://ticket/{ticket_id}`. */
export interface Template<P, PI, E extends Failure, R> {
  readonly _tag: "Template"
  readonly name: string
  readonly uriTemplate: string
  readonly title: string
  readonly description: string
  readonly mimeType: MimeType
  /** The tool whose data this serves: the resource is offered only while the tool policy exposes that tool. */
  readonly tool: string
  /** Decodes the template variables (strings, as they appear in the URI). */
  readonly params: Schema.Schema<P, PI>
  readonly handler: (params: P) => Effect.Effect<unknown, E, R>
  /** Which failures mean there is no resource at the URI: those answer "resource not found", not an internal error. */
  readonly isMissing?: (error: Failure) => boolean
}

/** One resource at a fixed URI. */
export interface Fixed<E extends Failure, R> {
  readonly _tag: "Fixed"
  readonly name: string
  readonly uri: string
  readonly title: string
  readonly description: string
  readonly mimeType: MimeType
  /** The tool whose data this serves: the resource is offered only while the tool policy exposes that tool. */
  readonly tool: string
  readonly handler: Effect.Effect<unknown, E, R>
}

/** Any resource whose handler needs at most `R`. */
export type Any<R = never> = Template<any, any, any, R> | Fixed<any, R>

export const make = <P, PI, E extends Failure, R>(
  resource: Omit<Template<P, PI, E, R>, "_tag" | "mimeType">
): Template<P, PI, E, R> => ({ _tag: "Template", mimeType: "application/json", ...resource })

export const fixed = <E extends Failure, R>(
  resource: Omit<Fixed<E, R>, "_tag" | "mimeType">
): Fixed<E, R> => ({ _tag: "Fixed", mimeType: "application/json", ...resource })
