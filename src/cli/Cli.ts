import { Effect, Either } from "effect"
import { launch } from "../mcp/Launch.js"
import { serve } from "../mcp/McpServer.js"
import { serverInfo } from "../mcp/ServerInfo.js"
import { OtrsClient } from "../services/OtrsClient.js"
import { resources, tools } from "../tools/index.js"
import { Command, parseCommand } from "./Command.js"
import { connection } from "./Connection.js"
import { runOnce } from "./runOnce.js"
import { usage } from "./usage.js"

/**
 * Runs otrs-mcp as the command line asks. The commands other than the server are loaded only when asked for, so
 * that the server, started once per conversation by MCP hosts, does not pay for them.
 */
export const main = (argv: ReadonlyArray<string>): void =>
  Either.match(parseCommand(argv), {
    onLeft: (error) => {
      process.stderr.write(`${error.message}\n`)
      process.exitCode = 2
    },
    onRight: Command.$match({
      Serve: ({ demo }) => launch(serve({ tools, resources }, OtrsClient.live).pipe(connection(demo))),
      Doctor: ({ demo }) => runOnce(load(() => import("./doctorCommand.js"), (command) => command.doctor(demo))),
      Tools: ({ markdown }) =>
        runOnce(load(() => import("./toolsCommand.js"), (command) => markdown ? command.documentTools : command.listTools)),
      Call: (request) => runOnce(load(() => import("./callCommand.js"), (command) => command.call(request))),
      Help: () => {
        process.stdout.write(usage)
      },
      Version: () => {
        process.stdout.write(`${serverInfo.version}\n`)
      }
    })
  })

const load = <M, A, E>(module: () => Promise<M>, command: (module: M) => Effect.Effect<A, E>) =>
  Effect.flatMap(Effect.promise(module), command)
