import { ParseResult, Schema, type SchemaAST } from "effect"
import { OtrsTimestamp } from "./Domain.js"

/**
 * Building blocks for OTRS's wire format. OTRS (Perl) sends numbers as strings or numbers at random, "" for unset
 * strings, `{}` or "" for empty lists and 0/1 for flags; these schemas absorb that so the mappings to the domain
 * stay plain. Encoding back is supported where it is a one-liner, since nothing sends these shapes to OTRS.
 */

/**
 * What a guard accepts, with one "Expected <expected>, actual ..." issue on failure. A Schema.Union would report
 * one issue per member, which reads badly in an error message.
 */
export const accepting = <T>(guard: (input: unknown) => input is T, expected: string) =>
  Schema.declare(guard, { identifier: expected })

const isStringOrNumber = (input: unknown): input is string | number =>
  typeof input === "string" || typeof input === "number"

/** `7`, `"7"` -> 7; anything but a whole number -> undefined. */
export const wholeNumber = (wire: string | number): number | undefined => {
  const value = typeof wire === "number" ? wire : /^\s*\d+\s*$/.test(wire) ? Number(wire) : Number.NaN
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined
}

/*
 * The decoded sides below are plain type checks (Schema.Number, or a guard instead of Schema.UndefinedOr): the
 * wire side already checked the value, and a payload holds hundreds of these values, so a refinement such as
 * NonNegativeInt or a Union there would be paid for on every decode for nothing.
 */
const NumberOrUndefined = Schema.declare((value: unknown): value is number | undefined =>
  value === undefined || typeof value === "number"
)
const StringOrUndefined = Schema.declare((value: unknown): value is string | undefined =>
  value === undefined || typeof value === "string"
)

const mismatch = (ast: SchemaAST.AST, wire: unknown, expected: string) =>
  new ParseResult.Type(ast, wire, `Expected ${expected}, actual ${JSON.stringify(wire)}`)

const nonNegativeInteger = (expected: string) =>
  Schema.transformOrFail(accepting(isStringOrNumber, expected), Schema.Number, {
    strict: true,
    decode: (wire, _, ast) => {
      const value = wholeNumber(wire)
      return value === undefined ? ParseResult.fail(mismatch(ast, wire, expected)) : ParseResult.succeed(value)
    },
    encode: ParseResult.succeed
  })

/** An id as OTRS sends it, `7` or `"7"`, as a number; anything but a whole number fails. */
export const OtrsId = nonNegativeInteger("an integer id (number or numeric string)")

/** A count such as a file size, `423` or `"423"`. */
export const OtrsCount = nonNegativeInteger("a non-negative integer (number or numeric string)")

/** Any number, `12`, `"12"` or `"0.5"` (time units may be fractional). */
export const OtrsNumber = Schema.transformOrFail(accepting(isStringOrNumber, "a number"), Schema.Number, {
  strict: true,
  decode: (wire, _, ast) => {
    const value = typeof wire === "number" ? wire : wire.trim() === "" ? Number.NaN : Number(wire)
    return Number.isFinite(value)
      ? ParseResult.succeed(value)
      : ParseResult.fail(mismatch(ast, wire, "a number"))
  },
  encode: ParseResult.succeed
})

const isNone = (wire: string | number) => wire === "" || wire === 0 || wire === "0"

const optionalIdExpected = "an integer id, 0, \"\" or null"

/** Ids where OTRS writes 0, "" or null for "none" (ArticleID 0 in history lines, SLAID ""). */
export const OptionalId = Schema.transformOrFail(
  accepting((input): input is string | number | null => input === null || isStringOrNumber(input), optionalIdExpected),
  NumberOrUndefined,
  {
    strict: true,
    decode: (wire, _, ast) => {
      if (wire === null || isNone(wire)) return ParseResult.succeed(undefined)
      const value = wholeNumber(wire)
      return value === undefined
        ? ParseResult.fail(mismatch(ast, wire, optionalIdExpected))
        : ParseResult.succeed(value)
    },
    encode: (id) => ParseResult.succeed(id ?? 0)
  }
)

const isStringOrNull = (input: unknown): input is string | null => input === null || typeof input === "string"

/** A string OTRS leaves "" (or null) when unset. */
export const OptionalString = Schema.transform(
  accepting(isStringOrNull, "a string or null"),
  StringOrUndefined,
  {
    strict: true,
    decode: (text) => (text === "" || text === null ? undefined : text),
    encode: (text) => text ?? ""
  }
)

/** Text that is always meant to be there but may come as null (an article without a text body). */
export const Text = Schema.transform(accepting(isStringOrNull, "a string or null"), Schema.String, {
  strict: true,
  decode: (text) => text ?? "",
  encode: (text) => text
})

