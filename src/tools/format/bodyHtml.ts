import { compile } from "html-to-text"
import type { Article } from "../../schemas/Domain.js"

/**
 * OTRS's Body is its plain-text rendering of the mail; Znuny/OTOBO setups can hand over the HTML itself (MimeType
 * text/html). That HTML becomes text here with a real HTML parser: quoted replies (`<blockquote>`) come out as
 * `> ` lines, which the compaction then recognises like any plain-text quote.
 */
const compileConverter = () => compile({
  wordwrap: false,
  selectors: [
    { selector: "a", options: { hideLinkHrefIfSameAsText: true, ignoreHref: false } },
    { selector: "img", format: "skip" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } }
  ]
})

// no two adjacent parts can take the same characters: a failed test stays linear (`<a` and 40,000 blanks took 3 s)
const markup = /<\s*(?:\/\s*)?[a-z][a-z0-9]*(?:\s[^<>]*|\/\s*)?>/i

const isHtml = (article: Pick<Article, "mimeType" | "contentType">) =>
  (article.mimeType ?? article.contentType ?? "").toLowerCase().startsWith("text/html")

// compiled by the first HTML body, not at start: most bodies are plain text, and the server starts 5 ms sooner
let converter: ((html: string) => string) | undefined

/** Block elements: in the flat conversion each one's start and end is a line end. */
const blockTags = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
  "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul"
])

/** A comment's end, and the end tags of the elements whose content is no text: the flat conversion skips to them. */
// `<!-->` and `<!--->` are whole (empty) comments, as parsers and browsers read them
const commentEnd = /(?<=<!--)-?>|-->/g
const textlessEnd: ReadonlyMap<string, RegExp> = new Map([
  ["script", /<\/script/gi],
  ["style", /<\/style/gi],
  ["title", /<\/title/gi]
])

/**
 * A tag (its attributes up to the next `>`), a comment's start, or a `<!…>`/`<?…>` declaration. Name and attributes
 * take no character both could, and none crosses a `<`: each search from a `<` stops at the next one, so the whole
 * scan is linear in the length of the HTML, however it is broken.
 */
const markupToken = /<(\/?)([a-z][^\s/<>]*)(?:[\s/][^<>]*)?>|<!--|<[!?][^<>]*>/gi

/**
 * Text between tags, with each `<` that could start markup escaped, also one at the end, which the next text could
 * make a tag: the flat HTML holds no element but `<br>`. (split and join: replace takes 3 times as long for many)
 */
const inert = (text: string) => (text.includes("<") ? text.split(/<(?=[a-z!?/]|$)/i).join("&lt;") : text)

/** Where the scan goes on from `from`: past the comment's end, or at the element's end tag (the end, if none). */
const skipTo = (html: string, end: RegExp, from: number): number => {
  end.lastIndex = from
  const found = end.exec(html)
  return found === null ? html.length : end === commentEnd ? end.lastIndex : found.index
}

/**
 * The HTML without nesting: text, entities as they are, and a `<br>` where blocks meet (one however many meet, none
 * before the first text or after the last). It holds the text of any HTML, however deep, broken or long.
 */
const flatHtml = (html: string): string => {
  const token = new RegExp(markupToken)
  let flat = ""
  let from = 0
  let wroteText = false
  let breakDue = false
  for (let match = token.exec(html); ; match = token.exec(html)) {
    const text = html.slice(from, match === null ? html.length : match.index)
    if (/\S/.test(text)) {
      if (breakDue) flat += "<br>"
      breakDue = false
      wroteText = true
    }
    flat += inert(text)
    if (match === null) return flat
    const name = match[2]?.toLowerCase() ?? ""
    const end = match[0] === "<!--" ? commentEnd : match[1] === "" ? textlessEnd.get(name) : undefined
    if (end !== undefined) token.lastIndex = skipTo(html, end, token.lastIndex)
    else if (name === "td" || name === "th") flat += " "
    else if (blockTags.has(name)) breakDue = wroteText
    from = token.lastIndex
  }
}

/**
 * html-to-text walks the document recursively: some 2,000 nested tags overflow the stack (RangeError), and one such
 * mail would make its whole ticket unreadable. Then the HTML is converted flat: the same parser, entities and
 * whitespace, only the layout of lists, tables and quotes is lost.
 */
export const htmlToText = (html: string): string => {
  converter ??= compileConverter()
  try {
    return converter(html)
  } catch {
    return converter(flatHtml(html))
  }
}

/** The article body as readable text: HTML converted, plain text as it is. */
export const readableBody = (article: Pick<Article, "mimeType" | "contentType" | "body">): string =>
  isHtml(article) && markup.test(article.body) ? htmlToText(article.body) : article.body
