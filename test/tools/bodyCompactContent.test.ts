import { describe, expect, it } from "@effect/vitest"
import {
  compactBody,
  type CompactOptions,
  DISCLAIMER_MARKER,
  QUOTE_MARKER,
  SIGNATURE_MARKER,
  tidyBody
} from "../../src/tools/format/bodyCompact.js"
import { readableBody } from "../../src/tools/format/bodyHtml.js"
import { articleBody } from "../../src/tools/format/ticketDetails.js"
import { articlesOf } from "../support/recordedTickets.js"


const agent = { signatureContacts: false }
const customer = { signatureContacts: true }

/** The body comes back whole: nothing in it is taken for a quote, a signature or a disclaimer. */
const expectKept = (body: string, options?: CompactOptions) => expect(compactBody(body, options)).toBe(body)
const markers = [QUOTE_MARKER, SIGNATURE_MARKER, DISCLAIMER_MARKER]

/** What get_ticket shows of an agent's (or customer's) article with this body. */
const shownBody = (body: string, senderType: "agent" | "customer"): string => {
  const base = articlesOf("ticket-get.thread-vpn.articles.json").find((article) => article.senderType === senderType)
  if (base === undefined) throw new Error(`no ${senderType} article`)
  const article = { ...base, body, mimeType: "text/plain", contentType: "text/plain; charset=utf8" }
  return articleBody(article, { fullBody: false, budget: 4000 })
}

describe("compactBody keeps what the writer wrote after a sign-off", () => {
  it("keeps facts below an agent's sign-off, as get_ticket shows the note", () => {
    const note = "Called the vendor about the jam.\n\nThanks,\nAnna\n\nVendor case: HP-2231-77\n" +
      "Technician on site: Friday 10:00\nPart ordered: fuser unit RM2-5425"
    expectKept(note, agent)
    expect(shownBody(note, "agent")).toBe(note)
  })

  it("keeps the facts of a created ticket below the sign-off, for agents and customers alike", () => {
    const created = "Please patch the database servers before the audit.\n\nThanks,\nBob\n\n" +
      "Affected servers: srv-db-01, srv-db-02\nDeadline: Friday 18:00"
    expectKept(created, agent)
    expectKept(created, customer)
    expect(shownBody(created, "customer")).toBe(created)
  })

  it("keeps list items, dates and unknown labels below a sign-off or a \"--\" line", () => {
    const items = "Printer fixed.\n\nRegards,\nAnna\n\n- toner replaced\n- drum ordered"
    expectKept(items, agent)
    const dated = "Printer fixed.\n\nRegards,\nAnna\nNext maintenance 01.12.2026"
    expectKept(dated, agent)
    const dashed = "Printer fixed.\n-- \nAnna\nMoved to: 2nd level\nNext check: 2026-12-01"
    expect(compactBody(dashed, customer)).toBe("Printer fixed.\n--\nAnna\nMoved to: 2nd level\nNext check: 2026-12-01")
  })

  it("still removes a signature of names, titles, contacts and a company's legal lines", () => {
    const signed = "Done.\n\nKind regards,\n\nAgent One\nIT Service Desk\nACME Managed IT Services\n" +
      "Service Desk: +1 555 0100 (24/7) | servicedesk@test.local\nSelf-service portal: https://support.acme.test"
    expect(compactBody(signed, agent)).toBe(`Done.\n\nKind regards,\n\nAgent One\n${SIGNATURE_MARKER}`)
    const german = "Erledigt.\n\nViele Gr\u00fc\u00dfe\nJ\u00fcrgen Wei\u00df\nMuster GmbH\n" +
      "Sitz der Gesellschaft: K\u00f6ln\nGesch\u00e4ftsf\u00fchrer: Max Muster\nUSt-IdNr.: DE123456789\n" +
      "Office hours: Mon-Fri 8:00-17:00\nTel. +49 221 123456"
    expect(compactBody(german, customer))
      .toBe(`Erledigt.\n\nViele Gr\u00fc\u00dfe\nJ\u00fcrgen Wei\u00df\nTel. +49 221 123456\n${SIGNATURE_MARKER}`)
  })
})

