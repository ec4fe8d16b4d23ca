import { describe, expect, it } from "@effect/vitest"
import type { Article } from "../../src/schemas/Domain.js"
import { cutToBudget, MAX_BODY_READ, MAX_FULL_BODY } from "../../src/tools/format/bodyBudget.js"
import {
  compactBody,
  DISCLAIMER_MARKER,
  QUOTE_MARKER,
  SIGNATURE_MARKER,
  tidyBody
} from "../../src/tools/format/bodyCompact.js"
import { htmlToText, readableBody } from "../../src/tools/format/bodyHtml.js"
import { articleBody, toTicketDetails } from "../../src/tools/format/ticketDetails.js"
import { articlesOf, ticketOf } from "../support/recordedTickets.js"


const byId = (articles: ReadonlyArray<Article>) => (id: number): Article => {
  const article = articles.find((candidate) => candidate.id === id)
  if (article === undefined) throw new Error(`no article ${id}`)
  return article
}

const vpn = byId(articlesOf("ticket-get.thread-vpn.articles.json"))
const invoice = byId(articlesOf("ticket-get.thread-invoice.articles.json"))
const compact = (article: Article) => compactBody(readableBody(article))

/** The HTML of each article of the vpn thread, as OTRS returns it with HTMLBodyAsAttachment (first attachment). */
const vpnHtml = (id: number): string => {
  const article = byId(articlesOf("ticket-get.thread-vpn.html.json"))(id)
  const html = article.attachments[0]
  if (html === undefined || !html.contentType.startsWith("text/html")) throw new Error(`article ${id} has no HTML`)
  return Buffer.from(html.content ?? "", "base64").toString("utf8")
}

describe("compactBody on the vpn thread", () => {
  it("keeps the first message and drops its signature, disclaimer and link list", () => {
    const text = compact(vpn(107))
    expect(text).toContain("since this morning's update my laptop (asset tag ACME-NB-20417, Windows 11) no")
    expect(text).toContain(" - signed out of the client and back in")
    expect(text).toContain("look at it today.\n\nThanks in advance,\nDana\n" +
      "Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199\ncustomer1@test.local | https://intranet.acme.test.local\n" +
      SIGNATURE_MARKER)
    expect(text).not.toContain("1200 Example Parkway")
    expect(text).not.toContain("CONFIDENTIALITY NOTICE")
    expect(text).not.toContain("Please consider the environment")
    expect(text).not.toContain("[1]")
    expect(text).not.toContain(QUOTE_MARKER)
  })

  it("removes an OTRS Cite placeholder with its attribution, and the agent's signature", () => {
    const text = compact(vpn(109))
    expect(text).toContain("To narrow it down, could you please send us the client log?")
    expect(text).toContain("Kind regards,\n\nAgent One")
    expect(text).not.toContain("######Cite::1######")
    expect(text).not.toContain("On 24/11/2026 08:12, Dana Whitfield wrote:")
    expect(text).not.toContain("Self-service portal")
    expect(text).not.toContain("mailto:")
    expect(text.endsWith(QUOTE_MARKER)).toBe(true)
  })

  it("removes '>' quoted history and a '-- ' signature", () => {
    const text = compact(vpn(110))
    expect(text).toContain("log attached (SecureLinkClient_20261124.log). I exported it right after")
    expect(text).toContain("not updated yet) can still connect.")
    expect(text).not.toContain("Senior Financial Analyst")
    expect(text).not.toContain("thank you for your message and the screenshot")
    expect(text).not.toContain("On 11/24/26 8:47 AM, IT Service Desk wrote:")
    expect(text.endsWith(QUOTE_MARKER)).toBe(true)
  })

  it("removes an unquoted Outlook-style earlier message (From:/Sent:/To:/Subject: block)", () => {
    const text = compact(vpn(114))
    expect(text).toContain("quick update: the workaround profile works in the office, but from home it")
    expect(text).toContain("so it looks like the gateway change hasn't happened yet?")
    expect(text).not.toContain("Sent: Tuesday, November 24, 2026 11:42 AM")
    expect(text).not.toContain("thanks for the log and for your time on the phone")
    expect(text).not.toContain("CONFIDENTIALITY NOTICE")
    expect(text.endsWith(QUOTE_MARKER)).toBe(true)
  })

  it("removes deeply nested quotes, and keeps a mobile footer: a marker in its place would be longer", () => {
    const text = compact(vpn(116))
    expect(text).toContain("It works! Connected via ACME-EU-Central from home at 16:00, stable for")
    expect(text).toContain("I'll keep an eye on it and tell you tomorrow if it drops again.")
    expect(text).toContain("Dana\n\nSent from my phone\n\n" + QUOTE_MARKER)
    expect(text).not.toContain("sorry about that - the gateway change was postponed")
    expect(text.length).toBeLessThan(vpn(116).body.length / 10)
  })

  it("keeps the last customer message and nothing of the six it quotes", () => {
    const text = compact(vpn(118))
    expect(text).toContain("no drops at all since yesterday - it worked all evening and again this")
    expect(text).toContain("Thanks a lot to you and the network team for the quick help!")
    expect(text).not.toContain("great news, thank you for testing")
    expect(text).not.toContain("quick update: the workaround profile")
    expect(text).not.toContain("CONFIDENTIALITY NOTICE")
    expect(text.match(new RegExp(QUOTE_MARKER.replace(/[[\]]/g, "\\$&"), "g"))).toHaveLength(1)
  })

  it("leaves notes without quotes or signatures as they are", () => {
    for (const id of [108, 111, 112]) expect(compact(vpn(id))).toBe(tidyBody(vpn(id).body))
    expect(compact(vpn(112))).toContain("  09:24:11.519 alert 40 handshake_failure from 10.20.8.12 (vpn-gw-02)")
  })
})

