import { Redacted } from "effect"
import type { Exchange } from "./OtrsResponse.js"

/**
 * Secrets out of what error messages quote of an exchange: the request's own (concealer, concealPath), and any
 * token OTRS's answer may hold that nobody knows yet (redactTokens).
 */

/** A redirect's target repeats the request's path, SessionID included: shown as the route's `:Name`, like `url`. */
export const concealPath = (url: string, exchange: Exchange): string =>
  Object.entries(exchange.secretPath ?? {}).reduce((text, [name, secret]) => {
    const encoded = encodeURIComponent(Redacted.value(secret))
    return encoded === "" ? text : text.replace(new RegExp(formPattern(encoded), "g"), `:${name}`)
  }, url)

/**
 * What hides the exchange's secrets in a text quoted from it: the password and SessionID the request carried, the
 * configured password, and any SessionID in `body` (a SessionCreate answer's, which nobody holds yet), each as
 * sent, JSON-escaped, URL-encoded or HTML-escaped, become `<password>` or `<SessionID>`. Built on error paths only.
 */
export const concealer = (exchange: Exchange, body: string): (text: string) => string =>
  concealing(exchange, body).conceal

/**
 * What quotes a text from `body` (the body itself, or a field of it) in a message: cut to what a message may quote
 * (`quotable`), its secrets concealed before, in the quotable part and the longest form of a secret beyond, so that
 * none crossing the cut is left in part, and not in the rest, which took seconds and a gigabyte on a 60 MiB error
 * body. The body's SessionIDs are looked for in all of it (a linear scan).
 */
export const quoter = (exchange: Exchange, body: string): (text: string) => string => {
  const { conceal, longestForm } = concealing(exchange, body)
  const window = QUOTABLE + 2 * longestForm
  return (text) => {
    if (text.length <= window) return quotable(conceal(text))
    const concealed = conceal(text.slice(0, window))
    // a secret cut at the window's end starts within its last longestForm characters: they go
    const kept = concealed.slice(0, concealed.length - longestForm)
    return kept.length > QUOTABLE ? quotable(kept) : `${kept}…`
  }
}

const concealing = (exchange: Exchange, body: string) => {
  const placeholders = new Map<string, string>()
  for (const [secret, placeholder] of secretsOf(exchange, body)) {
    if (secret === "") continue
    for (const form of formsOf(secret).map(withUpperHex)) {
      if (!placeholders.has(keyOf(form))) placeholders.set(keyOf(form), placeholder)
    }
  }
  if (placeholders.size === 0) return { conceal: (text: string) => text, longestForm: 0 }
  const forms = [...placeholders.keys()]
  // one pass, longest first: a placeholder is never searched again, and no shorter form cuts into a longer one
  const pattern = alternatives(forms, formPattern)
  // in any case, as the forms: a redirect that changed the URL's case still quotes no secret
  const publicText = alternatives(publicTextsOf(exchange), escapeRegExp, "giu")
  const replace = (text: string) => text.replace(pattern, (form) => placeholders.get(keyOf(form)) ?? "<secret>")
  return {
    // split with a capturing pattern: the public texts are the odd parts
    conceal: (text: string) =>
      text.split(publicText).map((part, index) => index % 2 === 1 ? part : replace(part)).join(""),
    longestForm: Math.max(...forms.map((form) => form.length))
  }
}

const alternatives = (forms: ReadonlyArray<string>, asPattern: (form: string) => string, flags = "gu") =>
  new RegExp(
    `(${[...forms].sort((a, b) => b.length - a.length).map((form) => wholeWord(form, asPattern(form))).join("|")})`,
    flags
  )

/**
 * The request's URL, which messages name anyway, stays as it is where one quotes it: a weak password that is also a
 * word of the URL ("otrs" in /otrs/nph-genericinterface.pl) would show itself where a placeholder stood in for it,
 * beside the URL named unconcealed. Whole paths only: the same word elsewhere ("Password=otrs") is concealed. The URL
 * holds no secret (placeholders stand for its secret parameters).
 */
const publicTextsOf = ({ routePath, url }: Exchange): ReadonlyArray<string> => {
  const base = routePath !== "" && url.endsWith(routePath) ? url.slice(0, -routePath.length) : url
  const pathOf = (text: string) => URL.canParse(text) ? new URL(text).pathname : text
  return [...new Set([url, base, pathOf(url), pathOf(base)])].filter((text) => text !== "" && text !== "/")
}

const wordCharacter = /[\p{L}\p{N}]/u

/** Shorter forms are words of other texts too: "b" is in "Webservice", "Session" in "SessionCreate". */
const SHORT_FORM = 8

/**
 * A short form's pattern that does not match inside a longer word, whose letters a message would otherwise lose (and
 * show where the placeholder stood). An escape before it (%22, \u00e4, \n) ends a word. A longer form matches
 * anywhere: it is no other text's word, and an echo may run it into one. A form that starts or ends with punctuation
 * has no such edge there.
 */
const wholeWord = (form: string, pattern: string) => {
  if (form.length >= SHORT_FORM) return pattern
  const start = wordCharacter.test(form.slice(0, 1)) ? wordStart : ""
  const end = wordCharacter.test(form.slice(-1)) ? "(?![\\p{L}\\p{N}])" : ""
  return start + pattern + end
}

