import { Effect } from "effect"

/** Resumes once the text has been handed to the OS, so that exiting right after loses none of it. */
const write = (stream: NodeJS.WriteStream, text: string): Effect.Effect<void> =>
  Effect.async<void>((resume) => {
    stream.write(text.endsWith("\n") ? text : `${text}\n`, () => resume(Effect.void))
  })

/** The command's answer. Never used by the MCP server, whose stdout carries the protocol. */
export const print = (text: string): Effect.Effect<void> => write(process.stdout, text)

export const printError = (text: string): Effect.Effect<void> => write(process.stderr, text)