describe("compactBody on the invoice thread (German and English)", () => {
  it("drops the signature under a bilingual closing line", () => {
    const text = compact(invoice(120))
    expect(text).toContain("Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag.")
    expect(text).toContain("portal view the column header reads \"فاتورة\" (invoice)")
    expect(text.endsWith(`Viele Grüße / Best regards\nJürgen Weiß\nTel. +49 (0)000 000000-173\n${SIGNATURE_MARKER}`))
      .toBe(true)
    expect(text).not.toContain("Kreditorenbuchhaltung")
  })

  it("removes quotes introduced by a German attribution line", () => {
    const text = compact(invoice(121))
    expect(text).toContain("Könnten Sie bzw.\nIhre IT-Kollegen uns die Ausgabe der Browser-Konsole")
    expect(text).toContain("Mit freundlichen Grüßen / Kind regards\n\nAgent One")
    expect(text).not.toContain("Am 24.11.26 um 09:03 schrieb Jürgen Weiß:")
    expect(text).not.toContain("Guten Morgen liebes Service-Desk-Team")
    expect(text).not.toContain("ACME Managed IT Services")
  })

  it("keeps a long pasted log: it is content, not a signature", () => {
    const text = compact(invoice(122))
    expect(text).toContain("anbei die Konsolenausgabe, die unsere Kollegin Leyla Haddad (IT Dubai)")
    expect(text).toContain("----- Browser console (portal.acme.test.local")
    expect(text).toContain("19 of 68 documents missing; first: RE-2026-10-4403")
    expect(text).not.toContain("vielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen")
  })

  it("keeps the reply of the last messages", () => {
    expect(compact(invoice(124))).toContain("super, das PDF ist da und lässt sich öffnen")
    expect(compact(invoice(124))).not.toContain("danke für das Log")
    expect(compact(invoice(125))).toContain("dann schließe ich das Ticket. Einen schönen\nTag noch ☀️")
  })
})

