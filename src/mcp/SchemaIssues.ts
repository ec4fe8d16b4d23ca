import { Option, ParseResult, SchemaAST as AST } from "effect"
import { prefix } from "../shared/text.js"
import { nearLiteral } from "./nearLiteral.js"
import { retypedScalar } from "./retypedScalar.js"
import { type FieldScope, fieldScope, unknownField } from "./unknownField.js"

/** One problem with a value, for an agent to fix: where (field path) and what was expected instead. */
export interface SchemaIssue {
  readonly path: ReadonlyArray<PropertyKey>
  readonly message: string
}

/**
 * Turns a decode failure into one issue per wrong field. Effect's own formatters word a refinement by its
 * description annotation, which on tool inputs is the field's documentation ("Expected The ticket's id.,
 * actual -1"); here the expectation is built from the constraints instead ("expected an integer > 0, got -1"),
 * a union that failed as a whole (literals, optional fields) gives one issue, not one per member, and an unknown
 * field names the field it likely stands for, or else every field its object takes.
 */
export const describeIssues = (issue: ParseResult.ParseIssue): Array<SchemaIssue> =>
  walk(issue, [], undefined).map(worded)

/**
 * The first `limit` issues, as describeIssues words them, and how many more there are. A value with thousands of
 * wrong items has thousands of issues, and wording one can take tens of microseconds (a decode of the retyped value,
 * an edit distance to every field): 300,000 took 12 s. Counting them costs next to nothing.
 */
export const describeFirstIssues = (
  issue: ParseResult.ParseIssue,
  limit: number
): { readonly issues: Array<SchemaIssue>; readonly more: number } => {
  const found = walk(issue, [], undefined)
  return { issues: found.slice(0, limit).map(worded), more: Math.max(0, found.length - limit) }
}

/** An issue whose message is worded only when it is shown: wording one can take a decode of its own (retypedScalar). */
interface Found {
  readonly path: ReadonlyArray<PropertyKey>
  readonly message: () => string
}

const worded = ({ message, path }: Found): SchemaIssue => ({ path, message: message() })

