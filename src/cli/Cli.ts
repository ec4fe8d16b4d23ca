import { Effect, Either } from "effect"
import { launch } from "../mcp/Launch.js"
import { serve } from "../mcp/McpServer.js"
import { prebuiltJsonSchemas } from "../mcp/PrebuiltJsonSchemas.js"
import { serverInfo } from "../mcp/ServerInfo.js"
import { live, resources, tools } from "../tools/index.js"
import { call } from "./callCommand.js"
import { Command, parseCommand } from "./Command.js"
import { connection } from "./Connection.js"
import { doctor } from "./doctorCommand.js"
import { print } from "./Output.js"
import { runOnce } from "./runOnce.js"
import { documentTools, listTools } from "./toolsCommand.js"
import { usage } from "./usage.js"

/**
 * Runs otrs-mcp as the command line asks. Every command is imported up front: in the bundle (one CommonJS file, see
 * scripts/bundle.mjs) a dynamic import saves no reading or compiling, and made the server start slower, as esbuild
 * then wraps every module the imported one reaches, effect's index among them, and runs all of it.
 */
export const main = (argv: ReadonlyArray<string>): void =>
  Either.match(parseCommand(argv), {
    onLeft: (error) => runOnce(Effect.fail(error)),
    onRight: Command.$match({
      Serve: ({ demo }) =>
        launch(serve({ tools, resources, jsonSchemas: prebuiltJsonSchemas }, live).pipe(connection(demo))),
      Doctor: ({ demo }) => runOnce(doctor(demo)),
      Tools: ({ markdown }) => runOnce(markdown ? documentTools : listTools),
      Call: (request) => runOnce(call(request)),
      Help: () => runOnce(Effect.as(print(usage), 0)),
      Version: () => runOnce(Effect.as(print(serverInfo.version), 0))
    })
  })
