import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import {
  Flag,
  isoFromEpochSeconds,
  List,
  listField,
  OptionalId,
  OptionalString,
  OtrsId,
  OtrsNumber,
  OtrsTimestampFromWire,
  YesNo
} from "../../src/schemas/Primitives.js"

const decode = <A, I>(schema: Schema.Schema<A, I>) => Schema.decodeUnknownSync(schema)
const fails = <A, I>(schema: Schema.Schema<A, I>, input: unknown) =>
  expect(Schema.decodeUnknownEither(schema)(input)._tag).toBe("Left")

describe("OtrsId", () => {
  it("takes ids as numbers or numeric strings", () => {
    expect(decode(OtrsId)(7)).toBe(7)
    expect(decode(OtrsId)("7")).toBe(7)
  })

  it("rejects anything but a whole number", () => {
    for (const input of [1.5, "1.5", "abc", "", "7a", -1, null, {}, "1e3"]) fails(OtrsId, input)
  })

  it("says what it expected", () => {
    expect(() => decode(OtrsId)("abc")).toThrow('Expected an integer id (number or numeric string), actual "abc"')
  })
})

describe("OptionalId", () => {
  it("reads 0, \"\" and null as no id", () => {
    for (const input of [0, "0", "", null]) expect(decode(OptionalId)(input)).toBeUndefined()
    expect(decode(OptionalId)("12")).toBe(12)
  })

  it("rejects other text", () => fails(OptionalId, "x"))
})

describe("OptionalString", () => {
  it("reads \"\" and null as unset", () => {
    expect(decode(OptionalString)("")).toBeUndefined()
    expect(decode(OptionalString)(null)).toBeUndefined()
    expect(decode(OptionalString)("ACME")).toBe("ACME")
  })
})

describe("flags", () => {
  it("reads 0/1 as numbers or strings", () => {
    expect([0, 1, "0", "1"].map((flag) => decode(Flag)(flag))).toEqual([false, true, false, true])
    fails(Flag, 2)
    fails(Flag, "yes")
  })

  it("reads ArchiveFlag y/n", () => {
    expect(["y", "n"].map((flag) => decode(YesNo)(flag))).toEqual([true, false])
    fails(YesNo, 1)
  })
})

describe("numbers", () => {
  it("reads numeric strings, fractions included", () => {
    expect(decode(OtrsNumber)("0.5")).toBe(0.5)
    expect(decode(OtrsNumber)(12)).toBe(12)
    fails(OtrsNumber, "")
    fails(OtrsNumber, "twelve")
  })
})

describe("timestamps", () => {
  it("keeps OTRS's zoneless YYYY-MM-DD HH:MM:SS as sent", () => {
    expect(decode(OtrsTimestampFromWire)("2026-11-24 05:04:28")).toBe("2026-11-24 05:04:28")
  })

  it("rejects other formats", () => {
    for (const input of ["2026-11-24T05:04:28Z", "2026-11-24", "yesterday", 1795496668]) {
      fails(OtrsTimestampFromWire, input)
    }
  })

  it("turns epoch seconds into ISO 8601 UTC", () => {
    expect(isoFromEpochSeconds(1795683600)).toBe("2026-11-26T09:00:00Z")
  })
})

describe("lists", () => {
  const Ids = Schema.Struct({ TicketID: listField(OtrsId) })

  it("reads {}, \"\" and a missing key as no elements", () => {
    expect(decode(List(OtrsId))({})).toEqual([])
    expect(decode(List(OtrsId))("")).toEqual([])
    expect(decode(Ids)({})).toEqual({ TicketID: [] })
  })

  it("reads a lone element as a list of one", () => {
    expect(decode(List(OtrsId))("5")).toEqual([5])
    expect(decode(List(OtrsId))(["5"])).toEqual([5])
  })

  it("reads ids as strings and numbers mixed in one list", () => {
    expect(decode(List(OtrsId))(["7", 6, "5"])).toEqual([7, 6, 5])
  })

  it("requires a list that is not optional", () => {
    expect(() => decode(Schema.Struct({ Ticket: List(OtrsId) }))({})).toThrow("is missing")
  })
})
