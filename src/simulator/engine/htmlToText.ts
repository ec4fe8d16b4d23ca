/**
 * A small version of OTRS's HTMLUtils::ToAscii: the plain-text Body OTRS stores for HTML mail. Links become
 * `[n]text` with a numbered list at the end, paragraphs and line breaks become newlines, quoted threads `> `.
 */
const entities: Readonly<Record<string, string>> = {
  nbsp: "\u00a0",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: "\"",
  apos: "'",
  hellip: "…",
  ndash: "–",
  mdash: "—",
  euro: "€",
  copy: "©",
  laquo: "«",
  raquo: "»",
  bdquo: "„",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’"
}

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)))
    return entities[name.toLowerCase()] ?? whole
  })

const quote = (text: string) =>
  text.split("\n").map((line) => (line === "" ? ">" : `> ${line}`)).join("\n")

export const htmlToText = (html: string): string => {
  const links: Array<string> = []
  let text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/\s+/g, " ")
    .replace(/<a\b[^>]*?href\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a\s*>/gi, (_whole, _q, href: string, label: string) => {
      links.push(decodeEntities(href))
      return `[${links.length}]${label}`
    })
    .replace(/<br\s*\/?>\s*/gi, "\n")
    .replace(/<li\b[^>]*>\s*/gi, "\n - ")
    .replace(/\s*<\/li\s*>/gi, " ")
    .replace(/<\/?(ul|ol)\b[^>]*>/gi, "\n")
    .replace(/<p\b[^>]*>\s*/gi, "\n")
    .replace(/\s*<\/p\s*>/gi, "\n\n")
    .replace(/<\/?(div|tr|table|h[1-6]|pre|hr)\b[^>]*>/gi, "\n")
    .replace(/<\/t[dh]\s*>/gi, " ")
  text = text.replace(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote\s*>/gi, (_whole, inner: string) =>
    `\n${quote(stripTags(inner).trim())}\n`)
  text = decodeEntities(stripTags(text))
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").replace(/^ (?! ?- )/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
  if (links.length > 0) text = `${text.replace(/\n+$/, "\n")}\n\n${links.map((href, index) => `[${index + 1}] ${href}`).join("\n")}\n`
  return text
}

const stripTags = (text: string) => text.replace(/<[^>]*>/g, "")
