import { launch } from "./mcp/Launch.js"
import { serve } from "./mcp/McpServer.js"
import { OtrsClient } from "./services/OtrsClient.js"
import { resources, tools } from "./tools/index.js"

launch(serve({ tools, resources }, OtrsClient.live))
