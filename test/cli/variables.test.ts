import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { knownVariables } from "../../src/cli/Settings.js"
import { listTools } from "../../src/cli/toolsCommand.js"
import { meantVariable, variablesSet } from "../../src/cli/Variables.js"
import { operationNames, routeVariable } from "../../src/services/OtrsRoutes.js"
import { capturedLogs } from "../support/logs.js"
import { withEnvironment } from "./environment.js"

const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8")

/**
 * The README's Configuration table, with its `OTRS_ROUTE_<OPERATION>` row spelt out from the paragraph after it
 * ("`SESSION_CREATE` `POST /Session`, ...").
 */
const documentedVariables = (): ReadonlyArray<string> => {
  const section = readme.slice(readme.indexOf("\n## Configuration"), readme.indexOf("\n## Tools and resources"))
  const rows = Array.from(section.matchAll(/^\| `(OTRS_[A-Z_<>]+)` \|/gm), (match) => match[1]!)
  const routes = Array.from(section.matchAll(/`([A-Z_]+)` `(?:GET|POST|PATCH|PUT|DELETE) \//g), (match) => match[1]!)
  return rows.flatMap((row) => row === "OTRS_ROUTE_<OPERATION>" ? routes.map((name) => `OTRS_ROUTE_${name}`) : [row])
}

describe("the variables otrs-mcp reads", () => {
  it.effect("are those the README's Configuration section lists", () =>
    Effect.map(knownVariables, (known) => {
      expect([...known].sort()).toEqual([...documentedVariables()].sort())
      for (const operation of operationNames) expect(known).toContain(routeVariable(operation))
    }))

  it.effect("are found in the environment, sorted, blank ones left out as unset", () =>
    Effect.map(
      variablesSet.pipe(withEnvironment({ OTRS_READ_ONLY: "1", OTRS_READ: "1", OTRS_BLANK: " ", OTRSX: "1" })),
      (set) => expect(set).toEqual(["OTRS_READ", "OTRS_READ_ONLY"])
    ))

  it("are the environment's by default", () => {
    process.env["OTRS_VARIABLES_TEST"] = "1"
    try {
      expect(Effect.runSync(variablesSet)).toContain("OTRS_VARIABLES_TEST")
    } finally {
      delete process.env["OTRS_VARIABLES_TEST"]
    }
  })
})

describe("the variable meant", () => {
  it.each([
    ["OTRS_READONLY", "OTRS_READ_ONLY"],
    ["OTRS_TOOL_DENY", "OTRS_TOOLS_DENY"],
    ["OTRS_LOGLEVEL", "OTRS_LOG_LEVEL"],
    ["OTRS_VERIFY_TLS", "OTRS_VERIFY_SSL"],
    ["OTRS_ROUTE_TICKETGET", "OTRS_ROUTE_TICKET_GET"],
    ["OTRS_TIMEOUT", "OTRS_TIMEOUT_MS"],
    ["OTRS_USER", "OTRS_USERNAME"],
    ["OTRS_URL", "OTRS_BASE_URL"],
    ["OTRS_QUEUE", "OTRS_DEFAULT_QUEUE"],
    ["OTRS_DEFAULT", undefined],
    ["OTRS_HOST", undefined]
  ])("for %s is %s", (name, meant) =>
    Effect.runPromise(Effect.map(knownVariables, (known) => expect(meantVariable(name, [...known])).toBe(meant)))
  )
})

describe("otrs-mcp tools", () => {
  it.effect("warns about a misspelled variable before anything else, as it may be why the list is not as meant", () =>
    Effect.gen(function*() {
      const { lines, logger } = capturedLogs()
      const result = yield* Effect.either(listTools.pipe(
        withEnvironment({ OTRS_READONLY: "true", OTRS_TOOLS_ALLOW: "nope" }),
        Effect.provide(logger)
      ))
      expect(Either.isLeft(result)).toBe(true)
      expect(lines).toEqual(["WARN OTRS_READONLY is not a setting otrs-mcp reads; did you mean OTRS_READ_ONLY?"])
    }))
})