/** A string OTRS may send as a number (ticket and config item numbers). */
export const StringLike = Schema.transform(accepting(isStringOrNumber, "a string or number"), Schema.String, {
  strict: true,
  decode: String,
  encode: (text) => text
})

type FlagWire = 0 | 1 | "0" | "1" | boolean

/** 0/1 flags, as numbers or strings. */
export const Flag = Schema.transform(
  accepting((input): input is FlagWire => [0, 1, "0", "1", true, false].includes(input as FlagWire), "a 0/1 flag"),
  Schema.Boolean,
  {
    strict: true,
    decode: (flag) => flag === 1 || flag === "1" || flag === true,
    encode: (flag): FlagWire => (flag ? 1 : 0)
  }
)

/** OTRS's `y`/`n` flags (ArchiveFlag). */
export const YesNo = Schema.transform(
  accepting((input): input is "y" | "n" => input === "y" || input === "n", "\"y\" or \"n\""),
  Schema.Boolean,
  {
    strict: true,
    decode: (flag) => flag === "y",
    encode: (flag): "y" | "n" => (flag ? "y" : "n")
  }
)

/** `YYYY-MM-DD HH:MM:SS` without a zone, kept as OTRS sent it (the server's zone is unknown). */
export const OtrsTimestampFromWire = OtrsTimestamp.annotations({
  message: () => "Expected a timestamp YYYY-MM-DD HH:MM:SS"
})

/** Epoch seconds to ISO 8601 UTC, `2026-11-26T09:00:00Z`. */
export const isoFromEpochSeconds = (seconds: number): string =>
  new Date(seconds * 1000).toISOString().replace(".000Z", "Z")

const isEmptyObject = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0

/** OTRS's ways of writing a list: an array, a lone element, or `{}`, "" or null for none. */
const asList = (value: unknown): ReadonlyArray<unknown> =>
  Array.isArray(value)
    ? value
    : value === undefined || value === null || value === "" || isEmptyObject(value)
    ? []
    : [value]

/** Any value, but a missing key stays "is missing" (Schema.Unknown would accept it). */
const isPresent = accepting((input): input is unknown => input !== undefined, "a value")

/** A list of `item`, however OTRS wrote it. Element errors keep their index in the path (`Ticket.0.TicketID`). */
export const List = <A, I, R>(item: Schema.Schema<A, I, R>) =>
  Schema.transform(isPresent, Schema.Array(item), {
    strict: true,
    // the Array schema on the right validates every element
    decode: (wire) => asList(wire) as ReadonlyArray<I>,
    encode: (items) => items
  })

/** A key OTRS may leave out; `undefined` is no wire value, so it is not accepted in its place. */
export const optionalKey = <A, I, R>(schema: Schema.Schema<A, I, R>) => Schema.optionalWith(schema, { exact: true })

/** A list OTRS leaves out when it is empty (config items without attachments have no `Attachment` key). */
export const listField = <A, I, R>(item: Schema.Schema<A, I, R>) =>
  Schema.optionalWith(List(item), { exact: true, default: () => [] })

/** The `encode` of a decode-only transformation. */
export const refuseEncode = (value: unknown, _: SchemaAST.ParseOptions, ast: SchemaAST.AST) =>
  ParseResult.fail(new ParseResult.Forbidden(ast, value, "encoding into OTRS's wire format is not supported"))

/**
 * The domain side of a mapping from the wire: typed by the mapping and not checked again, since the wire schema
 * checked every field (checking the result too would double the cost of every decode).
 */
export const mapped = <D>() => Schema.declare((_: unknown): _ is D => true)

/**
 * Wire shape to domain shape through a pure mapping. Every check happens in the wire schema, so failures name the
 * wire field; encoding back into OTRS's format is not needed by anything and is refused.
 */
export const decodeOnly = <WA, WI, WR, D>(wire: Schema.Schema<WA, WI, WR>, toDomain: (wire: WA) => D) =>
  Schema.transformOrFail(wire, mapped<D>(), {
    strict: true,
    decode: (value) => ParseResult.succeed(toDomain(value)),
    encode: refuseEncode
  })

/** T where an optional property may also be given as `undefined`, which `definedFields` then leaves out. */
type WithUndefined<T> = { readonly [K in keyof T]: undefined extends T[K] ? T[K] | undefined : T[K] }

/**
 * `fields` without the undefined ones: optional domain fields stay absent, never `undefined`. Copied by assignment
 * into a new object: literals built from `...spread` parts cost V8 microseconds each (a slow path per spread), and
 * every tool call builds a dozen of them.
 */
export const definedFields = <T extends object>(fields: WithUndefined<T>): T => {
  const defined: Record<string, unknown> = {}
  for (const key in fields) {
    const value: unknown = fields[key]
    if (value !== undefined) defined[key] = value
  }
  return defined as T
}
