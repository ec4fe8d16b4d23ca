import { describe, expect, it } from "vitest"
import { likePattern } from "../../src/simulator/search/like.js"

describe("the simulator's SQL LIKE", () => {
  const matches = (pattern: string, value: string) => likePattern(pattern).test(value)

  it("matches the whole value, ignoring case, with % or * for any text", () => {
    expect(matches("vpn", "VPN")).toBe(true)
    expect(matches("vpn", "VPN down")).toBe(false)
    expect(matches("*VPN*", "Laptop won't connect to vpn after update")).toBe(true)
    expect(matches("Laptop%update", "Laptop won't connect to VPN after update")).toBe(true)
    expect(matches("a*b*c", "abc")).toBe(true)
    expect(matches("ab*bc", "abc")).toBe(false)
    expect(matches("*a*a*", "a")).toBe(false)
    expect(matches("100(%)", "100(50%)")).toBe(true)
    expect(matches("*", "")).toBe(true)
  })

  it("takes a pattern of megabytes, which a regular expression could not", () => {
    const log = "at Frame.run (frame.js:1:1) ".repeat(40_000)
    expect(matches(`*${log}*`, `before ${log} after`)).toBe(true)
    expect(matches(`*${log}x*`, `before ${log} after`)).toBe(false)
  })
})
