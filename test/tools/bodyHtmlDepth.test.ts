import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { htmlToText, readableBody } from "../../src/tools/format/bodyHtml.js"
import { subjectFromBody } from "../../src/tools/format/ticketInput.js"

/**
 * html-to-text walks the document recursively and overflows the stack on some 2,000 nested tags. One crafted mail
 * must not make its ticket unreadable, nor a note's subject crash update_ticket: such HTML is converted flat.
 */

const nested = (tag: string, depth: number, inner: string) =>
  `<${tag}>`.repeat(depth) + inner + `</${tag}>`.repeat(depth)

/** Deep enough to overflow html-to-text (~4,000 levels once its code is optimised): the rest is converted flat. */
const overflowing = "<div>".repeat(20_000)

const html = (body: string) => ({ mimeType: "text/html", contentType: "text/html; charset=utf-8", body })

describe("HTML nested too deep for html-to-text", () => {
  it("converts thousands of nested <div> and <blockquote> to their text", () => {
    expect(htmlToText(nested("div", 3000, "x"))).toBe("x")
    // quoted as deep as it is where html-to-text still manages, flat where it overflows
    expect(htmlToText(nested("blockquote", 2000, "hi"))).toMatch(/^(> )*hi$/)
    expect(htmlToText(nested("blockquote", 50_000, "hi"))).toBe("hi")
    expect(readableBody(html(nested("div", 50_000, "x")))).toBe("x")
  })

  it("gives the subject of a note whose body is such HTML", () => {
    expect(subjectFromBody(nested("blockquote", 2000, "hi"), "text/html")).toBe("hi")
  })

  it("keeps the text readable: block ends are line ends, entities decoded, no tags, styles or scripts", () => {
    const mail = "<html><head><title>Title</title><style>p { color: red }</style></head><body>" +
      "<p>Hello &amp; welcome&nbsp;<b>Bob</b>,</p><p>line<br>two &lt;tag&gt;</p><!-- a <div> comment -->" +
      "<table><tr><td>a</td><td>b</td></tr></table><ul><li>one</li><li>two</li></ul>" +
      "<SCRIPT>var x = '<div>'</SCRIPT>1 < 2</body></html>"
    expect(htmlToText(overflowing + mail)).toBe("Hello & welcome\u00a0Bob,\nline\ntwo <tag>\na b\none\ntwo\n1 < 2")
  })

  it("keeps broken markup as text, and drops what an unclosed comment or style holds", () => {
    expect(htmlToText(`${overflowing}a <<b>b`)).toBe("a <b")
    expect(htmlToText(`${overflowing}<p>x</p><!-- ${"<div>".repeat(3000)}`)).toBe("x")
    expect(htmlToText(`${overflowing}<p>a</p><!-->b<p>c</p><!--->d<!---->e`)).toBe("a\nb\nc\nde")
    expect(htmlToText(`${overflowing}<p>x</p><style>${"<div>".repeat(3000)}`)).toBe("x")
  })

  it("never throws, whatever broken markup is nested thousands of times", () => {
    const fragment = fc.constantFrom(
      "<", ">", "/", "\"", "'", "=", " ", "\n", "&", "lt;", "x", "<b", "</", "<!", "<?", "<!--", "-->",
      "<div>", "<div title=\"", "<style>", "</style>", "<script>", "<![CDATA[", "<td>", "<br/>", "<p"
    )
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 6 }), (parts) => {
        expect(typeof htmlToText(overflowing + parts.join("").repeat(3000))).toBe("string")
      }),
      { numRuns: 25 }
    )
  })
})

describe("HTML detection", () => {
  it("takes a tag for markup, however spaced, and a lone < for text", () => {
    expect(readableBody(html("</ b>x"))).toBe("x")
    expect(readableBody(html("<b/>x"))).toBe("x")
    expect(readableBody(html("<p class=\"a\">x</p>"))).toBe("x")
    expect(readableBody(html(`<a${" ".repeat(10_000)}`))).toBe(`<a${" ".repeat(10_000)}`)
    expect(readableBody(html("<o:p>x</o:p>"))).toBe("<o:p>x</o:p>")
  })
})
