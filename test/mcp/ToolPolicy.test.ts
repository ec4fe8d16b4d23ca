import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Logger, LogLevel, Option } from "effect"
import * as Logging from "../../src/mcp/Logging.js"
import {
  exposedTools,
  policyWarnings,
  ToolPolicy,
  type ToolPolicyShape,
  UnknownToolNames
} from "../../src/mcp/ToolPolicy.js"
import { configProblems } from "../../src/services/OtrsConfig.js"
import { withEnv } from "../support/env.js"

const all = [
  { name: "get_ticket", writes: false },
  { name: "create_ticket", writes: true },
  { name: "update_ticket", writes: true },
  { name: "search_tickets", writes: false }
]

const policy = (overrides: Partial<ToolPolicyShape>): ToolPolicyShape => ({
  allow: Option.none(),
  deny: [],
  readOnly: false,
  ...overrides
})

const names = (result: Either.Either<ReadonlyArray<{ readonly name: string }>, UnknownToolNames>) =>
  Either.map(result, (tools) => tools.map((tool) => tool.name))

describe("exposedTools", () => {
  it("exposes every tool by default, in registry order", () => {
    expect(names(exposedTools(all, policy({})))).toEqual(Either.right(all.map((tool) => tool.name)))
  })

  it("keeps only the allowed tools", () => {
    expect(names(exposedTools(all, policy({ allow: Option.some(["search_tickets", "get_ticket"]) }))))
      .toEqual(Either.right(["get_ticket", "search_tickets"]))
  })

  it("removes denied tools, even when allowed", () => {
    const result = exposedTools(all, policy({ allow: Option.some(["get_ticket", "create_ticket"]), deny: ["get_ticket"] }))
    expect(names(result)).toEqual(Either.right(["create_ticket"]))
  })

  it("removes every writing tool in read-only mode, even when allowed", () => {
    const result = exposedTools(all, policy({ allow: Option.some(["get_ticket", "create_ticket"]), readOnly: true }))
    expect(names(result)).toEqual(Either.right(["get_ticket"]))
  })

  it("rejects unknown names in either list, naming them and the known tools", () => {
    const result = exposedTools(all, policy({ allow: Option.some(["get_ticket", "get_tickets"]), deny: ["delete_ticket"] }))
    expect(result).toEqual(Either.left(new UnknownToolNames({
      allow: ["get_tickets"],
      deny: ["delete_ticket"],
      known: all.map((tool) => tool.name)
    })))
    expect(Either.getLeft(result).pipe(Option.map((error) => error.message))).toEqual(Option.some(
      "OTRS_TOOLS_ALLOW names unknown tools: get_tickets; OTRS_TOOLS_DENY names unknown tools: delete_ticket. " +
        "The known tools are: get_ticket, create_ticket, update_ticket, search_tickets."
    ))
  })
})

describe("ToolPolicy.config", () => {
  const read = (env: Record<string, string>) =>
    ToolPolicy.config.pipe(withEnv(env))

  it.effect("defaults to exposing everything", () =>
    Effect.map(read({}), (config) => expect(config).toEqual(policy({}))))

  it.effect("reads comma-separated names, trimming spaces and empty entries", () =>
    Effect.map(read({ OTRS_TOOLS_ALLOW: " get_ticket, search_tickets,,", OTRS_TOOLS_DENY: "create_ticket" }), (config) =>
      expect(config).toEqual(policy({
        allow: Option.some(["get_ticket", "search_tickets"]),
        deny: ["create_ticket"]
      }))))

  it.effect("treats an empty allow list as unset", () =>
    Effect.map(read({ OTRS_TOOLS_ALLOW: " , " }), (config) => expect(config.allow).toEqual(Option.none())))

  it.effect("reads OTRS_READ_ONLY as a boolean", () =>
    Effect.map(read({ OTRS_READ_ONLY: "true" }), (config) => expect(config.readOnly).toBe(true)))

  it.effect("reads OTRS_READ_ONLY in any case, and takes an empty value as unset", () =>
    Effect.gen(function*() {
      expect((yield* read({ OTRS_READ_ONLY: "TRUE" })).readOnly).toBe(true)
      expect((yield* read({ OTRS_READ_ONLY: "On" })).readOnly).toBe(true)
      expect((yield* read({ OTRS_READ_ONLY: "No" })).readOnly).toBe(false)
      expect(yield* read({ OTRS_READ_ONLY: " ", OTRS_TOOLS_DENY: "" })).toEqual(policy({}))
    }))

  it.effect("rejects a value that is not a boolean, under its name and with the accepted values", () =>
    Effect.map(Effect.flip(read({ OTRS_READ_ONLY: "sometimes" })), (error) =>
      expect(configProblems(error)).toEqual([{
        variable: "OTRS_READ_ONLY",
        problem: "not a yes/no value; expected true or false (also yes/no, on/off, 1/0; in any case)"
      }])))
})