const wordStart = "(?:(?<![\\p{L}\\p{N}])|(?<=%[0-9A-Fa-f]{2}|\\\\u[0-9A-Fa-f]{4}|\\\\[a-z]))"

const hexEscape = /%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}/g

/**
 * A text's hex escapes with upper-case digits: %c3%A4 is %C3%A4 to whoever decodes it. Only the escapes: other
 * letters keep their case where a form is not case-free (see isCaseFree).
 */
const withUpperHex = (text: string) =>
  text.replace(hexEscape, (escape) => {
    const marker = escape.startsWith("%") ? 1 : 2
    return escape.slice(0, marker) + escape.slice(marker).toUpperCase()
  })

/**
 * A long ASCII form is matched in any case: a redirect or an error page may change a SessionID's or password's case,
 * and shows nearly all of it then. Not a short one (it is found in other words more often), nor one with other
 * letters, which JavaScript and regular expressions fold differently (the Turkish dotted I).
 */
const isCaseFree = (form: string) => form.length >= SHORT_FORM && /^[\x20-\x7e]+$/.test(form)

/** The placeholders' key of a form, or of a text it matched. */
const keyOf = (form: string) => isCaseFree(form) ? form.toLowerCase() : withUpperHex(form)

/** A form as a regular expression: in any case if case-free, else with its hex escapes' digits in either case. */
const formPattern = (form: string) =>
  isCaseFree(form)
    ? escapeRegExp(form).replace(/[A-Za-z]/g, eitherCase)
    : escapeRegExp(form).replace(/%[0-9A-F]{2}|\\\\u[0-9A-F]{4}/g, (escape) => escape.replace(/[A-F]/g, eitherCase))

const eitherCase = (letter: string) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`

const MAX_ANSWERED_SESSION_IDS = 5

const secretsOf = (exchange: Exchange, body: string): Array<readonly [string, string]> => {
  const { credentials, password, secretPath } = exchange
  const secrets: Array<readonly [string, string]> = []
  if (credentials?._tag === "Login") secrets.push([Redacted.value(credentials.password), "<password>"])
  if (credentials?._tag === "Session") secrets.push([Redacted.value(credentials.sessionId), "<SessionID>"])
  if (password !== undefined) secrets.push([Redacted.value(password), "<password>"])
  for (const [name, secret] of Object.entries(secretPath ?? {})) secrets.push([Redacted.value(secret), `<${name}>`])
  // a SessionCreate answer has one, and only a broken answer more: thousands would make a pattern of seconds
  let answered = 0
  for (const [, sessionId] of body.matchAll(/"SessionID"\s*:\s*"((?:[^"\\]|\\.)*)/g)) {
    secrets.push([sessionId!, "<SessionID>"])
    if (++answered === MAX_ANSWERED_SESSION_IDS) break
  }
  return secrets
}

/**
 * The forms a secret takes in what OTRS echoes: JSON (with or without escaped slashes and non-ASCII), URLs (as
 * JavaScript, forms and Perl's URI::Escape encode them), HTML (named or numeric entities; an apostrophe as it is or
 * escaped, as escapers differ).
 */
const formsOf = (secret: string): Array<string> => {
  const json = JSON.stringify(secret).slice(1, -1)
  const uri = encodeURIComponent(secret)
  return [
    secret,
    json,
    json.replace(/\//g, "\\/"),
    json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`),
    uri,
    uri.replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`),
    new URLSearchParams({ s: secret }).toString().slice(2),
    // UTF-8 read as Latin-1, as Node's HTTP client reads a header such as a redirect's Location
    Buffer.from(secret, "utf8").toString("latin1"),
    ...["'", "&#39;", "&#x27;", "&apos;"].map((apostrophe) =>
      secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
        .replace(/'/g, apostrophe)
    ),
    secret.replace(/[^A-Za-z0-9 ]/gu, (char) => `&#${char.codePointAt(0)};`)
  ]
}

const QUOTABLE = 2_000

/**
 * The part of what OTRS sent that a message may quote: the first QUOTABLE characters, more than any message quotes.
 * A run of letters and digits cut at that end may be the start of a token, and goes rather than show in part.
 */
const quotable = (text: string): string =>
  text.length > QUOTABLE ? `${text.slice(0, QUOTABLE).replace(/[A-Za-z0-9]+$/, "")}…` : text

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * What OTRS sent is quoted in messages, and may hold a SessionID nobody knows yet (a cut-off SessionCreate answer,
 * a request URI echoed in a plain-text error): a SessionID's value, and any long run of letters and digits, become
 * "[redacted]". A placeholder left by `concealer` (`<SessionID>`) is neither a key nor a value here.
 *
 * Only the `quotable` part: on a run of letters and digits of megabytes (a 500 page echoing a huge request) V8's
 * regular expressions overflow the stack.
 */
export const redactTokens = (text: string): string =>
  quotable(text)
    .replace(/(?<!<)(SessionID\W{0,3})(?<!<)(?=\w)[^"&\s,}]+/gi, "$1[redacted]")
    .replace(/[A-Za-z0-9]{20,}/g, "[redacted]")
