import { describe, expect, it } from "@effect/vitest"
import { loadFixtures } from "../support/fixtures.js"
import { shapeDifferences, typeVariants } from "./shape.js"

const variants = typeVariants(loadFixtures())

describe("shapeDifferences", () => {
  it("ignores values, reports missing and unexpected keys", () => {
    expect(shapeDifferences({ a: 1, b: "x" }, { a: 2, b: "y" }, "TicketGet", variants)).toEqual([])
    expect(shapeDifferences({ a: 1, b: "x" }, { a: 2, c: "y" }, "TicketGet", variants)).toEqual([
      "(root): missing b",
      "(root): unexpected c"
    ])
  })

  it("reports a changed JSON type unless OTRS itself was recorded sending both there", () => {
    expect(shapeDifferences({ TicketNumber: "1" }, { TicketNumber: 1 }, "TicketCreate", variants)).toEqual([
      ".TicketNumber: recorded string, got number"
    ])
    expect(shapeDifferences({ ArticleID: "1" }, { ArticleID: 1 }, "TicketCreate", variants)).toEqual([])
    expect(shapeDifferences({ TicketID: "1" }, { TicketID: 1 }, "TicketUpdate", variants)).toEqual([])
  })

  it("keeps an empty config item search apart from a list of ids", () => {
    expect(shapeDifferences({ ConfigItemIDs: [1] }, { ConfigItemIDs: "" }, "ConfigItemSearch", variants)).toEqual([
      ".ConfigItemIDs: recorded array, got string"
    ])
  })

  it("matches every array element against some recorded element", () => {
    const recorded = { Article: [{ ArticleID: 1 }, { ArticleID: 2, Attachment: [{ FileID: "1" }] }] }
    expect(shapeDifferences(recorded, { Article: [{ ArticleID: 3, Attachment: [{ FileID: "2" }] }] }, "TicketGet", variants))
      .toEqual([])
    expect(shapeDifferences(recorded, { Article: [{ ArticleID: 3, Extra: 1 }] }, "TicketGet", variants)).toEqual([
      ".Article[]: unexpected Extra (element 0)"
    ])
    expect(shapeDifferences(recorded, { Article: [] }, "TicketGet", variants)).toEqual([".Article: empty, recorded 2 element(s)"])
  })
})
