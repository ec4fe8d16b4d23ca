/**
 * Article bodies as an agent needs them: the new content of each message, without the earlier messages it quotes,
 * the sender's signature (but for its phone numbers and e-mail addresses) and disclaimers, OTRS's link lists and
 * whitespace runs; a marker says where quotes or signature lines went. Everything works on lines, so the rules stay
 * readable; each rule only removes what it recognises with certainty and leaves anything doubtful alone.
 * Letters beyond ASCII in regular expressions are \u escapes (\u00e9 is e acute): the bundle must stay ASCII, see
 * scripts/bundle.mjs.
 */

export const QUOTE_MARKER = "[quoted earlier messages removed]"

/** Stands for a removed quote while the other rules run; becomes QUOTE_MARKER at the end. */
const QUOTE = "\u0000quote"

export const SIGNATURE_MARKER = "[signature lines removed]"

/** Stands for removed signature lines, like QUOTE. */
const SIGNATURE = "\u0000signature"

/**
 * Starts the lines kept of a signature while the other rules run: they are not the message's own text, which a
 * message that is only a signature has none of (see compactBody).
 */
const KEPT = "\u0001"

const isBlank = (line: string) => line.trim() === ""
// trimStart strips what ^\s* matches, in half the time of the regex
const isQuoted = (line: string) => line.trimStart().startsWith(">")
// the regex only for lines that can match: it ran for every line, and took a sixth of the compaction
const isCiteMarker = (line: string) => line.includes("Cite::") && /^[\s>]*#{3,}Cite::\d+#{3,}\s*$/.test(line)

const hardSpaces = ["\u00a0", "\u2007", "\u202f"]

const normalize = (text: string): Array<string> => {
  // most bodies have neither, and looking costs less than a replace that finds nothing; string searches and
  // replaceAll, not a regex: 1 us instead of 15 on a 10 KB body
  const unixLines = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text
  const spaced = hardSpaces.reduce(
    (body, space) => (body.includes(space) ? body.replaceAll(space, " ") : body),
    unixLines
  )
  return spaced
    .split("\n")
    // trimEnd strips what \s+$ matches, without the regex's quadratic retries on lines full of inner spaces
    .map((line) => line.trimEnd())
}

// "On 24/11/2026 08:12, Dana Whitfield wrote:", "Am 24.11.26 um 09:03 schrieb Jürgen Weiß:", "Le ... a écrit :"
const attribution =
  /^(On|Am|Le|El|Il|Op|Em|Den|W dniu)\s.{0,200}\b(wrote|schrieb|a \u00e9crit|escribi\u00f3|ha scritto|schreef|escreveu|skrev|napisa\u0142)\b.{0,80}:$/i

/** How many lines (1 or 2: mail clients wrap long attributions) the attribution at `index` spans; 0 if none. */
const attributionAt = (lines: ReadonlyArray<string>, index: number): number => {
  // an attribution ends with a colon, on its line or the next: every other line is settled without the regex
  const raw = lines[index] ?? ""
  const rawNext = lines[index + 1] ?? ""
  if (!raw.trimEnd().endsWith(":") && !rawNext.trimEnd().endsWith(":")) return 0
  const line = raw.replace(/^[\s>]+/, "").trim()
  if (attribution.test(line)) return 1
  const next = rawNext.replace(/^[\s>]+/, "").trim()
  return next.length > 0 && next.length < 60 && attribution.test(`${line} ${next}`) ? 2 : 0
}

