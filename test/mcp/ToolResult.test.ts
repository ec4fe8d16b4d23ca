import { describe, expect, it } from "@effect/vitest"
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