describe("ToolPolicy.checked", () => {
  const read = (env: Record<string, string>) =>
    ToolPolicy.checked(all.map((tool) => tool.name)).pipe(withEnv(env))

  it.effect("reports unknown names in both lists together with any other problem of the policy", () =>
    Effect.map(
      Effect.flip(read({ OTRS_TOOLS_ALLOW: "get_ticket,nope", OTRS_TOOLS_DENY: "delete_all", OTRS_READ_ONLY: "maybe" })),
      (error) => {
        const known = "get_ticket, create_ticket, update_ticket, search_tickets"
        expect(configProblems(error)).toEqual([
          { variable: "OTRS_TOOLS_ALLOW", problem: `names unknown tools (nope); the known tools are ${known}` },
          { variable: "OTRS_TOOLS_DENY", problem: `names unknown tools (delete_all); the known tools are ${known}` },
          {
            variable: "OTRS_READ_ONLY",
            problem: "not a yes/no value; expected true or false (also yes/no, on/off, 1/0; in any case)"
          }
        ])
      }
    ))

  it.effect("reads a policy of known names as ToolPolicy.config does", () =>
    Effect.map(read({ OTRS_TOOLS_ALLOW: "get_ticket", OTRS_READ_ONLY: "yes" }), (config) =>
      expect(config).toEqual(policy({ allow: Option.some(["get_ticket"]), readOnly: true }))))
})

describe("policyWarnings", () => {
  it("has nothing to say about ordinary policies, nor about unknown names (an error of their own)", () => {
    expect(policyWarnings(all, policy({}))).toEqual([])
    expect(policyWarnings(all, policy({ readOnly: true }))).toEqual([])
    expect(policyWarnings(all, policy({ allow: Option.some(["get_ticket"]), readOnly: true }))).toEqual([])
    expect(policyWarnings(all, policy({ allow: Option.some(["nope"]) }))).toEqual([])
  })

  it("names allowed write tools that read-only mode hides, and what to change", () => {
    const warnings = policyWarnings(all, policy({ allow: Option.some(["get_ticket", "create_ticket"]), readOnly: true }))
    expect(warnings).toEqual([{
      detail: "OTRS_TOOLS_ALLOW names create_ticket, which OTRS_READ_ONLY=true hides (it changes OTRS)",
      fix: "Remove create_ticket from OTRS_TOOLS_ALLOW, or set OTRS_READ_ONLY=false if the assistant may change OTRS."
    }])
  })

  it("says when the policy leaves no tool, and why", () => {
    const onlyWrites = policyWarnings(all, policy({ allow: Option.some(["create_ticket"]), readOnly: true }))
    expect(onlyWrites.map((warning) => warning.detail)).toEqual([
      "OTRS_TOOLS_ALLOW names create_ticket, which OTRS_READ_ONLY=true hides (it changes OTRS)",
      "OTRS_TOOLS_ALLOW, OTRS_TOOLS_DENY and OTRS_READ_ONLY leave no tool exposed: MCP clients will see none"
    ])
    const allDenied = policyWarnings(all, policy({ deny: all.map((tool) => tool.name) }))
    expect(allDenied).toHaveLength(1)
    expect(allDenied[0]?.detail).toContain("leave no tool exposed")
  })
})

describe("ToolPolicy.logExposure", () => {
  const logged = (shape: ToolPolicyShape) =>
    Effect.gen(function*() {
      const lines: Array<string> = []
      const logger = Logger.make(({ logLevel, message }) => {
        lines.push(`${logLevel.label} ${String(message)}`)
      })
      yield* ToolPolicy.logExposure(all, shape).pipe(
        Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
        Logger.withMinimumLogLevel(LogLevel.Debug)
      )
      return lines
    })

  it.effect("logs what is exposed at debug level when the policy is unremarkable", () =>
    Effect.map(logged(policy({ readOnly: true })), (lines) =>
      expect(lines).toEqual(["DEBUG exposing 2 of 4 tools: get_ticket, search_tickets"])))

  it.effect("warns when the policy leaves no tool or hides an allowed write tool", () =>
    Effect.map(logged(policy({ allow: Option.some(["update_ticket"]), readOnly: true })), (lines) => {
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^WARN tool policy: OTRS_TOOLS_ALLOW names update_ticket, which OTRS_READ_ONLY=true hides/)
      expect(lines[0]).toContain("leave no tool exposed")
    }))
})

describe("Logging.level", () => {
  const read = (env: Record<string, string>) =>
    Logging.level.pipe(withEnv(env))

  it.effect("reads OTRS_LOG_LEVEL in any case; blank is unset", () =>
    Effect.gen(function*() {
      expect(yield* read({ OTRS_LOG_LEVEL: " Warning " })).toEqual(Option.some(LogLevel.Warning))
      expect(yield* read({ OTRS_LOG_LEVEL: "" })).toEqual(Option.none())
      expect(yield* read({})).toEqual(Option.none())
    }))

  it.effect("names the accepted levels when refusing one", () =>
    Effect.map(Effect.flip(read({ OTRS_LOG_LEVEL: "loud" })), (error) =>
      expect(configProblems(error)).toEqual([{
        variable: "OTRS_LOG_LEVEL",
        problem: "not a log level; expected one of debug, info, warning, error, none (in any case; default info)"
      }])))
})