const headerField = /^\s*\*?(From|Von|De|Da|Van|Sent|Gesendet|Envoy\u00e9|Enviado|Inviato|Date|Datum|To|An|\u00c0|Para|A|Subject|Betreff|Objet|Asunto|Oggetto|Cc)\s*:\*?\s/i
const fromField = /^\s*\*?(From|Von|De|Da|Van)\s*:\*?\s+\S/i
const separator = /^\s*([-_=]{8,}|-+\s*(Original Message|Urspr\u00fcngliche Nachricht|Message d'origine|Mensaje original)\s*-+)\s*$/i

const pointsBelow = /\b(below|unten|ci-dessous|abajo|sotto|hieronder|nedenfor|abaixo)\b/i
const forwardIntro = /forwarded message|weitergeleitete nachricht|message transf\u00e9r\u00e9|begin forwarded/i
const forwardedSubject = /^\s*\*?(Subject|Betreff|Objet|Asunto|Oggetto)\s*:\*?\s*(fwd?|wg|tr|rv|i)\s*:/i

/**
 * Where an unquoted earlier message starts (Outlook and its kin paste it below a header block instead of quoting
 * it): a From: line followed by at least two more header fields, or an "Original Message" separator. The
 * separator line just above a header block belongs to it. A forwarded message is content, not history.
 */
const unquotedHistoryStart = (lines: ReadonlyArray<string>): number | undefined => {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ""
    if (separator.test(line) && /original|urspr\u00fcngliche|origine/i.test(line)) return index
    if (!fromField.test(line)) continue
    const following = lines.slice(index + 1, index + 5).filter((next) => headerField.test(next))
    if (following.length < 2) continue
    if (following.some((next) => forwardedSubject.test(next))) return undefined
    let start = index
    let probe = index - 1
    for (; probe >= 0 && (isBlank(lines[probe] ?? "") || separator.test(lines[probe] ?? "")); probe--) {
      if (separator.test(lines[probe] ?? "")) start = probe
    }
    // "I got this mail, please check:" introduces a pasted message, which is content; "see my mail below:" points
    // at the thread
    const intro = lines[probe] ?? ""
    const pasted = start === index && intro.trimEnd().endsWith(":") && !pointsBelow.test(intro)
    return forwardIntro.test(intro) || pasted ? undefined : start
  }
  return undefined
}

const nextNonBlank = (lines: ReadonlyArray<string>, from: number) => {
  let index = from
  while (index < lines.length && isBlank(lines[index] ?? "")) index++
  return index
}

/** A quote this short is kept when an answer follows it: it is the context of the answer. */
const KEPT_INLINE_QUOTE_LINES = 6

/** Quoted lines from this length on may have been wrapped by a mail client; shorter ones were not. */
const WRAPPED_QUOTE_LINE = 60

/** Mail clients wrap text at 72 to 80 columns. */
const WRAP_WIDTH_MIN = 72
const WRAP_WIDTH_MAX = 80

const isQuoteLine = (line: string) => isQuoted(line) || isCiteMarker(line)

/**
 * A mail client that wraps a long quoted line after quoting it leaves the rest without `>`: one line right between
 * two quoted ones, below a long line that stops mid-sentence. It belongs to the quote, and is no answer.
 */
const isWrappedQuoteRest = (lines: ReadonlyArray<string>, index: number) => {
  const above = lines[index - 1] ?? ""
  const nextWord = /^\s*(\S+)/.exec(lines[index] ?? "")?.[1] ?? ""
  // a line longer than any wrap width was not wrapped, nor one that had room left for the next word
  return above.length >= WRAPPED_QUOTE_LINE && above.length <= WRAP_WIDTH_MAX &&
    above.length + 1 + nextWord.length > WRAP_WIDTH_MIN && !/[.?!:)\]"']$/.test(above) && isQuoted(above) &&
    isQuoted(lines[index + 1] ?? "") && !startsItem.test(lines[index + 1] ?? "")
}

/** A quoted line that starts a numbered or bulleted item: the line above it ended one, and answers it. */
const startsItem = /^\s*>\s*(\d{1,2}[.)]|[-*\u2022])\s/

interface QuoteRun {
  /** the attribution's first line, or the first quoted line */
  readonly start: number
  readonly quoteStart: number
  /** the line after the run */
  readonly end: number
  readonly cited: boolean
}

/**
 * The runs of `>` lines or OTRS Cite markers, each with the attribution line that introduces it; blank lines and
 * wrapped rests of quoted lines inside a run belong to it. An attribution with nothing below it runs to the end.
 */
