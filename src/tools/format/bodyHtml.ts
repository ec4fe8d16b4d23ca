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

const markup = /<\s*\/?\s*[a-z][a-z0-9]*(\s[^<>]*)?\/?\s*>/i

const isHtml = (article: Pick<Article, "mimeType" | "contentType">) =>
  (article.mimeType ?? article.contentType ?? "").toLowerCase().startsWith("text/html")

// compiled by the first HTML body, not at start: most bodies are plain text, and the server starts 5 ms sooner
let converter: ((html: string) => string) | undefined

export const htmlToText = (html: string): string => (converter ??= compileConverter())(html)

/** The article body as readable text: HTML converted, plain text as it is. */
export const readableBody = (article: Pick<Article, "mimeType" | "contentType" | "body">): string =>
  isHtml(article) && markup.test(article.body) ? htmlToText(article.body) : article.body