describe("compactBody marks every removal", () => {
  it("marks an agent's signature, whose contacts go too", () => {
    expect(compactBody("Fixed.\n-- \nAgent One\nIT Service Desk\n+1 555 0100", agent))
      .toBe(`Fixed.\n${SIGNATURE_MARKER}`)
    const reply = "Please test again.\n\nKind regards,\n\nAgent One\nIT Service Desk | +1 555 0100\n\n" +
      "On Mon, Dana wrote:\n> It fails."
    expect(shownBody(reply, "agent"))
      .toBe(`Please test again.\n\nKind regards,\n\nAgent One\n${SIGNATURE_MARKER}\n\n${QUOTE_MARKER}`)
  })

  it("marks a disclaimer, and keeps a mobile footer, shorter than any marker", () => {
    const text = "Works now.\n\nSent from my iPhone\n\nThis e-mail and any attachments are confidential and " +
      "intended solely for the addressee.\nIf you received it in error, please notify the sender and delete it."
    expect(compactBody(text)).toBe(`Works now.\n\nSent from my iPhone\n\n${DISCLAIMER_MARKER}`)
    expect(compactBody("Thanks,\nBob\n\nSent from my iPhone")).toBe("Thanks,\nBob\nSent from my iPhone")
  })

  it("says where to find what it removed", () => {
    for (const marker of markers) expect(marker).toContain("full_body")
  })

  it("leaves no line of a recorded article out without a marker", () => {
    const files = ["ticket-get.thread-vpn.articles.json", "ticket-get.thread-invoice.articles.json"]
    for (const article of files.flatMap(articlesOf)) {
      for (const options of [agent, customer]) {
        const text = compactBody(readableBody(article), options)
        const shown = new Set(text.split("\n").map((line) => line.trim()))
        // OTRS's link list and its [n] references are rewritten, not removed
        const missing = tidyBody(readableBody(article)).split("\n").map((line) => line.trim())
          .filter((line) => line !== "" && !/\[\d+\]/.test(line) && !shown.has(line))
        if (missing.length > 0) expect(markers.some((marker) => text.includes(marker))).toBe(true)
      }
    }
  })
})

describe("compactBody takes only boilerplate for a disclaimer", () => {
  it("keeps paragraphs that open like a disclaimer but state facts", () => {
    const dana = "Hi,\n\nThis message is intended for the whole service desk: the VPN gateway vpn-gw-02 rejects " +
      "every login since 09:00, 40 users affected.\n\nThe information in this e-mail should let you reproduce it: " +
      "connect with profile ACME-EU-Central and watch error 0x800B0109.\n\nBest,\nDana"
    expectKept(dana)
    expect(shownBody(dana, "customer")).toBe(dana)
  })

  it("keeps a notice's heading without legal words, and legal words in the middle of the message", () => {
    const heading = "Hi,\n\nDisclaimer: I am no expert, but the fan of srv-db-01 sounds broken.\n\nBob"
    expectKept(heading)
    const middle = "Hi,\n\nCONFIDENTIALITY NOTICE: the HR share is readable by everyone since today.\n\n" +
      "This e-mail is confidential: delete the copy of salaries.xlsx that was sent to all staff, its disclosure " +
      "is prohibited.\n\nPlease fix the share permissions.\n\nThanks,\nDana"
    expectKept(middle)
  })

  it("removes a legal notice at the end, with or without a heading", () => {
    const noticed = "Fixed.\n\nCONFIDENTIALITY NOTICE: This e-mail is confidential."
    expect(compactBody(noticed)).toBe(`Fixed.\n\n${DISCLAIMER_MARKER}`)
    const german = "Erledigt.\n\nDiese E-Mail enth\u00e4lt vertrauliche Informationen. Wenn Sie nicht der richtige " +
      "Empf\u00e4nger sind, informieren Sie bitte den Absender und l\u00f6schen Sie diese E-Mail."
    expect(compactBody(german)).toBe(`Erledigt.\n\n${DISCLAIMER_MARKER}`)
  })
})

