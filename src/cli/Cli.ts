import { Effect, Either } from "effect"
import { launch } from "../mcp/Launch.js"
import { serveDeferred } from "../mcp/McpServer.js"
import { serverInfo } from "../mcp/ServerInfo.js"
import { loadTools, toolCatalog } from "../tools/modules.js"
import { Command, parseCommand } from "./Command.js"
import { connection } from "./Connection.js"
import { print } from "./Output.js"
import { runOnce } from "./runOnce.js"
import { usage } from "./usage.js"

/**
 * Runs otrs-mcp as the command line asks. The server answers from its tools' catalog and loads the tools when first
 * needed (McpServer.deferred); the other commands, which all need them, are loaded when asked for. In the bundle (one
 * CommonJS file, see scripts/bundle.mjs) a module imported so is evaluated only then.
 */
export const main = (argv: ReadonlyArray<string>): void =>
  Either.match(parseCommand(argv), {
    onLeft: (error) => runOnce(Effect.fail(error)),
    onRight: Command.$match({
      Serve: ({ demo }) =>
        launch(Effect.flatMap(toolCatalog, (catalog) => serveDeferred(catalog, loadTools)).pipe(connection(demo))),
      Doctor: ({ demo }) => runOnce(loaded(() => import("./doctorCommand.js"), ({ doctor }) => doctor(demo))),
      Tools: ({ markdown }) =>
        runOnce(loaded(() => import("./toolsCommand.js"), (tools) => markdown ? tools.documentTools : tools.listTools)),
      Call: (request) => runOnce(loaded(() => import("./callCommand.js"), ({ call }) => call(request))),
      Help: () => runOnce(Effect.as(print(usage), 0)),
      Version: () => runOnce(Effect.as(print(serverInfo.version), 0))
    })
  })

const loaded = <M, A, E, R>(load: () => Promise<M>, command: (module: M) => Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.promise(load), command)
