/** Reading GenericInterface request data the way OTRS's Perl does: loose scalars, lists or single values. */
export type Data = Readonly<Record<string, unknown>>

export const isRecord = (value: unknown): value is Data =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** A scalar as text; undefined for absent, empty, or non-scalar values. */
export const text = (value: unknown): string | undefined => {
  if (typeof value === "string") return value === "" ? undefined : value
  if (typeof value === "number" || typeof value === "bigint") return String(value)
  return undefined
}

/** A list parameter: arrays as they are, a single value as a list of one. */
export const textList = (value: unknown): ReadonlyArray<string> => {
  if (Array.isArray(value)) return value.flatMap((item) => text(item) ?? [])
  const single = text(value)
  return single === undefined ? [] : [single]
}

/** Perl truthiness: absent, empty, "0" and 0 are false. */
export const flag = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== "" && value !== "0" && value !== 0 && value !== false

/** A whole number given as a number or digits. */
export const integer = (value: unknown): number | undefined => {
  const raw = text(value)
  return raw !== undefined && /^-?\d+$/.test(raw.trim()) ? Number(raw) : undefined
}

/** Objects given either alone or as a list (Attachment, DynamicField). */
export const recordList = (value: unknown): ReadonlyArray<Data> | undefined => {
  if (isRecord(value)) return [value]
  if (Array.isArray(value) && value.every(isRecord)) return value
  return undefined
}

/** The database is utf8mb3: characters outside the Basic Multilingual Plane come back as U+FFFD. */
export const toStoredText = (value: string): string => value.replace(/[\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