describe("compactBody takes only replies for quoted earlier messages", () => {
  it("keeps a form's From:, To: and Subject: fields", () => {
    const form = "Hello,\n\nplease grant access:\n\nName: Max Example\nFrom: 2026-12-07\nTo: 2027-06-30\n" +
      "Subject: SAP FI read access\nCost center: 4711\n\nThanks,\nErika"
    expectKept(form)
    const named = "Access request\nName: Max Example\nFrom: Max Example\nDate: 2026-12-07\n" +
      "Subject: SAP FI read access\nCost center: 4711"
    expectKept(named)
  })

  it("keeps '>' lines when nothing makes the message a reply: console output, a pasted quote", () => {
    const console = "Hi,\n\nour branch router drops packets since the update:\n\n> show interfaces gi0/1\n" +
      "> GigabitEthernet0/1 is up, line protocol is up\n>   Hardware is iGbE, address is 0050.5600.0001\n" +
      ">   MTU 1500 bytes, BW 1000000 Kbit/sec\n>   5 minute input rate 0 bits/sec, 0 packets/sec\n" +
      ">   1423 input errors, 1423 CRC, 0 frame, 0 overrun\n>   0 output errors, 0 collisions, 3 interface resets\n\n" +
      "Can you check the cabling?\n\nThanks,\nBob"
    expectKept(console)
    const trailing = "Hi,\n\nthe router shows this:\n\n> show ip route\n> Gateway of last resort is not set"
    expectKept(trailing)
    expect(compactBody("> show ip route\n> Gateway of last resort is not set"))
      .toBe("> show ip route\n> Gateway of last resort is not set")
  })

  it("keeps a message the writer introduces as the one below", () => {
    const alert = "Hi,\n\nThe alert below arrived at 03:12, can you check the disk?\n\n" +
      "From: Monitoring <nagios@acme.test>\nSent: Tuesday, November 24, 2026 03:12 AM\nTo: IT <it@acme.test>\n" +
      "Subject: CRITICAL: disk /var 99% on srv-db-01\n\nService: disk /var\nState: CRITICAL\n\nThanks,\nBob"
    expectKept(alert)
  })

  it("still removes the earlier message below a reply: quoted, attributed loosely, or under a mail header", () => {
    expect(compactBody("Works now, thanks.\n\nBob\n\n> Hello Bob,\n> please try again.\n> Agent One"))
      .toBe(`Works now, thanks.\n\nBob\n\n${QUOTE_MARKER}`)
    expect(compactBody("Works now.\n\nDana Whitfield <customer1@test.local> wrote:\n> Please test again."))
      .toBe(`Works now.\n\nDana Whitfield <customer1@test.local> wrote:\n\n${QUOTE_MARKER}`)
    const outlook = "Works now.\n\nBob\n\nFrom: IT Service Desk <servicedesk@test.local>\n" +
      "Sent: Tuesday, November 24, 2026 11:42 AM\nTo: Bob\nSubject: RE: VPN\n\nHello Bob, please test."
    expect(compactBody(outlook)).toBe(`Works now.\n\nBob\n\n${QUOTE_MARKER}`)
    const german = "Geht wieder.\n\nVon: IT Service Desk <servicedesk@test.local>\nGesendet: Dienstag, 24. November " +
      "2026 11:42\nAn: Bob\nBetreff: AW: VPN\n\nBitte testen."
    expect(compactBody(german)).toBe(`Geht wieder.\n\n${QUOTE_MARKER}`)
  })

  it("takes From:, To: and Subject: without a date for no mail header", () => {
    const fields = "Please forward as follows.\n\nFrom: Dana Whitfield\nTo: Finance team\nSubject: Q4 close\n\nThanks"
    expectKept(fields)
  })
})

describe("compactBody takes time linear in the body", () => {
  // each took seconds to minutes when every "--" line copied and checked all below it: the test's timeout catches
  // a relapse, with room for slow machines
  it("compacts 200 KB bodies of thousands of dashes, sign-offs, headers, quotes and paragraphs", () => {
    const grep = "Hi, grep -C1 output:\n" + "--\nerr\n".repeat(28000) + "why?"
    expectKept(grep)
    const bodies = [
      "Hi\n" + "--\n\n".repeat(50000) + "why?",
      "Hi why?\n\n" + "Disclaimer: confidential\n--\nq?\n\n".repeat(6000),
      "Hi\n--\n" + "\n".repeat(200000) + "x?",
      "Thanks,\nBob\n".repeat(17000) + "why?",
      "From: A <a@b.test>\nSent: x\nTo: y\nSubject: FW: z\n\n".repeat(4500),
      "> q\nanswer\n".repeat(18000),
      "Thanks,\n\nBob\n\n".repeat(14000) + "why?",
      "This e-mail is confidential, delete it, unauthorised disclosure prohibited.\n\n".repeat(2600),
      "Hi\n\n" + "x".repeat(200000)
    ]
    for (const body of bodies) expect(compactBody(body).length).toBeGreaterThan(0)
  })
})

