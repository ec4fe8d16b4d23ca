import { Either } from "effect"
import { describe, expect, it } from "vitest"
import { Command, parseCommand, UsageError } from "../../src/cli/Command.js"

const parsed = (...argv: Array<string>) => Either.getOrThrow(parseCommand(argv))

const problem = (...argv: Array<string>) => {
  const result = parseCommand(argv)
  if (Either.isRight(result)) throw new Error(`expected a usage error, got ${JSON.stringify(result.right)}`)
  expect(result.left).toBeInstanceOf(UsageError)
  return result.left.problem
}

describe("parseCommand", () => {
  it("serves MCP without a command, with or without --demo", () => {
    expect(parsed()).toEqual(Command.Serve({ demo: false }))
    expect(parsed("--demo")).toEqual(Command.Serve({ demo: true }))
  })

  it("reads the commands and their options in any order", () => {
    expect(parsed("doctor", "--demo")).toEqual(Command.Doctor({ demo: true }))
    expect(parsed("--demo", "doctor")).toEqual(Command.Doctor({ demo: true }))
    expect(parsed("tools", "--markdown")).toEqual(Command.Tools({ markdown: true }))
    expect(parsed("tools", "--demo")).toEqual(Command.Tools({ markdown: false }))
    expect(parsed("call", "--json", "get_ticket", "{\"ticket_id\": 1}", "--demo")).toEqual(
      Command.Call({ demo: true, json: true, tool: "get_ticket", args: "{\"ticket_id\": 1}" })
    )
  })

  it("calls a tool with no arguments as {}", () => {
    expect(parsed("call", "create_session")).toEqual(
      Command.Call({ demo: false, json: false, tool: "create_session", args: "{}" })
    )
  })

  it("takes arguments after -- as they are", () => {
    expect(parsed("call", "get_ticket", "--", "--json")).toMatchObject({ _tag: "Call", json: false, args: "--json" })
  })

  it("answers --help and --version before anything else", () => {
    expect(parsed("--help")).toEqual(Command.Help())
    expect(parsed("-h")).toEqual(Command.Help())
    expect(parsed("call", "--help")).toEqual(Command.Help())
    expect(parsed("--version")).toEqual(Command.Version())
  })

  it("names what it does not understand", () => {
    expect(problem("serve")).toBe("unknown command 'serve'")
    expect(problem("frobnicate")).toBe("unknown command 'frobnicate'")
    expect(problem("--verbose")).toBe("unknown option --verbose")
    expect(problem("-x")).toBe("unknown option -x")
    expect(problem("--demo=yes")).toBe("--demo takes no value")
    expect(problem("doctor", "--json")).toBe("--json does not apply to doctor")
    expect(problem("--markdown")).toBe("--markdown does not apply to the server")
    expect(problem("doctor", "now")).toBe("unexpected argument 'now' after doctor")
    expect(problem("call")).toBe("call needs a tool name: otrs-mcp call <tool> '<json args>'")
    expect(problem("call", "get_ticket", "{}", "{}")).toBe("unexpected argument '{}' after call")
  })

  it("points to --help", () => {
    const result = parseCommand(["frobnicate"])
    expect(Either.isLeft(result) && result.left.message).toBe(
      "otrs-mcp: unknown command 'frobnicate'\nRun otrs-mcp --help for the usage."
    )
  })
})