describe("compactBody rules", () => {
  it("keeps short inline quotes that an answer follows", () => {
    const text = "Hi,\n\n> Which client version?\n5.2.0.118\n\n> Since when?\nSince this morning.\n\nDana"
    expect(compactBody(text)).toBe(text)
  })

  it("keeps every quote of an inline reply, the first one with its attribution too", () => {
    const inline = "Hi,\n\nanswers inline.\n\nOn Mon, 23 Nov 2026 at 10:00, Agent One <agent1@example.com> wrote:\n" +
      "> 1. Which client version?\n5.2.0.118\n> 2. Does the other profile work?\nNo, same error.\n" +
      "> 3. Did it work before the update?\nYes."
    expect(compactBody(inline)).toBe(inline)
    // however long a quote an answer follows; the earlier message below the last answer still goes
    const long = `> ${"The gateway was changed.\n> ".repeat(10)}Does it work now?\nYes.\n> Which profile?\nEU-Central.`
    const below = "\n\nOn Mon, Agent One wrote:\n> Hello Dana,\n> could you test again?"
    expect(compactBody(long + below)).toBe(`${long}\n\n${QUOTE_MARKER}`)
  })

  it("keeps a short quote with its attribution when an answer follows it", () => {
    const text = "On Mon, 23 Nov 2026 at 10:00, Agent One wrote:\n> Which client version?\n\n5.2.0.118"
    expect(compactBody(text)).toBe(text)
  })

  it("takes a disclaimer a mail server appends below the quote for no answer", () => {
    const text = "Fine.\n\n> Please test again.\n> Agent One\n\nSent from my iPhone\n\nCONFIDENTIALITY NOTICE: " +
      "This e-mail is confidential.\n\nDISCLAIMER: no liability."
    expect(compactBody(text)).toBe(`Fine.\n\n${QUOTE_MARKER}\n\nSent from my iPhone\n\n${DISCLAIMER_MARKER}`)
  })

  it("takes the rest of a quoted line that a mail client wrapped for no answer", () => {
    const wrapped = "Works now, thanks.\n\nOn Mon, 23 Nov 2026 at 10:00, Agent One wrote:\n" +
      "> We changed the gateway configuration tonight and the new cipher suites are\nenabled.\n" +
      "> Please test the profile again and tell us whether it connects from home\nand from the office.\n> Agent"
    expect(compactBody(wrapped)).toBe(`Works now, thanks.\n\n${QUOTE_MARKER}`)
  })

  it("takes no answer below a long quoted question for the wrapped rest of it", () => {
    const answers = "here are the details you asked for.\n\n" +
      "> 1. The exact version of the VPN client installed on the laptop (see Help > About)\n5.2.0.118\n" +
      "> 2. The time the error happened and the exact error message shown on the screen\naround 9:15, error 809\n" +
      "> 3. Whether the laptop is connected over Wi-Fi or a cable when the error appears\nWi-Fi at home\n" +
      "> 4. Whether a colleague in the same office sees the same error message as well\nNo, only me\n\nRegards,\nBob"
    expect(compactBody(answers)).toBe(answers)
  })

  it("takes no answer for the wrapped rest of a quoted line when the next quoted line starts an item", () => {
    const answers = "here are the details you asked for.\n\n" +
      "> 1. The version of the VPN client that is installed on your laptop now\n5.2.0.118\n" +
      "> 2. The time the error happened and the error message on the screen\naround 9:15, error 809\n" +
      "> 3. Whether the laptop is connected over Wi-Fi or a cable at the time\nWi-Fi at home"
    expect(compactBody(answers)).toBe(answers)
  })

  it("keeps a question answered below it with thanks and a name, or with a log set off by --", () => {
    const thanks = "On 24/11/2026 08:12, Dana Whitfield wrote:\n> Did the restart help?\n\nThanks!\nBob"
    expect(compactBody(thanks)).toBe(thanks)
    const log = "> Please send the output of ipconfig.\n--\nWindows IP Configuration\n" +
      "   IPv4 Address. . . : 10.0.0.5\nWhy is the gateway missing?"
    expect(compactBody(log)).toBe(log)
  })

  it("removes the earlier message below an inline reply though the writer's signature follows it", () => {
    const original = Array.from({ length: 30 }, (_, at) => `> line ${at} of the original message.`).join("\n")
    const reply = "Hi,\n\nOn 24/11/2026 08:12, Dana Whitfield wrote:\n> 1. Which client version?\n\n5.2.0.118\n\n" +
      `> 2. Which OS?\n\nWindows 11\n\n${original}\n\n--\nBob Miller\nACME Corp\nPhone +49 221 123456`
    const text = compactBody(reply)
    expect(text).toContain("> 2. Which OS?\n\nWindows 11\n\n" + QUOTE_MARKER)
    expect(text).not.toContain("line 0 of the original message")
    expect(text).toContain("Phone +49 221 123456")
  })

  it("keeps a link list entry whose reference text is not the URL itself", () => {
    const text = "See [1]the KB article and [2]https://status.example.test.\n\n[1] https://kb.example.test/42\n" +
      "[2] https://status.example.test"
    expect(compactBody(text)).toBe(
      "See [1]the KB article and https://status.example.test.\n\n[1] https://kb.example.test/42"
    )
  })

  it("collapses whitespace runs and trailing blanks", () => {
    expect(compactBody("\r\n\r\nHello \r\n\r\n\r\n\r\nworld\u00a0\r\n\r\n")).toBe("Hello\n\nworld")
  })

  it("keeps a postscript after the closing line", () => {
    const text = "The fix works.\n\nBest,\nDana\n\nP.S. The printer on floor 2 has the same problem."
    expect(compactBody(text)).toBe(text)
  })
})

