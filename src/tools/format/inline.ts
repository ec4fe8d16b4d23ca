const unsafe = /[\r\n\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/

/**
 * A value someone typed (a title, a subject, a file name) as part of one line of a text rendering: line breaks
 * become spaces and bidirectional controls go, so that it cannot pass for a line of its own (a fake search result
 * under a real one) or reorder what follows it. structuredContent keeps the value as it is: JSON quotes it whole.
 */
export const inline = (text: string): string =>
  unsafe.test(text)
    ? text.replace(/[\r\n\u0085\u2028\u2029]+/g, " ").replace(/[\u202a-\u202e\u2066-\u2069]/g, "")
    : text

/**
 * A value that may hold several lines (a config item's description, a text area's dynamic field) in a text
 * rendering: its further lines indented under its first, so that none can pass for a line of the rendering's own.
 */
export const indented = (text: string): string =>
  unsafe.test(text)
    ? text.replace(/[\u202a-\u202e\u2066-\u2069]/g, "").replace(/\r\n?|[\n\u0085\u2028\u2029]/g, "\n    ")
    : text
