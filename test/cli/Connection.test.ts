import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { connection } from "../../src/cli/Connection.js"
import { ToolPolicy } from "../../src/mcp/ToolPolicy.js"
import { withEnv } from "../support/env.js"
import { capturedLogs } from "../support/logs.js"
import { withEnvironment } from "./environment.js"

const otrs = {
  OTRS_BASE_URL: "https://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp",
  OTRS_USERNAME: "agent1",
  OTRS_PASSWORD: "agent1pass"
}

/** The check the server and `call` run before anything starts: every variable at once, one message. */
describe("connection", () => {
  it.effect("names the problems of the log level, the tool policy and the OTRS connection in one error", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(connection(false)(Effect.void).pipe(withEnv({
        OTRS_BASE_URL: "http://127.0.0.1:9/x?foo=1",
        OTRS_USERNAME: " ",
        OTRS_PASSWORD: "b",
        OTRS_TIMEOUT_MS: "abc",
        OTRS_READ_ONLY: "maybe",
        OTRS_LOG_LEVEL: "loud",
        OTRS_TOOLS_ALLOW: "nope"
      })))
      expect(error._tag).toBe("OtrsConfigError")
      expect(error.problems.map((problem) => problem.variable)).toEqual([
        "OTRS_BASE_URL",
        "OTRS_USERNAME",
        "OTRS_TIMEOUT_MS",
        "OTRS_LOG_LEVEL",
        "OTRS_TOOLS_ALLOW",
        "OTRS_READ_ONLY"
      ])
      expect(error.message).not.toMatch(/Invalid data|Missing data/)
    }))

  it.effect("with --demo, leaves out the connection variables, which the simulator replaces", () =>
    Effect.map(
      Effect.flip(connection(true)(Effect.void).pipe(withEnv({ OTRS_PASSWORD: "", OTRS_RETRIES: "many" }))),
      (error) => {
        expect(error.problems.map((problem) => problem.variable)).toEqual(["OTRS_RETRIES"])
        expect(error.message).not.toContain("--demo")
      }
    ))

  it.effect("reports an OTRS_CA_FILE it cannot read with the other problems", () =>
    Effect.map(
      Effect.flip(connection(false)(Effect.void).pipe(withEnv({
        ...otrs,
        OTRS_CA_FILE: "/nonexistent/ca.pem",
        OTRS_LOG_LEVEL: "loud"
      }))),
      (error) => expect(error.problems.map((problem) => problem.variable)).toEqual(["OTRS_LOG_LEVEL", "OTRS_CA_FILE"])
    ))

  it.effect("refuses an OTRS_CA_FILE that holds no PEM certificate", () => {
    const notPem = join(mkdtempSync(join(tmpdir(), "otrs-mcp-ca-")), "ca.der")
    writeFileSync(notPem, Buffer.from([0x30, 0x82, 0x01, 0x0a]))
    return Effect.map(
      Effect.flip(connection(false)(Effect.void).pipe(withEnv({ ...otrs, OTRS_CA_FILE: notPem }))),
      (error) => {
        expect(error.problems).toHaveLength(1)
        expect(error.message).toContain(`OTRS_CA_FILE: ${notPem} holds no PEM certificate`)
      }
    )
  })

  it.effect("logs a warning for each OTRS_* variable it does not read and for a timeout below a second", () =>
    Effect.gen(function*() {
      const { lines, logger } = capturedLogs()
      yield* connection(false)(Effect.void).pipe(
        withEnvironment({ ...otrs, OTRS_READONLY: "true", OTRS_TIMEOUT_MS: "30" }),
        Effect.provide(logger)
      )
      expect(lines).toEqual([
        "WARN OTRS_READONLY is not a setting otrs-mcp reads; did you mean OTRS_READ_ONLY?",
        "WARN OTRS_TIMEOUT_MS is 30 ms; it is in milliseconds (30 s is 30000)"
      ])
    }))

  it.effect("warns of a timeout below a second with --demo too, which keeps OTRS_TIMEOUT_MS", () =>
    Effect.gen(function*() {
      const { lines, logger } = capturedLogs()
      yield* connection(true)(Effect.void).pipe(withEnvironment({ OTRS_TIMEOUT_MS: "500" }), Effect.provide(logger))
      expect(lines).toEqual(["WARN OTRS_TIMEOUT_MS is 500 ms; it is in milliseconds (30 s is 30000)"])
    }))

  it.effect("logs the warnings before failing, as a misspelled name may be why a variable is missing", () =>
    Effect.gen(function*() {
      const { lines, logger } = capturedLogs()
      const { OTRS_BASE_URL, ...rest } = otrs
      const error = yield* Effect.flip(connection(false)(Effect.void).pipe(
        withEnvironment({ ...rest, OTRS_BASEURL: OTRS_BASE_URL }),
        Effect.provide(logger)
      ))
      expect(error.problems.map((problem) => problem.variable)).toEqual(["OTRS_BASE_URL"])
      expect(lines).toEqual(["WARN OTRS_BASEURL is not a setting otrs-mcp reads; did you mean OTRS_BASE_URL?"])
    }))

  it.effect("provides the tool policy it checked", () =>
    Effect.map(
      connection(false)(ToolPolicy).pipe(withEnv({ ...otrs, OTRS_READ_ONLY: "TRUE", OTRS_TOOLS_DENY: "get_ticket" })),
      (policy) => expect(policy).toEqual({ allow: Option.none(), deny: ["get_ticket"], readOnly: true })
    ))
})
