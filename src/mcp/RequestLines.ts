import { Transform, type TransformCallback } from "node:stream"

/** A line longer than the limit, left out: its size, and its first and last bytes (where a request's id is). */
export interface OversizeLine {
  readonly bytes: number
  readonly head: string
  readonly tail: string
}

const EDGE_BYTES = 256
const NEWLINE = 0x0a

/**
 * stdin as the MCP SDK's stdio transport should read it: in chunks that end where a line ends, and without lines
 * longer than `maxLineBytes`. The SDK joins its buffer with every chunk until a newline comes (a 30 MB request
 * arriving in 64 KB chunks cost gigabytes of copying), and closes the connection, which ends this server, when its
 * buffer outgrows its limit. Here a line is joined once, and a longer one is left out and reported as an
 * `"oversize"` event (an OversizeLine), so that it can be refused and the server keeps serving.
 */
export class RequestLines extends Transform {
  private held: Array<Buffer> = []
  private heldBytes = 0
  /** set while the current line is being left out: its bytes so far, and its first and last bytes */
  private discarding: { bytes: number; head: Buffer; tail: Buffer } | undefined

  constructor(private readonly maxLineBytes: number) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let start = 0
    let newline = chunk.indexOf(NEWLINE, start)
    while (newline !== -1) {
      this.endLine(chunk.subarray(start, newline + 1))
      start = newline + 1
      newline = chunk.indexOf(NEWLINE, start)
    }
    if (start < chunk.length) this.hold(chunk.subarray(start))
    done()
  }

  private hold(part: Buffer) {
    if (this.discarding !== undefined) {
      this.discard(part)
      return
    }
    this.held.push(part)
    this.heldBytes += part.length
    if (this.heldBytes > this.maxLineBytes) {
      // the line's edges only, not a copy of all of it: each part has a byte at least
      this.discarding = {
        bytes: this.heldBytes,
        head: Buffer.concat(this.held.slice(0, EDGE_BYTES), Math.min(EDGE_BYTES, this.heldBytes)),
        tail: this.held.slice(-EDGE_BYTES).reduce(lastBytes, Buffer.alloc(0))
      }
      this.held = []
      this.heldBytes = 0
    }
  }

  private endLine(end: Buffer) {
    this.hold(end)
    if (this.discarding !== undefined) this.refuse(this.discarding)
    else this.push(this.held.length === 1 ? this.held[0]! : Buffer.concat(this.held, this.heldBytes))
    this.reset()
  }

  private discard(part: Buffer) {
    const discarding = this.discarding!
    discarding.bytes += part.length
    discarding.tail = lastBytes(discarding.tail, part)
  }

  private refuse({ bytes, head, tail }: { bytes: number; head: Buffer; tail: Buffer }) {
    const oversize: OversizeLine = { bytes, head: head.toString("utf8"), tail: tail.toString("utf8") }
    this.emit("oversize", oversize)
  }

  private reset() {
    this.held = []
    this.heldBytes = 0
    this.discarding = undefined
  }
}

/** The last EDGE_BYTES of `before` followed by `part`, copied: `part` may be a view of a large chunk. */
const lastBytes = (before: Buffer, part: Buffer): Buffer =>
  part.length >= EDGE_BYTES
    ? Buffer.from(part.subarray(-EDGE_BYTES))
    : Buffer.from(Buffer.concat([before, part]).subarray(-EDGE_BYTES))

/**
 * The id of the JSON-RPC request an OversizeLine held, when it can be told without reading the line: an `id` member
 * that follows only `jsonrpc` and `method` (`{"jsonrpc":"2.0","method":"tools/call","id":7,...`) or closes the
 * object (`...,"id":7}`, as the MCP SDKs write it).
 */
export const requestId = (line: Pick<OversizeLine, "head" | "tail">): string | number | undefined => {
  const match = openingId.exec(line.head) ?? closingId.exec(line.tail)
  return match === null ? undefined : JSON.parse(match[1]!) as string | number
}

const idValue = String.raw`(-?\d+|"(?:[^"\\]|\\.)*")`
const leadingMember = String.raw`"(?:jsonrpc|method)"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*`
const openingId = new RegExp(String.raw`^\s*\{\s*(?:${leadingMember}){0,2}"id"\s*:\s*${idValue}\s*[,}]`)
const closingId = new RegExp(String.raw`[,{]\s*"id"\s*:\s*${idValue}\s*\}\s*$`)

/** The first and last characters of a line, where requestId looks. */
export const edgesOf = (text: string): Pick<OversizeLine, "head" | "tail"> => ({
  head: text.slice(0, EDGE_BYTES),
  tail: text.slice(-EDGE_BYTES)
})