const quoteRuns = (lines: ReadonlyArray<string>): Array<QuoteRun> => {
  const runs: Array<QuoteRun> = []
  let index = 0
  while (index < lines.length) {
    const attributionLines = attributionAt(lines, index)
    const quoteStart = attributionLines > 0 ? nextNonBlank(lines, index + attributionLines) : index
    if (quoteStart < lines.length && !isQuoteLine(lines[quoteStart] ?? "")) {
      index++
      continue
    }
    let end = quoteStart
    let cited = false
    while (end < lines.length) {
      const current = lines[end] ?? ""
      if (isQuoteLine(current)) {
        cited ||= isCiteMarker(current)
        end++
      } else if (isBlank(current)) {
        const after = nextNonBlank(lines, end)
        if (after < lines.length && isQuoteLine(lines[after] ?? "")) end = after
        else break
      } else if (isWrappedQuoteRest(lines, end)) end++
      else break
    }
    runs.push({ start: index, quoteStart, end, cited })
    index = end
  }
  return runs
}

/**
 * The last line that may answer a quote: what a mail server appends below the quote (a disclaimer, "Sent from my
 * phone") answers nothing, nor does the writer's signature below it. -1 if none.
 */
const lastAnswerLine = (lines: ReadonlyArray<string>): number => {
  let last = lines.length - 1
  while (last >= 0) {
    const line = lines[last] ?? ""
    if (isBlank(line) || mobileFooter.test(line)) {
      last--
      continue
    }
    // most replies end in the quote: no need to find where its paragraph starts
    if (isQuoteLine(line)) return last
    let start = last
    while (start > 0 && !isBlank(lines[start - 1] ?? "")) start--
    if (!disclaimerStart.test(lines[start] ?? "")) return signatureBelowQuote(lines, last) ?? last
    last = start - 1
  }
  return last
}

/**
 * The last quoted line, when all that follows it up to `last` is a signature: a "--" line and what follows, or a
 * closing, a name and a signature block ("Regards" / "Bob Miller" / "Phone ...").
 */
const signatureBelowQuote = (lines: ReadonlyArray<string>, last: number): number | undefined => {
  let quote = last
  while (quote >= 0 && !isQuoteLine(lines[quote] ?? "")) quote--
  if (quote < 0 || !hasOwnTextBefore(lines, quote)) return undefined
  const first = nextNonBlank(lines, quote + 1)
  if (/^--\s*$/.test(lines[first] ?? "")) return isSignatureBlock(lines.slice(first + 1, last + 1)) ? quote : undefined
  if (!closing.test((lines[first] ?? "").trim())) return undefined
  const name = nextNonBlank(lines, first + 1)
  return name <= last && isNameLine(lines[name] ?? "") && isSignatureBlock(lines.slice(name + 1, last + 1))
    ? quote
    : undefined
}

/**
 * Whether the writer wrote anything above the quote run that ends at `quote` (an attribution line aside): without,
 * what follows the quote is the reply, signed or not ("Thanks!" / "Bob" below a question).
 */
const hasOwnTextBefore = (lines: ReadonlyArray<string>, quote: number) => {
  let start = quote
  while (start > 0 && (isQuoteLine(lines[start - 1] ?? "") || isBlank(lines[start - 1] ?? ""))) start--
  for (let index = 0; index < start; index++) {
    const line = lines[index] ?? ""
    if (isBlank(line) || isQuoteLine(line)) continue
    if (attributionAt(lines, index) > 0) {
      index += attributionAt(lines, index) - 1
      continue
    }
    return true
  }
  return false
}

/**
 * Replaces quoted earlier messages by a QUOTE line. A quote an answer follows is context and stays: in an inline
 * reply, where quotes and answers alternate, every one does; otherwise a short one. The quote below the last own
 * text is the earlier message itself; OTRS Cite markers stand for one.
 */
const removeQuotes = (lines: ReadonlyArray<string>): Array<string> => {
  const runs = quoteRuns(lines)
  const lastAnswer = runs.length === 0 ? lines.length : lastAnswerLine(lines)
  const answered = (run: QuoteRun) => nextNonBlank(lines, run.end) <= lastAnswer
  const inline = runs.some((run, at) => {
    const next = runs[at + 1]
    return next !== undefined && nextNonBlank(lines, run.end) < next.start
  })
  const out: Array<string> = []
  // line by line: spreading a slice into push overflows the stack from about 100,000 lines on
  const copy = (from: number, to: number) => {
    for (let index = from; index < to; index++) out.push(lines[index] ?? "")
  }
  let from = 0
  for (const run of runs) {
    copy(from, run.start)
    const kept = answered(run) && !run.cited && (inline || run.end - run.quoteStart <= KEPT_INLINE_QUOTE_LINES)
    if (kept) copy(run.start, run.end)
    else out.push(QUOTE)
    from = run.end
  }
  copy(from, lines.length)
  return out
}