describe("HTML bodies", () => {
  const htmlArticle = (id: number): Article => ({
    ...vpn(id),
    mimeType: "text/html",
    contentType: "text/html; charset=utf-8",
    body: vpnHtml(id)
  })

  it("are converted to text with an HTML parser, then compacted like plain text", () => {
    const text = compact(htmlArticle(114))
    expect(text).toContain("quick update: the workaround profile works in the office, but from home it connects")
    expect(text).toContain("Regards,\nDana")
    expect(text).not.toMatch(/<\/?[a-z]+[^>]*>/i)
    expect(text).not.toContain("&nbsp;")
    expect(text).not.toContain("Sent: Tuesday, November 24, 2026 11:42 AM")
    expect(text).not.toContain("CONFIDENTIALITY NOTICE")
    expect(text.endsWith(QUOTE_MARKER)).toBe(true)
  })

  it("turn <blockquote> replies into quotes, which are removed", () => {
    const text = compact(htmlArticle(113))
    expect(text).toContain("Workaround: please use the profile \"ACME-EU-West-Alt\" until further notice.")
    expect(text).toContain("Kind regards,\n\nAgent One")
    expect(text).not.toContain("log attached (SecureLinkClient_20261124.log)")
    expect(text.endsWith(QUOTE_MARKER)).toBe(true)
  })

  it("keep link targets and list items", () => {
    const text = htmlToText(
      "<p>Please read <a href=\"https://kb.example.test/42\">the article</a>:</p><ul><li>one</li><li>two</li></ul>"
    )
    expect(text).toContain("the article [https://kb.example.test/42]")
    expect(text).toMatch(/\* one\n \* two/)
  })

  it("are only converted when the article says text/html and holds markup", () => {
    const plain = vpn(108)
    expect(readableBody(plain)).toBe(plain.body)
    expect(readableBody({ ...plain, mimeType: "text/html", body: "1 < 2 and 3 > 2" })).toBe("1 < 2 and 3 > 2")
  })
})

describe("cutToBudget", () => {
  const long = compact(invoice(122))

  it("leaves a body within budget alone", () => {
    expect(cutToBudget("short", 1500, 1)).toBe("short")
  })

  it("cuts at a line end and says exactly how much was left out and how to get it", () => {
    const cut = cutToBudget(long, 1500, 122)
    const [kept, marker] = cut.split("\n[… ") as [string, string]
    expect(kept.length).toBeLessThanOrEqual(1500)
    expect(kept.length).toBeGreaterThan(1200)
    expect(long.startsWith(kept)).toBe(true)
    const omitted = Number(/^(\d+) more characters cut/.exec(marker)?.[1])
    expect(kept.length + omitted).toBe(long.length)
    expect(marker).toContain("get_ticket with article_id 122 and full_body: true")
  })

  it("never splits a surrogate pair", () => {
    const cut = cutToBudget("x".repeat(99) + "😀" + "y".repeat(50), 100, 1)
    expect(cut.startsWith("x".repeat(99) + "\n")).toBe(true)
  })

  it("counts the end of the article not read as cut, also when what was read fits", () => {
    expect(cutToBudget("short", 1500, 7, 900)).toBe(
      "short\n[… 900 more characters cut; get_ticket with article_id 7 and full_body: true returns the whole article]"
    )
    const cut = cutToBudget(long, 1500, 122, 50)
    const kept = cut.split("\n[… ")[0]!
    expect(cut).toContain(`[… ${long.length - kept.length + 50} more characters cut;`)
  })
})

