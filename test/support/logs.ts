import { Logger } from "effect"

/** Every log line as "LEVEL message", for the effect `logger` is provided to. */
export const capturedLogs = () => {
  const lines: Array<string> = []
  const logger = Logger.replace(
    Logger.defaultLogger,
    Logger.make(({ logLevel, message }) => lines.push(`${logLevel.label} ${String(message)}`))
  )
  return { lines, logger }
}