/** Drops everything from an unquoted earlier message on (see unquotedHistoryStart). */
const removeUnquotedHistory = (lines: Array<string>): Array<string> => {
  const start = unquotedHistoryStart(lines)
  return start === undefined ? lines : [...lines.slice(0, start), QUOTE]
}

// "Kind regards,", "Mit freundlichen Grüßen / Kind regards", "Thanks in advance,", "Viele Grüße"
const closing = new RegExp(
  "^(" + [
    "(kind|best|warm|warmest|many|with kind) regards",
    "regards",
    "best( wishes)?",
    "cheers",
    "(many )?thanks( a lot| again| in advance)?",
    "thank you( very much| in advance)?",
    "(yours )?sincerely",
    "yours( truly| faithfully)?",
    "mit (den )?(freundlichen|besten) grüßen",
    "(viele|beste|liebe|schöne|freundliche|herzliche) grüße",
    "grüße",
    "gruß",
    "cordialement",
    "bien à vous",
    "(un )?saludos?( cordiales)?",
    "met vriendelijke groet(en)?",
    "distinti saluti",
    "cordiali saluti"
  ].join("|") + ")([,.!]?\\s*/\\s*[^/]{1,40})?[,.!]?$",
  "i"
)

/** A name under a closing line: short, no sentence. */
const isNameLine = (line: string) => {
  const trimmed = line.trim()
  return trimmed.length > 0 && trimmed.length <= 40 && trimmed.split(/\s+/).length <= 5 && !/[.?!:;]$/.test(trimmed)
}

const MAX_SIGNATURE_LINES = 20
const MAX_SIGNATURE_LINE = 100

const url = /\b(https?|mailto):\S+/gi
const request = /^(can|could|would|will|please|i|i'm|i've|we|why|what|when|where|how|is|are|do|does|did)\s+\S+\s+\S+/i

/**
 * A line of a message rather than of a signature: a question or a request, whatever its length. Names, titles,
 * addresses, phone numbers and links are neither (a link's query string is no question).
 */
const asksSomething = (line: string) => {
  const text = line.replace(url, "").trim()
  return text.includes("?") || request.test(text)
}

/** A sentence of a message: six words or more, ending as sentences do. */
const isSentence = (line: string) => {
  const text = line.trim()
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 6 && /[.!:]$/.test(text)
}

/**
 * Signature-like: a few short lines, no postscript, nothing asked. A signature may end in a company's legal
 * sentence, but does not start with a sentence: one under a closing line and name is an afterthought.
 */
const isSignatureBlock = (lines: ReadonlyArray<string>) => {
  const filled = lines.filter((line) => !isBlank(line))
  return filled.length <= MAX_SIGNATURE_LINES && !isSentence(filled[0] ?? "") &&
    filled.every((line) =>
      line.length <= MAX_SIGNATURE_LINE && !/^\s*(P\.?\s?S\.?|PPS)\b/i.test(line) && !asksSomething(line)
    )
}

