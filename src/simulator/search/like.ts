/** A LIKE pattern, ready to test values against. */
interface LikePattern {
  readonly test: (value: string) => boolean
}

/**
 * SQL LIKE as OTRS's searches use it: `%` or `*` for any text, case-insensitive, the whole value must match.
 * Without a wildcard it is an exact (case-insensitive) comparison. The literal parts are looked for in order, not
 * compiled into a regular expression, which V8 refuses past a few hundred kilobytes (a pasted log searched for).
 */
export const likePattern = (pattern: string): LikePattern => {
  const parts = pattern.toLowerCase().split(/[%*]/)
  return { test: (value) => matchesParts(parts, value.toLowerCase()) }
}

/** The first part starts the value, the last ends it, the others come between, in order and without overlapping. */
const matchesParts = (parts: ReadonlyArray<string>, value: string): boolean => {
  const first = parts[0] ?? ""
  if (parts.length === 1) return value === first
  const last = parts[parts.length - 1] ?? ""
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false
  const end = value.length - last.length
  let from = first.length
  for (const part of parts.slice(1, -1)) {
    const at = value.indexOf(part, from)
    if (at < 0 || at + part.length > end) return false
    from = at + part.length
  }
  return true
}

/** Any of the patterns matches the value. */
export const matchesAny = (patterns: ReadonlyArray<LikePattern>, value: string): boolean =>
  patterns.some((pattern) => pattern.test(value))
