import { SchemaAST as AST } from "effect"

/**
 * Models write a fixed value the way they saw it elsewhere: "DESC" for "desc", "Closed" for "closed",
 * "not closed" for "not_closed", "descending" for "desc", "newest" for "newest_first". Case, blanks, underscores and
 * hyphens aside, such a value is one choice, or the start of one, or one with its word made longer.
 */

/** The string literals a value of `ast` may be, on the side a client sends. */
const stringLiterals = (ast: AST.AST): ReadonlyArray<string> => {
  switch (ast._tag) {
    case "Literal":
      return typeof ast.literal === "string" ? [ast.literal] : []
    case "Union":
      return ast.types.flatMap(stringLiterals)
    case "Refinement":
    case "Transformation":
      return stringLiterals(ast.from)
    default:
      return []
  }
}

const folded = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, "_")

const MIN_PREFIX_LENGTH = 3

const oneOf = (choices: ReadonlyArray<string>): string | undefined => choices.length === 1 ? choices[0] : undefined

/** The one choice of `ast` that `actual` writes differently, if there is one. */
export const nearLiteral = (ast: AST.AST, actual: unknown): string | undefined => {
  if (typeof actual !== "string") return undefined
  const given = folded(actual)
  const choices = stringLiterals(ast)
  const same = choices.filter((choice) => folded(choice) === given)
  if (same.length > 0) return oneOf(same)
  return oneOf(choices.filter((choice) => {
    const known = folded(choice)
    // "newest" for "newest_first"; "descending" for "desc", but not "closed_successful" (a state) for "closed"
    return given.length >= MIN_PREFIX_LENGTH && known.startsWith(given) ||
      known.length >= MIN_PREFIX_LENGTH && given.startsWith(known) && given[known.length] !== "_"
  }))
}
