import { defaultTeardown } from "@effect/platform/Runtime"
import { runMain } from "@effect/platform-node/NodeRuntime"
import { Effect, LogLevel } from "effect"
import * as Logging from "./Logging.js"

/**
 * Runs a stdio server program (see `serve`) as the process: the log level from the environment, logs on stderr, exit
 * code 0 when stdin closes (once the requests read are answered) or on SIGTERM, SIGINT or SIGHUP, 1 when it cannot
 * start. The program reads its own tool policy: the CLI's server checks it with the rest of its configuration, so
 * that one message names every problem (cli/Connection.ts).
 */
export const launch = <E>(program: Effect.Effect<void, E>): void => {
  // A host that goes away may hang up rather than terminate: end as on SIGTERM, so that a write under way finishes
  // and its outcome is logged, instead of Node's default of dying at once.
  process.once("SIGHUP", () => process.kill(process.pid, "SIGTERM"))
  program.pipe(
    Effect.provide(Logging.minimumLevel(LogLevel.Info)),
    Effect.tapErrorCause(Logging.reportFailure),
    Effect.provide(Logging.stderr),
    runMain({
      // runMain's error report and pretty logger write to stdout; Logging reports on stderr instead.
      disableErrorReporting: true,
      disablePrettyLogger: true,
      // A stdio server exits once stdin is closed, even if a keep-alive socket to OTRS is still open.
      teardown: (exit, onExit) =>
        defaultTeardown(exit, (code) => {
          onExit(code)
          process.exit(code)
        })
    })
  )
}
