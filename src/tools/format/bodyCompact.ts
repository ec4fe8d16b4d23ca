/**
 * Article bodies as an agent needs them: the new content of each message, without the earlier messages it quotes,
 * the sender's signature (but for a customer's phone numbers and e-mail addresses) and disclaimers, OTRS's link lists
 * and whitespace runs. Nothing goes without a marker that says what went and that full_body has it: a reader who
 * misses a fact must know where to look. Everything works on lines, so the rules stay readable; each rule only
 * removes what it recognises with certainty and leaves anything doubtful alone.
 * Letters beyond ASCII in regular expressions are \u escapes (\u00e9 is e acute): the bundle must stay ASCII, see
 * scripts/bundle.mjs.
 */

export const QUOTE_MARKER = "[quoted earlier messages removed; full_body shows them]"

/** Stands for a removed quote while the other rules run; becomes QUOTE_MARKER at the end. */
const QUOTE = "\u0000quote"

export const SIGNATURE_MARKER = "[signature lines removed; full_body shows them]"

/** Stands for removed signature lines, like QUOTE. */
const SIGNATURE = "\u0000signature"

export const DISCLAIMER_MARKER = "[disclaimer removed; full_body shows it]"

/** Stands for removed legal or environmental boilerplate, like QUOTE. */
const DISCLAIMER = "\u0000disclaimer"

const isMarker = (line: string) => line === QUOTE || line === SIGNATURE || line === DISCLAIMER

/**
 * Starts the lines kept of a signature while the other rules run: they are not the message's own text, which a
 * message that is only a signature has none of (see compactBody).
 */
const KEPT = "\u0001"

const isBlank = (line: string) => line.trim() === ""
/** A line of text: what a signature's length counts. */
const isFilled = (line: string) => !isBlank(line) && !isMarker(line)
// trimStart strips what ^\s* matches, in half the time of the regex
const isQuoted = (line: string) => line.trimStart().startsWith(">")
// the regex only for lines that can match: it ran for every line, and took a sixth of the compaction
const isCiteMarker = (line: string) => line.includes("Cite::") && /^[\s>]*#{3,}Cite::\d+#{3,}\s*$/.test(line)
// "-- " above a signature (RFC 3676), "--" between the parts of a log
const dashLine = /^--\s*$/

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

