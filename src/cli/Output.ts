import { Effect } from "effect"

/**
 * A reader that went away (`otrs-mcp doctor | head -1`) closed the pipe: what is left to print has no reader and is
 * dropped, and the command ends with the exit code it would have had, which a script may still test. The stream is
 * destroyed after the first such write, so later ones fail as destroyed.
 */
const readerGone = (error: Error) => {
  const { code } = error as { readonly code?: unknown }
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED"
}

/** Resumes once the text has been handed to the OS, so that exiting right after loses none of it. */
const write = (stream: NodeJS.WriteStream, text: string): Effect.Effect<void> =>
  Effect.async<void>((resume) => {
    stream.write(text.endsWith("\n") ? text : `${text}\n`, (error) =>
      resume(error === undefined || error === null || readerGone(error) ? Effect.void : Effect.die(error)))
  })

/**
 * For a command (not the server): a failed write is handled where it is made (write), but the stream also emits it
 * as an 'error' event, which would crash the process with a stack trace if nothing listened.
 */
export const handleWriteErrors = (): void => {
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {})
}

/** The command's answer. Never used by the MCP server, whose stdout carries the protocol. */
export const print = (text: string): Effect.Effect<void> => write(process.stdout, text)

export const printError = (text: string): Effect.Effect<void> => write(process.stderr, text)
