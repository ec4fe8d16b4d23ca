/** `text` ending as a sentence does: with a period unless it already ends in one, a question or an exclamation mark. */
export const sentence = (text: string): string => /[.!?]$/.test(text) ? text : `${text}.`

/** The first `length` characters of `text`, one fewer rather than half a surrogate pair. */
export const prefix = (text: string, length: number): string => {
  if (text.length <= length) return text
  const code = text.charCodeAt(length - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length)
}
