import { SchemaAST as AST } from "effect"
import { likelyField } from "./fieldSuggestion.js"

/**
 * What an object with an unknown key takes: its own fields, and the fields of the objects nested in it (an
 * update_ticket `article`). Agents often put a field one level off: `body` beside `article` instead of in it, or an
 * `article` object around fields that belong at the top.
 */
export interface FieldScope {
  readonly names: ReadonlyArray<string>
  readonly nested: ReadonlyArray<{ readonly field: string; readonly names: ReadonlyArray<string> }>
}

const stringNames = (ast: AST.TypeLiteral): ReadonlyArray<string> =>
  ast.propertySignatures.flatMap((signature) => typeof signature.name === "string" ? [signature.name] : [])

/** The field names of the object a value of `ast` is, as the caller writes it; none when it is not one object. */
const objectNames = (ast: AST.AST): ReadonlyArray<string> | undefined => {
  switch (ast._tag) {
    case "TypeLiteral":
      return ast.propertySignatures.length > 0 ? stringNames(ast) : undefined
    case "Union": {
      // an optional field is `T | undefined`; a union of several objects has no one set of names
      const objects = ast.types.flatMap((member) => {
        const names = objectNames(member)
        return names === undefined ? [] : [names]
      })
      return objects.length === 1 ? objects[0] : undefined
    }
    case "Refinement":
    case "Transformation":
      return objectNames(ast.from)
    default:
      return undefined
  }
}

export const fieldScope = (ast: AST.TypeLiteral): FieldScope => ({
  names: stringNames(ast),
  nested: ast.propertySignatures.flatMap((signature) => {
    const names = typeof signature.name === "string" ? objectNames(signature.type) : undefined
    return names === undefined ? [] : [{ field: signature.name as string, names }]
  })
})

const withNote = (name: string, note: string | undefined) =>
  note === undefined ? JSON.stringify(name) : `${JSON.stringify(name)} (${note})`

/** An object whose keys are all fields of the scope itself, as they would be named there. */
const fieldsOfHere = (actual: unknown, names: ReadonlyArray<string>): ReadonlyArray<string> | undefined => {
  if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return undefined
  const keys = Object.keys(actual)
  const meant = keys.flatMap((key) => likelyField(key, names)?.name ?? [])
  return keys.length > 0 && meant.length === keys.length ? meant : undefined
}

/** The fix along with the problem: the field likely meant, here or one level off, else the fields to choose from. */
export const unknownField = (key: PropertyKey | undefined, actual: unknown, scope: FieldScope | undefined): string => {
  // an extra tuple element, or a key a record refused: there are no names to offer
  if (scope === undefined || scope.names.length === 0) return "unknown field: remove it or check its spelling"
  const name = String(key)
  const likely = likelyField(name, scope.names)
  if (likely !== undefined) return `unknown field: did you mean ${withNote(likely.name, likely.note)}?`
  for (const { field, names } of scope.nested) {
    const inside = likelyField(name, names)
    if (inside === undefined) continue
    const written = `as {${JSON.stringify(field)}: {${JSON.stringify(inside.name)}: ...}}`
    return inside.name === name && inside.note === undefined
      ? `unknown field here: it goes inside ${JSON.stringify(field)}, ${written}`
      : `unknown field here: did you mean ${withNote(inside.name, inside.note)} inside ${JSON.stringify(field)}, ${written}?`
  }
  const flattened = fieldsOfHere(actual, scope.names)
  if (flattened !== undefined) {
    return `unknown field: this object takes ${flattened.map((field) => JSON.stringify(field)).join(", ")} itself; ` +
      `write ${flattened.length === 1 ? "it" : "them"} beside the other fields, not inside ${JSON.stringify(name)}`
  }
  return `unknown field; this object takes: ${scope.names.join(", ")}`
}
