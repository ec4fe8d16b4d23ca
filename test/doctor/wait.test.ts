import { describe, expect, it } from "@effect/vitest"
import { Duration } from "effect"
import { networkTimeoutFix, slowAnswerAdvice, waitFor, within } from "../../src/doctor/Wait.js"

/** doctor waits OTRS_TIMEOUT_MS, at most 10 s, and says which of the two ran out. */
describe("doctor's wait", () => {
  const firewall = "A firewall probably drops the packets."

  it("is OTRS_TIMEOUT_MS up to 10 s, named as such", () => {
    const wait = waitFor(Duration.millis(3000))
    expect(Duration.toMillis(wait.timeout)).toBe(3000)
    expect(within(wait)).toBe("within 3 s (OTRS_TIMEOUT_MS=3000)")
    expect(slowAnswerAdvice(wait)).toBe("Raise OTRS_TIMEOUT_MS if the server is just slow.")
    expect(networkTimeoutFix(wait, firewall)).toBe(firewall)
  })

  it("stops at 10 s, saying that otrs-mcp itself would wait longer", () => {
    const wait = waitFor(Duration.millis(60_000))
    expect(Duration.toMillis(wait.timeout)).toBe(10_000)
    expect(within(wait)).toBe("within 10 s (doctor's limit; otrs-mcp waits OTRS_TIMEOUT_MS=60000 ms)")
    expect(slowAnswerAdvice(wait)).toBe(
      "otrs-mcp itself waits up to OTRS_TIMEOUT_MS=60000 ms, which may be enough if the server is just slow."
    )
  })

  it("blames an OTRS_TIMEOUT_MS below a second before the network", () => {
    const wait = waitFor(Duration.millis(1))
    expect(within(wait)).toBe("within 0.001 s (OTRS_TIMEOUT_MS=1)")
    expect(networkTimeoutFix(wait, firewall)).toBe("OTRS_TIMEOUT_MS is 1 ms; it is in milliseconds (30 s is 30000), " +
      `too short for this. Set OTRS_TIMEOUT_MS in milliseconds, such as 30000 (the default) for 30 s. If it still ` +
      `times out: ${firewall}`)
  })
})