describe("articleBody's signatures", () => {
  it("keep a customer's phone numbers and addresses, and drop the help desk's own, marked, under every reply", () => {
    const customer = articleBody(vpn(107), { fullBody: false, budget: 4000 })
    expect(customer).toContain("Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199")
    expect(customer).toContain(SIGNATURE_MARKER)
    const agent = articleBody(vpn(113), { fullBody: false, budget: 4000 })
    expect(agent).toContain(`Kind regards,\n\nAgent One\n${SIGNATURE_MARKER}\n\n${QUOTE_MARKER}`)
    expect(agent).not.toContain("+1 555 0100")
  })
})

describe("articleBody of a very long article", () => {
  const article = (body: string, contentType = "text/plain; charset=utf8"): Article => ({
    ...vpn(115),
    body,
    mimeType: contentType.split(";")[0]!,
    contentType
  })

  it("reads the first MAX_BODY_READ characters when the body is cut to a budget anyway", () => {
    const body = "A line of a pasted log.\n".repeat(50_000)
    const shown = articleBody(article(body), { fullBody: false, budget: 1500 })
    expect(shown.length).toBeLessThan(1700)
    const cut = Number(/\[… (\d+) more characters cut;/.exec(shown)?.[1])
    expect(cut).toBeGreaterThan(body.length - MAX_BODY_READ)
  })

  it("gives the full body in parts of at most MAX_FULL_BODY characters that add up to it", () => {
    const body = "A line of a pasted log.\n".repeat(5_000)
    const whole = body.slice(0, -1) // tidied: no line end at the end
    const parts: Array<string> = []
    let offset: number | undefined = 0
    while (offset !== undefined) {
      const shown = articleBody(article(body), { fullBody: true, bodyOffset: offset, budget: 1500 })
      const next = /\n\[… (\d+) more characters; get_ticket with article_id 115, full_body: true and body_offset (\d+) continues\]$/
        .exec(shown)
      const lead = offset === 0 ? "" : `[… continued from body_offset ${offset} of ${whole.length} characters]\n`
      expect(shown.startsWith(lead)).toBe(true)
      const part = shown.slice(lead.length, next === null ? undefined : shown.length - next[0].length)
      expect(part.length).toBeLessThanOrEqual(MAX_FULL_BODY)
      parts.push(part)
      if (next !== null) expect(Number(next[1])).toBe(whole.length - Number(next[2]))
      offset = next === null ? undefined : Number(next[2])
    }
    expect(parts).toHaveLength(3)
    expect(parts.join("")).toBe(whole)
  })

  it("shares MAX_FULL_BODY among the full bodies of a page, and says how to read the ones past it", () => {
    const ticket = ticketOf("ticket-get.thread-vpn.articles.json")
    const long = (id: number) => ({ ...article("A line of a pasted log.\n".repeat(1_500)), id })
    const short = (id: number, body: string) => ({ ...article(body), id })
    const page = { offset: 0, articles: [long(1), long(2), long(3), short(4, "Thanks, fixed."), short(5, "ok")] }
    const bodies = toTicketDetails(ticket, page, { fullBody: true, budget: 1500 }).articles!.map((item) => item.body)
    // the text, and the markers of the parts left out
    expect(bodies.join("").length).toBeLessThanOrEqual(MAX_FULL_BODY + 500)
    expect(bodies[0]).toBe("A line of a pasted log.\n".repeat(1_500).trimEnd())
    expect(bodies[1]).toMatch(/\n\[… \d+ more characters; get_ticket with article_id 2, full_body: true and body_/)
    expect(bodies[2]).toBe("[… 35999 characters, past what one call returns; get_ticket with article_id 3 and " +
      "full_body: true continues]")
    // shorter than a marker: whole, past the limit too
    expect(bodies.slice(3)).toEqual(["Thanks, fixed.", "ok"])
  })

  it("also for HTML, and says so when all that was read were quotes", () => {
    const quotes = `<blockquote>${"<p>Earlier message, quoted.</p>".repeat(10_000)}</blockquote>`
    const shown = articleBody(article(`${quotes}<p>My answer at the very end.</p>`, "text/html; charset=utf8"), {
      fullBody: false,
      budget: 1500
    })
    expect(shown).not.toContain("My answer")
    expect(shown).toMatch(/\[… \d+ more characters cut; get_ticket with article_id 115 and full_body/)
  })
})

describe("compactBody keeps what is content after all", () => {
  it("keeps a forwarded message below the forwarder's note", () => {
    const gmail = "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Vendor <support@vendor.test>\n" +
      "Date: Mon, 23 Nov 2026 at 10:00\nSubject: Advisory SLC-ADV-2026-11\nTo: <it@acme.test>\n\nVersion 5.2 disables CBC."
    expect(compactBody(gmail)).toContain("Version 5.2 disables CBC.")
    const outlook = "FYI\n\n________________________________\nFrom: Vendor <support@vendor.test>\n" +
      "Sent: Monday, November 23, 2026 10:00 AM\nTo: IT <it@acme.test>\nSubject: FW: Advisory\n\nVersion 5.2 disables CBC."
    expect(compactBody(outlook)).toContain("Version 5.2 disables CBC.")
  })

  it("keeps the whole text of a message that is nothing but a quote or a pasted earlier message", () => {
    const pasted = "From: Dana <customer1@test.local>\nSent: Tuesday\nTo: IT <it@acme.test>\nSubject: VPN\n\nIt fails again."
    expect(compactBody(pasted)).toBe(pasted)
    expect(compactBody("> It fails again.\n> Dana")).toBe("> It fails again.\n> Dana")
  })

  it("keeps what follows a \"--\" line that is no signature: a pasted log, a question, the rest of the message", () => {
    const backup = "Hi,\nthe nightly backup failed again.\n--\nLog excerpt:\nERROR: disk quota exceeded on /backup\n--\n" +
      "Can you increase the quota to 2 TB?\n\nThanks,\nDana"
    expect(compactBody(backup)).toContain("ERROR: disk quota exceeded on /backup")
    expect(compactBody(backup)).toContain("Can you increase the quota to 2 TB?")
    // the last "--" that a signature follows still starts one
    expect(compactBody("See the log.\n--\nERROR: quota\n--\nDana Whitfield\nACME Corporation | +1 555 0142"))
      .toBe(`See the log.\n--\nERROR: quota\n--\nACME Corporation | +1 555 0142\n${SIGNATURE_MARKER}`)
  })

  it("still removes signatures with links, legal sentences, a closing line or a second \"--\", phones aside", () => {
    const withLink = "The printer works again.\n\nBest regards,\nMarie Dupont\nAcme SAS\n" +
      "Book a meeting: https://calendly.com/mdupont?month=2026-11\nTel. +33 1 23 45 67 89"
    expect(compactBody(withLink))
      .toBe(`The printer works again.\n\nBest regards,\nMarie Dupont\nTel. +33 1 23 45 67 89\n${SIGNATURE_MARKER}`)
    const legal = "Done.\n\nKind regards,\nDana Whitfield\nIT Service Desk | Contoso Ltd.\nPhone: +44 20 7946 0000\n" +
      "Contoso Ltd. is registered in England and Wales under number 01234567."
    expect(compactBody(legal))
      .toBe(`Done.\n\nKind regards,\nDana Whitfield\nPhone: +44 20 7946 0000\n${SIGNATURE_MARKER}`)
    const thunderbird = "Der Drucker geht wieder.\n\n-- \nMit freundlichen Gr\u00FC\u00DFen\nJ\u00FCrgen Wei\u00DF\n" +
      "Systemadministration\nMuster GmbH"
    expect(compactBody(thunderbird)).toBe(`Der Drucker geht wieder.\n\n${SIGNATURE_MARKER}`)
    const twoDashes = "Fixed.\n-- \nBob Smith\nGlobex Inc.\nPhone +1 555 0100\n--\n" +
      "Globex Inc. - registered office: Springfield. All rights reserved."
    expect(compactBody(twoDashes)).toBe(`Fixed.\n--\nPhone +1 555 0100\n${SIGNATURE_MARKER}`)
  })

  it("keeps a request under a pasted log set off with \"--\", question mark or not", () => {
    const request = "the job fails with this:\n--\nERROR 1\nERROR 2 disk full\n--\nCan you add disk space\nBob"
    expect(compactBody(request)).toContain("Can you add disk space")
  })

  it("keeps what follows a closing line when it says something", () => {
    const afterThought = "Hi team,\nthe printer is offline.\n\nBest regards\nJohn\n\nI forgot to say: it is the one on " +
      "floor 3, next to the kitchen."
    expect(compactBody(afterThought)).toContain("next to the kitchen")
  })

  it("keeps a mail pasted below a line that introduces it, and what is asked after it", () => {
    const suspicious = "Hi, I received this suspicious mail, please check:\n\nFrom: Bank <alerts@bank.test>\n" +
      "To: Dana <customer1@test.local>\nSubject: Verify your account\n\nClick here to verify.\n\nShould I delete it?"
    expect(compactBody(suspicious)).toContain("Should I delete it?")
    expect(compactBody(suspicious)).not.toContain(QUOTE_MARKER)
    // a line pointing at the thread below it is no paste
    const nudge = "any news on this? Please see my mail below:\nFrom: Dana <customer1@test.local>\n" +
      "Sent: Monday\nTo: IT <it@acme.test>\nSubject: VPN\n\nIt fails again."
    expect(compactBody(nudge)).toBe(`any news on this? Please see my mail below:\n\n${QUOTE_MARKER}`)
  })
})

describe("compactBody keeps how to reach the sender", () => {
  it("keeps a signature's phone numbers and e-mail addresses, and marks where its other lines went", () => {
    const bob = "Please call me back, I'm not at my desk today.\n\nRegards\nBob Miller\nMobile: +1 555 0199"
    expect(compactBody(bob)).toBe(bob)
    const company = "Please call me back.\n\nRegards\nBob Miller\nHead of Accounting\nGlobex Inc.\n" +
      "T +49 221 123456-7 | Fax: 0221 123456-9\nbob.miller@globex.test\nwww.globex.test"
    expect(compactBody(company)).toBe("Please call me back.\n\nRegards\nBob Miller\nT +49 221 123456-7 | " +
      `Fax: 0221 123456-9\nbob.miller@globex.test\n${SIGNATURE_MARKER}`)
  })

  it("takes registration numbers, product names and addresses in disclaimers for no contact", () => {
    const noise = "Fixed, see the ticket.\n\nBest regards\nBob\nGlobex Inc., Company no. 00000000, " +
      "VAT ID DE123456789\nC++17 team | Mobile Solutions, Main Street 12, 50667 Cologne\n\n" +
      "CONFIDENTIALITY NOTICE: this e-mail is confidential; if you received it in error, write to legal@globex.test."
    expect(compactBody(noise))
      .toBe(`Fixed, see the ticket.\n\nBest regards\nBob\n${SIGNATURE_MARKER}\n${DISCLAIMER_MARKER}`)
  })

  it("keeps the whole text of a message that is nothing but a signature", () => {
    expect(compactBody("-- \nBob Miller\nGlobex Inc.\nMobile: +1 555 0199"))
      .toBe("--\nBob Miller\nGlobex Inc.\nMobile: +1 555 0199")
  })

  it("marks a signature cut once, above the quote marker", () => {
    const text = "Works.\n\nBest,\nDana\n\n-- \nDana Whitfield\nACME Corporation | +1 555 0142\n\n" +
      "On Mon, Agent One wrote:\n> Please test.\n> Agent One"
    expect(compactBody(text))
      .toBe(`Works.\n\nBest,\nDana\nACME Corporation | +1 555 0142\n${SIGNATURE_MARKER}\n\n${QUOTE_MARKER}`)
  })
})
