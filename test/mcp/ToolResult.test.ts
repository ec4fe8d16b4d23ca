import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { callTool } from "../../src/mcp/CallTool.js"
import * as Tool from "../../src/mcp/Tool.js"
import * as ToolResult from "../../src/mcp/ToolResult.js"

describe("ToolResult", () => {
  it("success: the structured content and one text content", () => {
    expect(ToolResult.success({ ticket_id: 1 }, "Ticket 1")).toEqual({
      content: [{ type: "text", text: "Ticket 1" }],
      structuredContent: { ticket_id: 1 }
    })
  })

  it("invalidArguments: one line per issue, then what to do", () => {
    expect(ToolResult.invalidArguments("get_ticket", [
      { path: ["ticket_id"], message: "expected an integer > 0, got -1" },
      { path: [], message: "expected an object, got null" }
    ])).toEqual({
      isError: true,
      content: [{
        type: "text",
        text: "Invalid arguments for get_ticket:\n" +
          "- ticket_id: expected an integer > 0, got -1\n" +
          "- (arguments): expected an object, got null\n" +
          "Fix these arguments and call get_ticket again; its inputSchema (tools/list) describes every argument."
      }]
    })
  })

  it("invalidArguments: how many more problems there are, or that there may be more", () => {
    const issues = [{ path: ["queue", 0], message: "expected a string, got 1" }]
    const lines = (more: ToolResult.Unlisted) => {
      const [content] = ToolResult.invalidArguments("search_tickets", issues, more).content
      return content?.type === "text" ? content.text.split("\n").slice(1, -1) : []
    }
    expect(lines(299_980)).toEqual(["- queue[0]: expected a string, got 1", "… and 299,980 more problems not listed"])
    expect(lines(1)[1]).toBe("… and 1 more problem not listed")
    expect(lines(0)).toHaveLength(1)
    expect(lines("unchecked")[1]).toBe("… and perhaps more problems: arguments this large are checked only up to their first problem")
  })

  it("failure: the error's message, which says what to do", () => {
    expect(ToolResult.failure("get_ticket", { _tag: "OtrsTimeout", message: "TicketGet: no answer. Retry later." }))
      .toEqual({ isError: true, content: [{ type: "text", text: "get_ticket failed: TicketGet: no answer. Retry later." }] })
  })

  it("defect: names the tool, points at the log and reveals nothing else", () => {
    const result = ToolResult.defect("get_ticket")
    expect(result.isError).toBe(true)
    expect(result.content).toEqual([{
      type: "text",
      text: "Internal error in get_ticket; it was logged on the server's stderr. This is a bug in otrs-mcp, not a " +
        "problem with your arguments; calling again will probably fail the same way."
    }])
  })

  it("cancelled", () => {
    expect(ToolResult.cancelled("search_tickets")).toEqual({
      isError: true,
      content: [{ type: "text", text: "search_tickets was cancelled before it finished." }]
    })
  })
})

describe("the answer to a call with many wrong values", () => {
  const search = Tool.make({
    name: "search_tickets",
    title: "Search tickets",
    description: "Finds tickets.",
    input: Schema.Struct({ queue: Schema.optional(Schema.Array(Schema.String)) }),
    output: Schema.Struct({}),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    writes: false,
    handler: () => Effect.succeed({}),
    render: () => "no tickets"
  })
  const answer = (args: unknown): Array<string> => {
    const [content] = Effect.runSync(callTool(search, args)).content
    return content?.type === "text" ? content.text.split("\n") : []
  }

  it("lists the first problems, then how many more there are", () => {
    const lines = answer({ queue: Array(900).fill(1) })
    expect(lines).toHaveLength(1 + ToolResult.MAX_LISTED_ISSUES + 2)
    expect(lines[1]).toMatch(/^- queue\[0\]: expected a string, got 1/)
    expect(lines[ToolResult.MAX_LISTED_ISSUES]).toMatch(/^- queue\[19\]: /)
    expect(lines.at(-2)).toBe("… and 880 more problems not listed")
  })

  it("gives the first problem of arguments too large to check in full", () => {
    const lines = answer({ queue: Array(50_000).fill(1) })
    expect(lines).toHaveLength(4)
    expect(lines[1]).toMatch(/^- queue\[0\]: expected a string, got 1/)
    expect(lines[2]).toMatch(/^… and perhaps more problems/)
  })

  it("refuses arguments of more values than any call needs, valid ones too, without checking them", () => {
    const lines = answer({ queue: Array(300_000).fill("Raw") })
    expect(lines[1]).toBe("- (arguments): more than 100,000 values in all, which no call needs: send fewer")
  })
})
