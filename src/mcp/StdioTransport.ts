import { pipeline } from "node:stream"
import { ProtocolErrorCode } from "@modelcontextprotocol/server"
import { StdioServerTransport } from "@modelcontextprotocol/server/stdio"
import { type OversizeLine, RequestLines, requestId } from "./RequestLines.js"

/**
 * The largest request read: a create_ticket or update_ticket with the most attachments they accept (20 MiB in all,
 * 26.7 MiB as base64, see MAX_ATTACHMENTS_TOTAL_BYTES) and its text. The MCP SDK's own limit, 10 MB, is below
 * what those tools accept, and the SDK closes the connection when a request exceeds it.
 */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024

/**
 * The SDK's stdio transport, reading stdin through RequestLines: requests up to MAX_REQUEST_BYTES, each joined once,
 * and a longer one refused with a JSON-RPC error (when its id can be told) while the server goes on. `onClosed`
 * tells when the connection is over: the transport closes itself on stdin EOF, and is closed on shutdown.
 */
export class StdioTransport extends StdioServerTransport {
  constructor(private readonly onClosed: () => void, lines: RequestLines = new RequestLines(MAX_REQUEST_BYTES)) {
    // pipeline: an error of stdin ends `lines` too, which the transport takes as the end of the connection
    super(pipeline(process.stdin, lines, () => {}), process.stdout, { maxBufferSize: MAX_REQUEST_BYTES })
    lines.on("oversize", (line: OversizeLine) => this.refuse(line))
    // The SDK's send() waits for 'drain' (and watches 'error') once per answer that stdout holds back, and removes
    // both when it drains. With more than ten held back (a client reading slowly, many calls in flight), Node would
    // report a possible memory leak on stderr, which MCP hosts show in their logs.
    process.stdout.setMaxListeners(0)
  }

  override async close() {
    await super.close()
    this.onClosed()
  }

  private refuse(line: OversizeLine) {
    const message = `the request has ${megabytes(line.bytes)}, more than the ${megabytes(MAX_REQUEST_BYTES)} ` +
      "otrs-mcp reads; send large attachments in several calls"
    this.onerror?.(new Error(`refused a request: ${message}`))
    const id = requestId(line)
    if (id !== undefined) {
      this.send({ jsonrpc: "2.0", id, error: { code: ProtocolErrorCode.InvalidRequest, message } }).catch((error) =>
        this.onerror?.(error as Error)
      )
    }
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