/** `articles[0].body`; the empty path (the whole value) is `(arguments)`. */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.length === 0
    ? "(arguments)"
    : path.map((key, i) =>
      typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`
    ).join("")

/**
 * `outer` is the field's declared type while descending into the parts of a refinement or transformation; `fields`
 * is what the object whose key the issue is at takes: Effect reports an unknown key as an Unexpected in
 * a Pointer in the Composite of the object's TypeLiteral, and the Unexpected itself knows nothing of the object.
 */
const walk = (
  issue: ParseResult.ParseIssue,
  path: ReadonlyArray<PropertyKey>,
  outer: AST.AST | undefined,
  fields?: FieldScope
): Array<Found> => {
  if (issue._tag !== "Pointer" && hasCustomMessage(issue)) {
    // worded now: how many issues the formatter makes of it is known only then
    return ParseResult.ArrayFormatter.formatIssueSync(issue).map((formatted) => ({
      path: [...path, ...formatted.path],
      message: () => formatted.message
    }))
  }
  switch (issue._tag) {
    case "Pointer":
      return walk(issue.issue, [...path, ...(Array.isArray(issue.path) ? issue.path : [issue.path])], undefined, fields)
    case "Missing":
      // only a non-empty list misses an element: the list was empty
      return typeof path.at(-1) === "number"
        ? [{
          path: path.slice(0, -1),
          message: () => "expected at least one item, got []: leave the argument out instead"
        }]
        : [{ path, message: () => `missing: expected ${describe(issue.ast.type)}` }]
    case "Unexpected":
      return [{ path, message: () => unknownField(path.at(-1), issue.actual, fields) }]
    case "Forbidden":
      return [{ path, message: () => issue.message ?? "cannot be checked here" }]
    case "Type":
      return [{ path, message: () => issue.message ?? mismatch(outer ?? issue.ast, issue.actual) }]
    case "Refinement":
      if (issue.kind === "From") return walk(issue.issue, path, outer ?? issue.ast)
      // a filter that blamed one field (`{ path, message }`) on a whole struct
      if (issue.issue._tag === "Pointer") return walk(issue.issue, path, undefined)
      return [{
        path,
        message: () => predicateMessage(issue.issue) ?? expectedGot(outer ?? issue.ast, issue.actual)
      }]
    case "Transformation":
      if (issue.kind === "Transformation") {
        return [{
          path,
          message: () => {
            const inner = ParseResult.ArrayFormatter.formatIssueSync(issue.issue).map((formatted) => formatted.message)
            return `expected ${describe(outer ?? issue.ast)}: ${inner.join("; ")}`
          }
        }]
      }
      return walk(issue.issue, path, outer ?? issue.ast)
    case "Composite": {
      const issues = Array.isArray(issue.issues) ? issue.issues : [issue.issues as ParseResult.ParseIssue]
      if (AST.isUnion(issue.ast)) {
        // Members the value did not even have the shape of say nothing useful; the others say what is wrong inside.
        const partial = issues.filter((member) => !isShapeMismatch(member))
        if (partial.length === 0) {
          return [{ path, message: () => mismatch(outer ?? issue.ast, issue.actual) }]
        }
        return partial.flatMap((member) => walk(member, path, undefined))
      }
      const scope = AST.isTypeLiteral(issue.ast) ? fieldScope(issue.ast) : undefined
      return issues.flatMap((child) => walk(child, path, undefined, scope))
    }
  }
}

/** A message annotation speaks for its own check: what failed before it (a refinement's `from`) says for itself. */
const hasCustomMessage = (issue: Exclude<ParseResult.ParseIssue, ParseResult.Pointer>): boolean =>
  issue._tag !== "Missing" && issue._tag !== "Unexpected" && issue._tag !== "Forbidden" &&
  !(issue._tag === "Refinement" && issue.kind === "From") && Option.isSome(AST.getMessageAnnotation(issue.ast))

/** A filter that returned its own message (a string or an issue) is the best explanation there is. */
const predicateMessage = (issue: ParseResult.ParseIssue): string | undefined =>
  issue._tag === "Type" ? issue.message : undefined

const isShapeMismatch = (issue: ParseResult.ParseIssue): boolean => {
  switch (issue._tag) {
    case "Type":
      return true
    case "Refinement":
      return issue.kind === "From" && isShapeMismatch(issue.issue)
    case "Transformation":
      return issue.kind === "Encoded" && isShapeMismatch(issue.issue)
    case "Composite":
      // a union of literals inside a union
      return AST.isUnion(issue.ast) &&
        (Array.isArray(issue.issues) ? issue.issues : [issue.issues as ParseResult.ParseIssue]).every(isShapeMismatch)
    default:
      return false
  }
}

/** A record's type: an object of any keys, as `{"Impact": "high"}` (refinements and optionality looked through). */
const isRecord = (ast: AST.AST): boolean =>
  AST.isRefinement(ast)
    ? isRecord(ast.from)
    : AST.isUnion(ast)
    ? ast.types.some(isRecord)
    : AST.isTypeLiteral(ast) && ast.propertySignatures.length === 0 && ast.indexSignatures.length > 0

/** `{"name": "Impact", "value": "high"}`, as many APIs write one entry of a map, as `["Impact", "high"]`. */
const asEntry = (item: unknown): readonly [string, unknown] | undefined => {
  if (typeof item !== "object" || item === null) return undefined
  const fields = Object.fromEntries(Object.entries(item).map(([key, value]) => [key.toLowerCase(), value]))
  const name = fields["name"] ?? fields["key"]
  return typeof name === "string" && "value" in fields ? [name, fields["value"]] : undefined
}

/**
 * A list of name/value pairs where an object of names and values is expected: the object it stands for, written out
 * from the pairs given, so that the fix is a copy.
 */
const pairsForRecord = (ast: AST.AST, actual: unknown): string | undefined => {
  if (!isRecord(ast) || !Array.isArray(actual) || actual.length === 0) return undefined
  const entries = actual.map(asEntry)
  if (entries.some((entry) => entry === undefined)) return undefined
  const written = formatActual(Object.fromEntries(entries as Array<readonly [string, unknown]>))
  return `expected an object of names and values, got a list of name/value pairs: write ${written}`
}

/** A value of the wrong shape: what it stands for, written in the shape expected, when that can be told. */
const mismatch = (ast: AST.AST, actual: unknown): string =>
  pairsForRecord(ast, actual) ??
    retypedScalar(ast, actual, { expected: describe(ast), got: formatActual(actual) }, explainRetyped) ??
    expectedGot(ast, actual)

const explainRetyped = (issue: ParseResult.ParseIssue): string =>
  walk(issue, [], undefined).map(({ message }) => message()).join("; ")

const expectedGot = (ast: AST.AST, actual: unknown): string => {
  const near = nearLiteral(ast, actual)
  return `expected ${describe(ast)}, got ${formatActual(actual)}` +
    (near === undefined ? "" : `: did you mean ${JSON.stringify(near)}?`) + beyondSafeIntegers(actual)
}

/** A whole number past 2^53 is no integer to JavaScript (nor exactly the number sent, once parsed). */
const beyondSafeIntegers = (actual: unknown): string =>
  typeof actual === "number" && Number.isInteger(actual) && !Number.isSafeInteger(actual)
    ? `, beyond the integers read exactly (up to ±${Number.MAX_SAFE_INTEGER})`
    : ""

const MAX_ACTUAL_LENGTH = 80

/** What a client sent, as JSON, cut to a length a message can carry. */
export const formatActual = (actual: unknown): string => {
  if (actual === undefined) return "nothing"
  // JSON says 1e309 as null; JSON.parse read it as Infinity
  if (typeof actual === "number" && !Number.isFinite(actual)) return `${actual}, a number beyond what JSON holds`
  let text: string
  try {
    text = JSON.stringify(actual) ?? String(actual)
  } catch {
    // what JSON cannot say: a value nested deeper than JSON.stringify goes (String says no more of it), or a BigInt
    text = typeof actual === "object" && actual !== null ? "a value nested too deeply to show" : String(actual)
  }
  return text.length > MAX_ACTUAL_LENGTH ? `${prefix(text, MAX_ACTUAL_LENGTH)}…` : text
}

/** The expected value in words, on the encoded side (what a client sends). */
export const describe = (ast: AST.AST): string => {
  switch (ast._tag) {
    case "StringKeyword":
      return "a string"
    case "NumberKeyword":
      return "a number"
    case "BooleanKeyword":
      return "true or false"
    case "Literal":
      return ast.literal === null ? "null" : JSON.stringify(ast.literal) ?? String(ast.literal)
    case "UndefinedKeyword":
    case "VoidKeyword":
      return "nothing"
    case "TupleType":
      return "an array"
    case "TypeLiteral":
      return "an object"
    case "Enums":
      return oneOf(ast.enums.map(([, value]) => JSON.stringify(value)))
    case "Union":
      return describeUnion(ast)
    case "Refinement":
      return describeRefinement(ast)
    case "Transformation":
      return describe(ast.from)
    case "Suspend":
      return describe(ast.f())
    default:
      return String(ast)
  }
}

const oneOf = (choices: ReadonlyArray<string>): string =>
  choices.length === 1 ? choices[0]! : `one of ${choices.join(", ")}`

const describeUnion = (ast: AST.Union): string => {
  // An optional field's type is `T | undefined`; "nothing" is not a value a client can send.
  const members = ast.types.filter((member) => !AST.isUndefinedKeyword(member))
  if (members.every(AST.isLiteral)) return oneOf(members.map(describe))
  return [...new Set(members.map(describe))].join(" or ")
}

/** `Schema.Int.pipe(Schema.between(1, 500))` → "an integer from 1 to 500", from the filters' JSON Schema annotations. */
const describeRefinement = (ast: AST.Refinement): string => {
  const constraints: Record<string, unknown> = {}
  const named: Array<string> = []
  let base: AST.AST = ast
  while (AST.isRefinement(base)) {
    const jsonSchema = AST.getJSONSchemaAnnotation(base)
    if (Option.isSome(jsonSchema)) Object.assign(constraints, jsonSchema.value)
    // an untitled check (one across items, say) has nothing to tell: its own message says it when it fails
    else named.push(...Option.toArray(AST.getTitleAnnotation(base)))
    base = base.from
  }
  const noun = constraints["type"] === "integer" ? "an integer" : describe(base)
  const phrases = [...constraintPhrases(constraints), ...named.reverse()]
  return phrases.length === 0 ? noun : `${noun} ${phrases.join(" and ")}`
}

const plural = (n: unknown, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

const constraintPhrases = (c: Record<string, unknown>): Array<string> => {
  const phrases: Array<string> = []
  if (c["minimum"] !== undefined && c["maximum"] !== undefined) {
    phrases.push(`from ${c["minimum"]} to ${c["maximum"]}`)
  } else {
    if (c["minimum"] !== undefined) phrases.push(`>= ${c["minimum"]}`)
    if (c["maximum"] !== undefined) phrases.push(`<= ${c["maximum"]}`)
  }
  if (c["exclusiveMinimum"] !== undefined) phrases.push(`> ${c["exclusiveMinimum"]}`)
  if (c["exclusiveMaximum"] !== undefined) phrases.push(`< ${c["exclusiveMaximum"]}`)
  if (c["minLength"] !== undefined) phrases.push(`of at least ${plural(c["minLength"], "character")}`)
  if (c["maxLength"] !== undefined) phrases.push(`of at most ${plural(c["maxLength"], "character")}`)
  if (c["minItems"] !== undefined) phrases.push(`of at least ${plural(c["minItems"], "item")}`)
  if (c["maxItems"] !== undefined) phrases.push(`of at most ${plural(c["maxItems"], "item")}`)
  if (c["pattern"] !== undefined) phrases.push(`matching /${c["pattern"]}/`)
  if (c["format"] !== undefined) phrases.push(`in ${c["format"]} format`)
  return phrases
}
