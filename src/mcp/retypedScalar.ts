import { Either, Option, ParseResult, Schema, SchemaAST as AST } from "effect"

/**
 * Models and hand-written JSON quote numbers ("5"), quote booleans ("true") and leave ticket numbers unquoted: the
 * value was right, only its JSON type was not. Advice that shows the value in the type the field takes is a copy
 * away from the fix; a value that would still be wrong in that type is explained as that type.
 */

type Scalar = "number" | "string" | "boolean"

/** The JSON type a client sends for `ast`, through refinements, transformations and an optional field's `undefined`. */
const scalarOf = (ast: AST.AST): Scalar | undefined => {
  switch (ast._tag) {
    case "NumberKeyword":
      return "number"
    case "StringKeyword":
      return "string"
    case "BooleanKeyword":
      return "boolean"
    case "Refinement":
    case "Transformation":
      return scalarOf(ast.from)
    case "Union": {
      const members = ast.types.filter((member) => !AST.isUndefinedKeyword(member))
      return members.length === 1 ? scalarOf(members[0]!) : undefined
    }
    default:
      return undefined
  }
}

const NUMBER_TEXT = /^-?\d+(?:\.\d+)?$/
const BOOLEAN_TEXT = /^(?:true|false)$/i

const retype = (scalar: Scalar, actual: unknown): Option.Option<unknown> => {
  if (typeof actual === "string") {
    const text = actual.trim()
    if (scalar === "number" && NUMBER_TEXT.test(text)) return Option.some(Number(text))
    if (scalar === "boolean" && BOOLEAN_TEXT.test(text)) return Option.some(text.toLowerCase() === "true")
  }
  if (scalar === "string" && typeof actual === "number" && Number.isFinite(actual)) return Option.some(String(actual))
  return Option.none()
}

const fix = (retyped: unknown): string =>
  typeof retyped === "string"
    ? `a number: if you mean the text ${JSON.stringify(retyped)}, write it in quotes`
    : `in quotes: write ${JSON.stringify(retyped)}, without quotes`

/**
 * What to say when `actual` has the wrong JSON type for `ast` but would have the right one retyped: how to write it,
 * or, when the retyped value is wrong too, what `explain` says of that. Undefined when retyping does not apply.
 * `words` are the expected type and the value as the caller shows them.
 */
export const retypedScalar = (
  ast: AST.AST,
  actual: unknown,
  words: { readonly expected: string; readonly got: string },
  explain: (issue: ParseResult.ParseIssue) => string
): string | undefined => {
  const scalar = scalarOf(ast)
  if (scalar === undefined) return undefined
  return Option.match(retype(scalar, actual), {
    onNone: () => undefined,
    onSome: (retyped) =>
      Either.match(ParseResult.decodeUnknownEither(Schema.make(ast), { errors: "all" })(retyped), {
        onLeft: explain,
        onRight: () => `expected ${words.expected}, got ${words.got}, ${fix(retyped)}`
      })
  })
}
