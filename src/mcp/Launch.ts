import { defaultTeardown } from "@effect/platform/Runtime"
import { runMain } from "@effect/platform-node/NodeRuntime"
import { Effect } from "effect"
import * as Logging from "./Logging.js"
import { ToolPolicy } from "./ToolPolicy.js"

/**
 * Runs a stdio server program (see `serve`) as the process: the tool policy and log level from the environment,
 * logs on stderr, exit code 0 when stdin closes (once the requests read are answered) or on SIGTERM/SIGINT, 1 when it
 * cannot start.
 */
export const launch = <E>(program: Effect.Effect<void, E, ToolPolicy>): void =>
  program.pipe(
    Effect.provide(ToolPolicy.layer),
    Effect.provide(Logging.minimumLevel),
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
