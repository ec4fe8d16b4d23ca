import { describe, expect, it } from "@effect/vitest"
import { type OversizeLine, RequestLines, requestId } from "../../src/mcp/RequestLines.js"

/** Writes `chunks` through RequestLines(maxLineBytes) and collects what it passes on and what it leaves out. */
const through = async (maxLineBytes: number, chunks: ReadonlyArray<string | Buffer>) => {
  const lines = new RequestLines(maxLineBytes)
  const passed: Array<string> = []
  const oversize: Array<OversizeLine> = []
  lines.on("data", (chunk: Buffer) => passed.push(chunk.toString("utf8")))
  lines.on("oversize", (line: OversizeLine) => oversize.push(line))
  const ended = new Promise((resolve) => lines.on("end", resolve))
  for (const chunk of chunks) lines.write(chunk)
  lines.end()
  await ended
  return { passed, oversize }
}

const request = (id: number, padding = "") =>
  `{"method":"tools/call","params":{"name":"get_ticket","arguments":{"ticket_id":1},"x":"${padding}"},"jsonrpc":"2.0","id":${id}}\n`

describe("RequestLines", () => {
  it("passes lines on whole, joining the parts of a line that came in several chunks", async () => {
    const one = request(1)
    const two = request(2)
    const { passed, oversize } = await through(1000, [one.slice(0, 10), one.slice(10, 50), one.slice(50) + two.slice(0, 5), two.slice(5)])
    expect(passed).toEqual([one, two])
    expect(oversize).toEqual([])
  })

  it("passes the lines of one chunk on one by one, and holds a line until its newline comes", async () => {
    const { passed } = await through(1000, ["{\"a\":1}\n{\"b\":2}\n{\"c\""])
    expect(passed).toEqual(["{\"a\":1}\n", "{\"b\":2}\n"])
  })

  it("leaves out a line longer than the limit, reports its size and id, and goes on with the next", async () => {
    const long = request(7, "x".repeat(5000))
    const next = request(8)
    const chunks = [request(6), ...(long.match(/[\s\S]{1,700}/g) ?? []), next]
    const { passed, oversize } = await through(1000, chunks)
    expect(passed).toEqual([request(6), next])
    expect(oversize).toHaveLength(1)
    expect(oversize[0]!.bytes).toBe(Buffer.byteLength(long))
    expect(requestId(oversize[0]!)).toBe(7)
  })

  it("also leaves out a long line that came in one chunk", async () => {
    const long = request(9, "y".repeat(2000))
    const { passed, oversize } = await through(1000, [long + request(10)])
    expect(passed).toEqual([request(10)])
    expect(oversize.map(requestId)).toEqual([9])
  })
})

describe("requestId", () => {
  const line = (text: string): OversizeLine => ({ bytes: text.length, head: text.slice(0, 256), tail: text.slice(-256) })

  it("finds the id that opens or closes the request", () => {
    expect(requestId(line(`{"jsonrpc":"2.0","id":"abc","method":"tools/call","params":{"x":"${"z".repeat(600)}"}}\n`)))
      .toBe("abc")
    expect(requestId(line(`{"id":-3,"method":"tools/call"}`))).toBe(-3)
    expect(requestId(line(`{"jsonrpc":"2.0","method":"tools/call","id":4,"params":{"x":"${"z".repeat(600)}"}}`)))
      .toBe(4)
    expect(requestId(line(`{"method":"tools/call","id":"m","params":{"x":"${"z".repeat(600)}"}}`))).toBe("m")
    expect(requestId(line(`{"method":"tools/call","params":{"x":"${"z".repeat(600)}"},"jsonrpc":"2.0","id":42}\n`)))
      .toBe(42)
  })

  it("takes no id of a nested object, and none from a notification", () => {
    expect(requestId(line(`{"method":"tools/call","params":{"x":"${"z".repeat(600)}","id":5}}`))).toBeUndefined()
    expect(requestId(line(`{"jsonrpc":"2.0","method":"notifications/x","params":{"id":1,"x":"${"z".repeat(600)}"}}`)))
      .toBeUndefined()
  })
})
