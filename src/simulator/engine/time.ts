/** OTRS's wire timestamps: `YYYY-MM-DD HH:MM:SS` in the server's zone (UTC here), from epoch seconds. */
export const formatTimestamp = (epochSeconds: number): string =>
  new Date(epochSeconds * 1000).toISOString().slice(0, 19).replace("T", " ")

/** `YYYY-MM-DD HH:MM` as SetPendingTime history entries show a pending time. */
export const formatMinute = (epochSeconds: number): string => formatTimestamp(epochSeconds).slice(0, 16)

/** Parses `YYYY-MM-DD HH:MM:SS` (or a date alone) as UTC; undefined when it is no such timestamp. */
export const parseTimestamp = (text: string): number | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim())
  if (match === null) return undefined
  const [, year, month, day, hour, minute, second] = match
  const millis = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0))
  const date = new Date(millis)
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? millis / 1000 : undefined
}