// "From: Dana <dana@acme.test>", "Von: Agent One": a name or an address, never a date ("From: 2026-12-07" is a form's)
const senderField = /^\s*\*?(From|Von|De|Da|Van)\s*:\*?\s+(\S*@|["'<*]?\p{L})/iu
// the other fields of a pasted header, in English, German, French, Spanish, Italian, Portuguese and Dutch
const headerField = (labels: string, value = "") => new RegExp(`^\\s*\\*?(${labels})\\s*:\\*?\\s${value}`, "i")
const subjectLabels = "Subject|Betreff|Objet|Asunto|Oggetto|Assunto|Onderwerp"
const dateField = headerField("Sent|Gesendet|Envoy\u00e9|Enviado( el)?|Inviato|Verzonden|Date|Datum|Data|Fecha")
const subjectField = headerField(subjectLabels)
const recipientField = headerField("To|Cc|Bcc|An|\u00c0|Para|A|Aan")
// "Subject: RE: VPN": a reply's subject, which no form's field starts with
const replySubject = headerField(subjectLabels, "\\s*(re|aw|antw|sv|r|res|rif)\\s*:")
const separator = /^\s*([-_=]{8,}|-+\s*(Original Message|Urspr\u00fcngliche Nachricht|Message d'origine|Mensaje original)\s*-+)\s*$/i
const isOriginalMessageLine = (line: string) =>
  separator.test(line) && /original|urspr\u00fcngliche|origine/i.test(line)

/**
 * "Cost center" of "Cost center: 4711": a short name before a colon, as forms and signatures have ("ACME Inc. -
 * registered office: Springfield" is a company's line, not a label).
 */
const labelOf = (line: string): string | undefined => {
  const label = /^\s*([\p{L}][\p{L}\p{N} .&/()'-]{0,39}):\s+\S/u.exec(line)?.[1]
  return label === undefined || label.includes(" - ") ? undefined : label
}

/** A mail header's lines below its From: line: Sent, To and Cc wrapped over several lines each, Subject. */
const HEADER_LINES = 12

/** The lines of the header block below the sender line at `index`: up to the first blank line. */
const headerBlock = (lines: ReadonlyArray<string>, index: number): Array<string> => {
  const block: Array<string> = []
  for (let at = index + 1; at < lines.length && block.length < HEADER_LINES && !isBlank(lines[at] ?? ""); at++) {
    block.push(lines[at] ?? "")
  }
  return block
}

/**
 * A sender, then in its block two more header fields, a date or a reply's subject among them: what mail clients
 * write above a message they paste. Forms have no sender ("From: 2026-12-07"), and no date with a name
 * ("From: Dana Whitfield / To: Finance team / Subject: Q4 close" asks to write a mail).
 */
const isMailHeader = (lines: ReadonlyArray<string>, index: number) => {
  if (!senderField.test(lines[index] ?? "")) return false
  const block = headerBlock(lines, index)
  return block.some((line) => dateField.test(line) || replySubject.test(line)) &&
    block.filter((line) => dateField.test(line) || subjectField.test(line) || recipientField.test(line)).length >= 2
}

const pointsBelow = /\b(below|unten|ci-dessous|abajo|sotto|hieronder|nedenfor|abaixo)\b/i
// "Dana Whitfield <customer1@test.local> wrote:": an attribution too, if not one that quoteRuns recognises
const looseAttribution =
  /\b(wrote|schrieb|a \u00e9crit|escribi\u00f3|ha scritto|schreef|escreveu|skrev|napisa\u0142)\s*:\s*$/i
// "see my mail below", "the thread below": the writer's own earlier message, which the ticket holds already
const pointsAtHistory = new RegExp(
  "\\b(my|our|meine[nmrs]?|unsere[nmrs]?)\\s+((previous|earlier|last|first|original|vorherige[nm]?|letzte[nm]?)\\s+)?" +
    "(e-?mail|mail|message|request|nachricht|anfrage)\\b|\\b(thread|conversation|correspondence|verlauf)\\b",
  "i"
)
const forwardIntro = /forwarded message|weitergeleitete nachricht|message transf\u00e9r\u00e9|begin forwarded/i
const forwardedSubject = /^\s*\*?(Subject|Betreff|Objet|Asunto|Oggetto)\s*:\*?\s*(fwd?|wg|tr|rv|i)\s*:/i

/**
 * Whether the line above a pasted message or quote introduces it as content: "I got this mail, please check:",
 * "The alert below came in at 03:12", but not "please see my mail below:", which points at the thread.
 */
const introducesContent = (intro: string) =>
  (intro.trimEnd().endsWith(":") || pointsBelow.test(intro)) && !pointsAtHistory.test(intro) &&
  !looseAttribution.test(intro)

/**
 * Where an unquoted earlier message starts (Outlook and its kin paste it below a header block instead of quoting
 * it): an "Original Message" separator, or a mail header (see isMailHeader). The separator line just above a header
 * block belongs to it. A forwarded message is content, not history, and so is a message the writer introduces.
 */
const unquotedHistoryStart = (lines: ReadonlyArray<string>): number | undefined => {
  for (let index = 0; index < lines.length; index++) {
    // the separator says what follows is the earlier message, whatever its subject or the line above
    if (isOriginalMessageLine(lines[index] ?? "")) return index
    if (!isMailHeader(lines, index)) continue
    // the earlier message may still follow the forwarded one
    if (headerBlock(lines, index).some((next) => forwardedSubject.test(next))) continue
    let start = index
    let probe = index - 1
    for (; probe >= 0 && (isBlank(lines[probe] ?? "") || separator.test(lines[probe] ?? "")); probe--) {
      if (separator.test(lines[probe] ?? "")) start = probe
    }
    const intro = lines[probe] ?? ""
    // a mail header stands apart; right under "Name: Max Example" it is part of a form
    if (probe === index - 1 && labelOf(intro) !== undefined) continue
    return forwardIntro.test(intro) || introducesContent(intro) ? undefined : start
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
    if (!isBoilerplate(lines.slice(start, last + 1))) return signatureBelowQuote(lines, last) ?? last
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
  if (dashLine.test(lines[first] ?? "")) return isSignatureBlock(lines.slice(first + 1, last + 1)) ? quote : undefined
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

/** The last line above `index` that is not blank, or "" if none. */
const previousFilled = (lines: ReadonlyArray<string>, index: number) => {
  let probe = index - 1
  while (probe >= 0 && isBlank(lines[probe] ?? "")) probe--
  return lines[probe] ?? ""
}

/**
 * Replaces quoted earlier messages by a QUOTE line. A quote an answer follows is context and stays: in an inline
 * reply, where quotes and answers alternate, every one does; otherwise a short one. The quote below the last own
 * text is the earlier message itself; OTRS Cite markers stand for one.
 * `>` also sets off pasted console output and mails: without an attribution, a Cite marker or a pasted earlier
 * message (`historyBelow`) there is no reply to take them for, and only a quote below the writer's text goes, unless
 * the writer introduced it.
 */
const removeQuotes = (lines: ReadonlyArray<string>, historyBelow: boolean): Array<string> => {
  const runs = quoteRuns(lines)
  const lastAnswer = runs.length === 0 ? lines.length : lastAnswerLine(lines)
  const answered = (run: QuoteRun) => nextNonBlank(lines, run.end) <= lastAnswer
  const inline = runs.some((run, at) => {
    const next = runs[at + 1]
    return next !== undefined && nextNonBlank(lines, run.end) < next.start
  })
  const context = (run: QuoteRun) =>
    answered(run) && !run.cited && (inline || run.end - run.quoteStart <= KEPT_INLINE_QUOTE_LINES)
  const replied = historyBelow || runs.some((run) => run.start < run.quoteStart || run.cited)
  // without attributions, the writer's first line is the first one neither blank nor quoted
  let firstOwn = 0
  while (firstOwn < lines.length && (isBlank(lines[firstOwn] ?? "") || isQuoteLine(lines[firstOwn] ?? ""))) firstOwn++
  const removable = (run: QuoteRun) =>
    replied
      ? !context(run)
      : !answered(run) && firstOwn < run.start && !introducesContent(previousFilled(lines, run.start))
  const out: Array<string> = []
  // line by line: spreading a slice into push overflows the stack from about 100,000 lines on
  const copy = (from: number, to: number) => {
    for (let index = from; index < to; index++) out.push(lines[index] ?? "")
  }
  let from = 0
  for (const run of runs) {
    copy(from, run.start)
    if (removable(run)) out.push(QUOTE)
    else copy(run.start, run.end)
    from = run.end
  }
  copy(from, lines.length)
  return out
}

/**
 * Removes the quotes, and an unquoted earlier message (see unquotedHistoryStart) with all below it: a message with
 * one is a reply, and its `>` lines quote too.
 */
const removeHistory = (lines: ReadonlyArray<string>): Array<string> => {
  const start = unquotedHistoryStart(lines)
  return start === undefined ? removeQuotes(lines, false) : [...removeQuotes(lines.slice(0, start), true), QUOTE]
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

// the words of the labels a signature's lines carry: "Phone:", "Registered office:", "Sitz der Gesellschaft:"
const signatureLabelWords = new Set([
  "phone", "tel", "telefon", "telephone", "t\u00e9l", "fax", "mobile", "mobil", "cell", "handy", "fon", "direct",
  "main", "switchboard", "hotline", "e", "email", "mail", "web", "website", "www", "internet", "url", "homepage",
  "skype", "teams", "linkedin", "twitter", "xing", "address", "adresse", "anschrift", "postal", "office", "head",
  "headquarters", "si\u00e8ge", "social", "sitz", "der", "des", "of", "the", "gesellschaft", "company", "registered",
  "registration", "reg", "register", "registergericht", "amtsgericht", "handelsregister", "court", "hrb", "hra",
  "rcs", "siret", "no", "nr", "number", "id", "idnr", "vat", "ust", "tax", "steuer", "steuernr", "iban", "bic",
  "swift", "bank", "board", "chair", "chairman", "chairwoman", "director", "directors", "managing", "ceo", "cfo",
  "gesch\u00e4ftsf\u00fchrer", "gesch\u00e4ftsf\u00fchrung", "vorstand", "vorsitzender", "vorsitzende", "aufsichtsrat",
  "aufsichtsratsvorsitzender", "aufsichtsratsvorsitzende", "title", "position", "department", "abteilung", "pronouns",
  "hours", "opening", "erreichbarkeit", "sprechzeiten", "\u00f6ffnungszeiten"
])

const isSignatureLabel = (label: string) =>
  label.toLowerCase().split(/[\s./()*-]+/).every((word) => word === "" || signatureLabelWords.has(word))

const link = /\b(https?:\/\/|mailto:|www\.)\S/i
const listItem = /^\s*([-*\u2022]|\d{1,2}[.)])\s+\S/
const dateOrTime = /\b(\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/

/**
 * A line that states a fact of the message: "Label: value" under a label no signature has ("Vendor case:
 * HP-2231-77"), a list item, a date or a time. Contact lines, links and "Office hours: 8:00-17:00" are a signature's.
 */
const statesFact = (line: string) => {
  if (isContactLine(line) || link.test(line)) return false
  const label = labelOf(line)
  if (label !== undefined && isSignatureLabel(label)) return false
  return label !== undefined || listItem.test(line) || dateOrTime.test(line)
}

/**
 * Signature-like: a few short lines of names, titles, addresses and contacts; no postscript, nothing asked, no fact.
 * A signature may end in a company's legal sentence, but does not start with a sentence: one under a closing line
 * and name is an afterthought. A line that does not belong to a signature means the message goes on: then none of
 * it is one.
 */
const isSignatureBlock = (lines: ReadonlyArray<string>) => {
  const filled: Array<string> = []
  // settled by the length of the block or of a line without looking at the rest, which may be a whole log
  for (const line of lines) {
    if (!isFilled(line)) continue
    if (filled.length === MAX_SIGNATURE_LINES || line.length > MAX_SIGNATURE_LINE) return false
    filled.push(line.replace(KEPT, ""))
  }
  return !isSentence(filled[0] ?? "") &&
    filled.every((line) => !/^\s*(P\.?\s?S\.?|PPS)\b/i.test(line) && !asksSomething(line) && !statesFact(line))
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

/**
 * What stays of a removed signature: its contact lines when `keepContacts`, a mobile footer, a SIGNATURE line when
 * anything else went, so that the reader knows full_body holds more, and the DISCLAIMER line of boilerplate removed
 * from it.
 * `removed` may hold the rest of a "--" signature cut before: its SIGNATURE line counts as removed, and comes back
 * once.
 */
type SignatureRest = (removed: ReadonlyArray<string>) => Array<string>

const signatureRest = (keepContacts: boolean): SignatureRest => (removed) => {
  const rest: Array<string> = []
  let dropped = false
  let disclaimer = false
  for (const line of removed) {
    if (line === DISCLAIMER) disclaimer = true
    // a marker in place of "Sent from my iPhone" would be longer than it
    else if ((keepContacts && isContactLine(line)) || mobileFooter.test(line)) rest.push(asKept(line))
    else dropped ||= !isBlank(line)
  }
  if (dropped) rest.push(SIGNATURE)
  if (disclaimer) rest.push(DISCLAIMER)
  return rest
}

/** Apply `cut` to each stretch of own text between QUOTE lines. */
const perSection = (lines: ReadonlyArray<string>, cut: (section: Array<string>) => Array<string>): Array<string> => {
  const out: Array<string> = []
  let section: Array<string> = []
  // line by line, as in removeQuotes: a section of 100,000 lines spread into push overflows the stack
  const flush = () => {
    for (const line of cut(section)) out.push(line)
  }
  for (const line of lines) {
    if (line === QUOTE) {
      flush()
      out.push(QUOTE)
      section = []
    } else section.push(line)
  }
  flush()
  return out
}

/**
 * "-- " starts a signature, by convention (RFC 3676): the last such line that a signature follows. People also set
 * off pasted logs with "--", and go on writing below (what asks something is no signature); a signature may hold
 * one too, above its legal lines. The "--" stays above kept contact lines: without a name above them, it tells
 * they are the signature's and not the end of a log.
 * Below a "--", the signature ends where the boilerplate at the section's end starts (see removeBoilerplate), or
 * before the rest of a disclaimer in the paragraph the "--" cuts. A log of thousands of "--" lines took minutes
 * when each "--" copied and checked all below it: the lines are counted once, going up, and the scan stops where
 * no signature fits any more.
 */
const removeDashSignature = (section: Array<string>, signatureRest: SignatureRest): Array<string> => {
  // most sections have no "--": no need to look for their boilerplate twice
  if (!section.some((line) => dashLine.test(line))) return section
  const boilerplate = boilerplateStart(section)
  const filledInBoilerplate = section.slice(boilerplate).filter(isFilled).length
  // the lines a signature's length counts, from the bottom up
  const filled: Array<string> = []
  // the paragraph that holds `at` ends before `end`; the one below it starts at `below`, which `filledFromBelow`
  // of the filled lines follow
  let end = section.length
  let below = section.length
  let filledFromBelow = 0
  let top = section.length
  for (let at = section.length - 1; at >= 0; at--) {
    const line = section[at] ?? ""
    if (isBlank(line)) continue
    if (isBlank(section[at + 1] ?? "")) {
      below = top
      filledFromBelow = filled.length
      end = at + 1
    }
    top = at
    if (!dashLine.test(line)) {
      if (!isMarker(line)) filled.push(line)
      continue
    }
    // with all below its paragraph boilerplate, the rest of the paragraph under the "--" may be a disclaimer too
    const [cut, filledFromCut] = below < boilerplate
      ? [boilerplate, filledInBoilerplate]
      : end - at - 1 <= MAX_DISCLAIMER_LINES && isBoilerplate(section.slice(at + 1, end))
      ? [at + 1, filled.length]
      : [below, filledFromBelow]
    const count = filled.length - filledFromCut
    // what a "--" further up heads holds all this one heads, unless it makes a disclaimer of this one's paragraph,
    // which only a paragraph of a disclaimer's length can be
    if (count > Math.max(MAX_SIGNATURE_LINES, MAX_DISCLAIMER_LINES)) break
    if (count <= MAX_SIGNATURE_LINES) {
      // a signature does not look at the blank lines between
      const signature = filled.slice(filledFromCut).reverse()
      if (cut < section.length) signature.push(DISCLAIMER)
      if (isSignatureBlock(signature)) {
        const rest = signatureRest(signature)
        // with nothing below it but boilerplate, the "--" was no signature's: it stays
        const dashKept = rest.some(isContactLine) || !rest.includes(SIGNATURE)
        return [...section.slice(0, at), ...(dashKept ? [asKept(line)] : []), ...rest]
      }
    }
    filled.push(line)
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

// a notice's heading: what follows it must still hold one legal cue ("Disclaimer: I am no expert, but" holds none)
const disclaimerHeading = new RegExp(
  "^\\s*\\*?(confidentiality( notice| note)?|disclaimer|legal notice|privileged (and|&) confidential|" +
    "vertraulichkeitshinweis|haftungsausschluss|avis de confidentialit\u00e9|avviso di riservatezza)\\b[\\s*:.-]*",
  "i"
)
// the words of legal boilerplate, one kind each, in the languages the help desks write
const legalCues: ReadonlyArray<RegExp> = [
  /confidential|vertraulich|confidentiel|riservat|confidencial/i,
  /privileged|privilegiert/i,
  /intended recipient|addressee|destinataire|destinatario|empf\u00e4nger|adressat/i,
  /(notify|contact|inform|advise) the sender|absender|exp\u00e9diteur|mittente|remitente/i,
  /\b(delete|destroy|erase)|l\u00f6schen|vernichten|supprimer|d\u00e9truire|cancellare|eliminar|borrar/i,
  /prohibited|forbidden|unauthori[sz]ed|untersagt|unzul\u00e4ssig|nicht gestattet|interdit|vietat|prohibid/i,
  /\bdisclos|weitergabe|divulgation|divulgazione|divulgaci/i,
  /\bliab(le|ility)|haftung|responsabilit/i,
  /\bin error\b|irrt\u00fcmlich|par erreur|per errore|por error/i,
  /\bvirus|malware/i
]
/** Cues it takes without a heading: "This message is intended for the whole service desk" is no disclaimer. */
const MIN_LEGAL_CUES = 3
/** A disclaimer is a paragraph; a longer one is a document the writer pastes, a contract or a policy. */
const MAX_DISCLAIMER_LINES = 40

const environmentNote = new RegExp(
  "^\\s*(please consider the environment|think before you print|bitte denken sie an die umwelt|" +
    "pensez \u00e0 l'environnement)",
  "i"
)

const legalCuesIn = (text: string) => legalCues.filter((cue) => cue.test(text)).length

// how disclaimers without a heading start: "This e-mail and any attachments", "If you are not the intended ..."
const disclaimerOpening =
  /^\s*(this|these|the information|if you|any (views|opinions)|diese[rs]?|ce|cet|il presente|este|esta)\b/i

// what a disclaimer speaks of: the message it is appended to, or who received it ("These mails contain a virus,
// delete them" is the writer's warning)
const aboutMessage = new RegExp(
  "\\bthis (e-?mail|message|communication|transmission)\\b|\\bany attachments?\\b|intended recipient|" +
    "\\baddressee|\\breceived\\b.{0,40}\\bin error\\b|" +
    "\\bdiese[rs]? (e-?mail|nachricht|mitteilung)\\b|empf\u00e4nger|adressat|irrt\u00fcmlich|" +
    "\\b(ce|cet) (e-?mail|message|courriel)\\b|destinataire|par erreur|" +
    "\\b(este|esta) (e-?mail|mensaje|correo|comunicaci\u00f3n)\\b|destinatari[oa]|por error|" +
    "\\b(questa|questo|il presente) (e-?mail|messaggio|comunicazione)\\b|per errore",
  "i"
)

/**
 * A paragraph of legal or environmental boilerplate: a notice with a heading and a cue, or one that opens as
 * disclaimers do, speaks of the message or its recipient, asks nothing and holds enough cues. The opening keeps a
 * sign-off that shares a paragraph with one.
 */
const isBoilerplate = (paragraph: ReadonlyArray<string>): boolean => {
  if (paragraph.length > MAX_DISCLAIMER_LINES) return false
  const first = paragraph[0] ?? ""
  const text = paragraph.join(" ")
  if (paragraph.length <= 2 && environmentNote.test(text)) return true
  const heading = disclaimerHeading.exec(text)
  if (heading !== null) return legalCuesIn(text.slice(heading[0].length)) >= 1
  return (disclaimerOpening.test(first) || legalCuesIn(first) > 0) && aboutMessage.test(text) &&
    !text.replace(url, "").includes("?") && legalCuesIn(text) >= MIN_LEGAL_CUES
}

const mobileFooter = /^\s*(sent from my \S.{0,30}|von meinem \S.{0,30} gesendet|gesendet von \S.{0,30})$/i

/**
 * The paragraphs of boilerplate at the end of a section, for one DISCLAIMER line. Boilerplate comes last; a
 * paragraph that looks like it with the writer's text below is the writer's.
 */
const removeBoilerplate = (section: Array<string>): Array<string> => {
  const cut = boilerplateStart(section)
  return cut === section.length ? section : [...section.slice(0, cut), DISCLAIMER]
}

/** Where the paragraphs of boilerplate at the end of `section` start; its length if there are none. */
const boilerplateStart = (section: ReadonlyArray<string>): number => {
  let cut = section.length
  let end = section.length
  while (end > 0) {
    if (isBlank(section[end - 1] ?? "")) {
      end--
      continue
    }
    let start = end - 1
    while (start > 0 && !isBlank(section[start - 1] ?? "")) start--
    if (!isBoilerplate(section.slice(start, end))) break
    cut = start
    end = start
  }
  return cut
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
  if (line === DISCLAIMER) return DISCLAIMER_MARKER
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
  const rest = signatureRest(options.signatureContacts)
  const own = perSection(
    removeHistory(lines),
    (section) => removeClosingSignature(removeBoilerplate(removeDashSignature(section, rest)), rest)
  )
  const hasOwnText = own.some((line) => !isMarker(line) && !line.startsWith(KEPT) && !isBlank(line))
  return hasOwnText ? tidyWhitespace(restoreLinks({ lines: own, targets })) : tidyBody(text)
}