// "+1 555 0199" needs no label ("C++17" is no number); "Tel. 0221 123456", "Mobil: (0171) ..." need one right before
const phoneHint = /(^|[^\w+])\+\d|\b(phone|tel|telefon|telephone|mobile?|cell|handy|fon|t\u00e9l)\b[^\w+]{0,4}\+?\(?\d/i
const email = /\w@[\w-]+\.\w/

const MIN_PHONE_DIGITS = 6

/** A phone number or an e-mail address: what a help desk needs of a signature, to call or write back. */
const isContactLine = (line: string) => {
  if (line.includes("@") && email.test(line)) return true
  if (!phoneHint.test(line)) return false
  let digits = 0
  for (let at = 0; at < line.length; at++) {
    const code = line.charCodeAt(at)
    if (code >= 48 && code <= 57) digits++
  }
  return digits >= MIN_PHONE_DIGITS
}

const asKept = (line: string) => (line.startsWith(KEPT) ? line : KEPT + line)

/** What stays of a removed signature: `withContacts`, or nothing. */
type SignatureRest = (removed: ReadonlyArray<string>) => Array<string>

const nothing: SignatureRest = () => []

/**
 * A removed signature's contact lines, and a SIGNATURE line when anything else went, so that the reader knows
 * full_body holds more. `removed` may hold the rest of a "--" signature cut before: its SIGNATURE line counts as
 * removed, and comes back once.
 */
const withContacts: SignatureRest = (removed) => {
  const rest: Array<string> = []
  let dropped = false
  for (const line of removed) {
    if (isContactLine(line)) rest.push(asKept(line))
    else dropped ||= !isBlank(line)
  }
  if (dropped) rest.push(SIGNATURE)
  return rest
}

/** Apply `cut` to each stretch of own text between QUOTE lines. */
const perSection = (lines: ReadonlyArray<string>, cut: (section: Array<string>) => Array<string>): Array<string> => {
  const out: Array<string> = []
  let section: Array<string> = []
  for (const line of lines) {
    if (line === QUOTE) {
      out.push(...cut(section), QUOTE)
      section = []
    } else section.push(line)
  }
  return [...out, ...cut(section)]
}

/**
 * "-- " starts a signature, by convention (RFC 3676): the last such line that a signature follows. People also set
 * off pasted logs with "--", and go on writing below (what asks something is no signature); a signature may hold
 * one too, above its legal lines. The "--" stays above kept contact lines: without a name above them, it tells
 * they are the signature's and not the end of a log.
 */
const removeDashSignature = (section: Array<string>, signatureRest: SignatureRest): Array<string> => {
  for (let at = section.length - 1; at >= 0; at--) {
    if (!/^--\s*$/.test(section[at] ?? "")) continue
    // a signature's disclaimer is no sentence of the message, nor a contact line
    const signature = removeBoilerplate(section.slice(at + 1))
    if (!isSignatureBlock(signature)) continue
    const rest = signatureRest(signature)
    const own = section.slice(0, at)
    return rest.some(isContactLine) ? [...own, asKept(section[at] ?? ""), ...rest] : [...own, ...rest]
  }
  return section
}

/** After the last closing line and the name below it, a short block of lines is the signature. */
const removeClosingSignature = (section: Array<string>, signatureRest: SignatureRest): Array<string> => {
  for (let index = section.length - 1; index >= 0; index--) {
    if (!closing.test((section[index] ?? "").trim())) continue
    const name = nextNonBlank(section, index + 1)
    if (name >= section.length) return section
    if (!isNameLine(section[name] ?? "")) return section
    const rest = section.slice(name + 1)
    return isSignatureBlock(rest) ? [...section.slice(0, name + 1), ...signatureRest(rest)] : section
  }
  return section
}

const disclaimerStart = new RegExp(
  "^\\s*(" + [
    "confidentiality( notice)?\\b",
    "disclaimer\\b",
    "privileged (and|&) confidential",
    "this (e-?mail|message|communication)\\b.{0,60}\\b(confidential|intended (solely |only )?for)",
    "the information (contained )?in this (e-?mail|message)",
    "please consider the environment",
    "think before you print",
    "vertraulichkeitshinweis",
    "diese (e-?mail|nachricht)\\b.{0,60}\\b(vertraulich|ausschließlich)",
    "bitte denken sie an die umwelt"
  ].join("|") + ")",
  "i"
)

const mobileFooter = /^\s*(sent from my \S.{0,30}|von meinem \S.{0,30} gesendet|gesendet von \S.{0,30})$/i

/** Paragraphs that are legal or environmental boilerplate, and "Sent from my phone" lines. */
const removeBoilerplate = (section: Array<string>): Array<string> => {
  const out: Array<string> = []
  let index = 0
  while (index < section.length) {
    const line = section[index] ?? ""
    const paragraphStart = index === 0 || isBlank(section[index - 1] ?? "")
    if (paragraphStart && disclaimerStart.test(line)) {
      while (index < section.length && !isBlank(section[index] ?? "")) index++
      continue
    }
    if (!mobileFooter.test(line)) out.push(line)
    index++
  }
  return out
}

const linkListEntry = /^\s*\[(\d+)\]\s+(\S+)\s*$/

interface Links {
  readonly lines: Array<string>
  /** `[n]` -> URL, from the list OTRS appends to bodies converted from HTML */
  readonly targets: ReadonlyMap<string, string>
}

/** Takes OTRS's `[n] url` list off the end of the body. */
const splitLinkList = (lines: ReadonlyArray<string>): Links => {
  let end = lines.length
  while (end > 0 && isBlank(lines[end - 1] ?? "")) end--
  let start = end
  while (start > 0 && linkListEntry.test(lines[start - 1] ?? "")) start--
  const targets = new Map<string, string>()
  for (const line of lines.slice(start, end)) {
    const [, number, url] = linkListEntry.exec(line) ?? []
    if (number !== undefined && url !== undefined) targets.set(number, url)
  }
  return { lines: lines.slice(0, start), targets }
}

/**
 * A reference whose text already is the URL (or a mailto:'s address) loses its `[n]`; the others keep it, and the
 * list comes back with just their entries.
 */
const restoreLinks = ({ lines, targets }: Links): Array<string> => {
  if (targets.size === 0) return lines
  const referenced = new Set<string>()
  const body = lines.map((line) =>
    line.replace(/\[(\d+)\](\S*)/g, (whole, number: string, following: string) => {
      const url = targets.get(number)
      if (url === undefined) return whole
      if (following.length > 0 && following.startsWith(url.replace(/^mailto:/i, ""))) return following
      referenced.add(number)
      return whole
    })
  )
  const kept = [...targets].filter(([number]) => referenced.has(number)).map(([number, url]) => `[${number}] ${url}`)
  return kept.length === 0 ? body : [...body, "", ...kept]
}

/** A line as the reader sees it: markers for what was removed, the kept lines of a signature as they were. */
const shown = (line: string): string => {
  if (line === QUOTE) return QUOTE_MARKER
  if (line === SIGNATURE) return SIGNATURE_MARKER
  return line.startsWith(KEPT) ? line.slice(KEPT.length) : line
}

/** One blank line at most between paragraphs, none around the text, one marker per run of removed quotes. */
const tidyWhitespace = (lines: ReadonlyArray<string>): string => {
  const out: Array<string> = []
  for (const line of lines) {
    const text = shown(line)
    const previous = out[out.length - 1]
    if (isBlank(text) && (previous === undefined || isBlank(previous))) continue
    if (text === QUOTE_MARKER) {
      while (out.length > 0 && isBlank(out[out.length - 1] ?? "")) out.pop()
      if (out[out.length - 1] === QUOTE_MARKER) continue
      if (out.length > 0) out.push("")
    }
    out.push(text)
  }
  while (out.length > 0 && isBlank(out[out.length - 1] ?? "")) out.pop()
  return out.join("\n")
}

/** Whitespace tidied only (line ends, trailing blanks), for `full_body`. */
export const tidyBody = (text: string): string => normalize(text).join("\n").replace(/^\n+|\n+$/g, "")

export interface CompactOptions {
  /**
   * Whether a signature's phone numbers and e-mail addresses stay: a customer's are how to reach them, while the
   * help desk's own signature, under every agent's and system's message alike, only repeats itself.
   */
  readonly signatureContacts: boolean
}

/**
 * The new content of one message, as readable text. A message with nothing of its own (a bare forward, a quote or
 * a signature alone) keeps its whole text: then that is the content.
 */
export const compactBody = (text: string, options: CompactOptions = { signatureContacts: true }): string => {
  const { lines, targets } = splitLinkList(normalize(text))
  const signatureRest = options.signatureContacts ? withContacts : nothing
  const own = perSection(
    removeUnquotedHistory(removeQuotes(lines)),
    (section) =>
      removeClosingSignature(removeBoilerplate(removeDashSignature(section, signatureRest)), signatureRest)
  )
  const hasOwnText = own.some((line) =>
    line !== QUOTE && line !== SIGNATURE && !line.startsWith(KEPT) && !isBlank(line)
  )
  return hasOwnText ? tidyWhitespace(restoreLinks({ lines: own, targets })) : tidyBody(text)
}