describe("compactBody recognises pasted mail headers in full", () => {
  it("removes the earlier message under an Outlook header whose To and Cc lines wrap", () => {
    const reply = "It works now, thanks.\n\nDana\n\n________________________________\n" +
      "From: IT Service Desk <servicedesk@test.local>\nSent: Tuesday, November 24, 2026 11:42 AM\n" +
      "To: Dana Whitfield <customer1@test.local>; Bob Miller <bob.miller@acme.test.local>;\n" +
      "Carol Jones <carol.jones@acme.test.local>\n" +
      "Cc: Network Team <network@test.local>; Erik Larsen <erik.larsen@acme.test.local>;\n" +
      "Frank Meyer <frank.meyer@acme.test.local>\n" +
      "Subject: RE: [Ticket#2026112410000555] Laptop won't connect to VPN after\nupdate\n\n" +
      "Hello Dana,\n\nplease switch back to the profile.\n\nKind regards,\nAgent One"
    expect(compactBody(reply)).toBe(`It works now, thanks.\n\nDana\n\n${QUOTE_MARKER}`)
  })

  it("removes the earlier message under a Spanish or Portuguese header", () => {
    const spanish = "Ya funciona, gracias.\n\nJuan\n\nDe: IT Service Desk <servicedesk@test.local>\n" +
      "Enviado el: martes, 24 de noviembre de 2026 11:42\nPara: Juan P\u00e9rez <juan@acme.test>\nAsunto: RE: VPN\n\n" +
      "Hola Juan,\npor favor pruebe de nuevo.\nAgent One"
    expect(compactBody(spanish)).toBe(`Ya funciona, gracias.\n\nJuan\n\n${QUOTE_MARKER}`)
    const portuguese = "Funciona agora, obrigado.\n\nAna\n\nDe: IT Service Desk <servicedesk@test.local>\n" +
      "Enviado: ter\u00e7a-feira, 24 de novembro de 2026 11:42\nPara: Ana Souza <ana@acme.test>\nAssunto: RE: VPN\n\n" +
      "Ol\u00e1 Ana,\npor favor tente novamente.\nAgent One"
    expect(compactBody(portuguese)).toBe(`Funciona agora, obrigado.\n\nAna\n\n${QUOTE_MARKER}`)
  })

  it("takes a reply's subject for a header without a date, but not a form's fields", () => {
    const dateless = "Works now.\n\nFrom: Dana Whitfield\nTo: Bob Miller\nSubject: RE: VPN\n\nPlease test again."
    expect(compactBody(dateless)).toBe(`Works now.\n\n${QUOTE_MARKER}`)
    const split = "Please forward as follows.\n\nFrom: Dana Whitfield\nSent: Monday\n\nSubject: RE: Q4 close"
    expectKept(split)
  })
})

describe("compactBody takes an Original Message separator for the earlier message", () => {
  it("removes the message below the separator, whatever its subject or the line above", () => {
    const forwarded = "Any news on this?\n\nDana\n\n-----Original Message-----\n" +
      "From: IT Service Desk <servicedesk@test.local>\nSent: Tuesday, November 24, 2026 11:42 AM\n" +
      "To: Dana Whitfield <customer1@test.local>\nSubject: FW: printer on floor 3\n\n" +
      "Hello Dana,\nwe forwarded this to the vendor.\nAgent One"
    expect(compactBody(forwarded)).toBe(`Any news on this?\n\nDana\n\n${QUOTE_MARKER}`)
    const below = "Still broken, please see below.\n\n-----Original Message-----\n" +
      "From: IT Service Desk <servicedesk@test.local>\nSent: Tuesday, November 24, 2026 11:42 AM\n" +
      "To: Dana Whitfield <customer1@test.local>\nSubject: RE: VPN\n\nHello Dana,\nplease try again.\nAgent One"
    expect(compactBody(below)).toBe(`Still broken, please see below.\n\n${QUOTE_MARKER}`)
  })

  it("keeps a forwarded message, and removes the earlier message below it", () => {
    const text = "Please check the vendor's answer.\n\nFrom: Vendor Support <support@vendor.test>\n" +
      "Sent: Tuesday, November 24, 2026 09:12 AM\nTo: Dana Whitfield <customer1@test.local>\n" +
      "Subject: FW: printer on floor 3\n\nThe fuser unit is ordered.\n\n" +
      "From: IT Service Desk <servicedesk@test.local>\nSent: Monday, November 23, 2026 16:40 PM\n" +
      "To: Dana Whitfield <customer1@test.local>\nSubject: RE: printer on floor 3\n\nHello Dana, we asked the vendor."
    const forward = text.slice(0, text.indexOf("From: IT Service Desk"))
    expect(compactBody(text)).toBe(`${forward.trimEnd()}\n\n${QUOTE_MARKER}`)
  })
})

describe("compactBody takes only notices about the message for a disclaimer", () => {
  it("keeps the writer's own warning, which speaks of other mails", () => {
    const warning = "Hi,\n\nwe received several phishing mails this morning, e.g. from payroll-update@evil.test.\n\n" +
      "These mails contain a virus in the attachment. Please delete them and do not open the attachment; running " +
      "it is prohibited."
    expectKept(warning)
    const answered = "Hi,\n\nI got this:\n\n> Dear user, your mailbox is full. Click here.\n\nThis mail looks like " +
      "phishing with a virus link. Please delete it from all mailboxes; clicking it is prohibited."
    expectKept(answered)
  })

  it("keeps a paragraph that asks something, legal words or not", () => {
    const asked = "Hi,\n\nour accounting team got three invoices this morning.\n\nThis e-mail gateway blocked the " +
      "attachments as malware. Should we delete them, or are we liable if the invoice is paid late?"
    expectKept(asked)
  })

  it("still removes a disclaimer that speaks of the message, with a link's query string", () => {
    const text = "Done.\n\nThis message is confidential. If you are not the intended recipient, delete it; any " +
      "disclosure is prohibited. Privacy: https://acme.test/privacy?lang=en"
    expect(compactBody(text)).toBe(`Done.\n\n${DISCLAIMER_MARKER}`)
  })
})
