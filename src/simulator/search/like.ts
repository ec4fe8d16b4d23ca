/**
 * SQL LIKE as OTRS's searches use it: `%` or `*` for any text, case-insensitive, the whole value must match.
 * Without a wildcard it is an exact (case-insensitive) comparison.
 */
export const likePattern = (pattern: string): RegExp => {
  const source = pattern
    .split(/[%*]/)
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s\\S]*")
  return new RegExp(`^${source}$`, "i")
}

/** Any of the patterns matches the value. */
export const matchesAny = (patterns: ReadonlyArray<RegExp>, value: string): boolean =>
  patterns.some((pattern) => pattern.test(value))
