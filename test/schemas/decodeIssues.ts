import { Either, ParseResult, Schema } from "effect"

/** Every decode issue as `path: message`, the way the client reports an unexpected payload; [] when it decodes. */
export const decodeIssues = <A, I>(schema: Schema.Schema<A, I>, input: unknown): ReadonlyArray<string> => {
  const result = Schema.decodeUnknownEither(schema, { errors: "all" })(input)
  return Either.isRight(result)
    ? []
    : ParseResult.ArrayFormatter.formatErrorSync(result.left).map(
      (issue) => `${issue.path.length === 0 ? "(root)" : issue.path.join(".")}: ${issue.message}`
    )
}
