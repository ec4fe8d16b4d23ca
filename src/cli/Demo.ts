import { Effect, Layer } from "effect"
import { operationNames, operations, routeVariable } from "../services/OtrsRoutes.js"
import { makeSimulator } from "../simulator/index.js"
import { overlay } from "./ConfigOverlay.js"
import { printError } from "./Output.js"

/** The simulator's agent with every permission, and a customer user so that create_ticket works without one. */
const account = { OTRS_USERNAME: "agent1", OTRS_PASSWORD: "agent1pass", OTRS_DEFAULT_CUSTOMER_USER: "customer1" }

/**
 * The simulator serves the stock routes; routes set for a real web service would miss it, and one given as a full URL
 * would reach that server.
 */
const stockRoutes = Object.fromEntries(operationNames.map((operation) => {
  const { method, path } = operations[operation]
  return [routeVariable(operation), `${method} ${path}`]
}))

const announcement = (url: string) =>
  `otrs-mcp demo mode: using the built-in OTRS simulator at ${url}, seeded with sample tickets, articles, history ` +
  "and CMDB config items (agent agent1, customer user customer1); nothing reaches a real OTRS."

/**
 * The built-in OTRS simulator on loopback for as long as the program runs, announced on stderr, with the
 * connection variables (OTRS_BASE_URL, the account, the OTRS_ROUTE_* routes) pointing at it and
 * OTRS_DEFAULT_CUSTOMER_USER naming its customer user (`account`). Every other variable (OTRS_READ_ONLY,
 * OTRS_TOOLS_ALLOW, ...) still comes from the configuration in place.
 */
export const layer: Layer.Layer<never> = Layer.unwrapScoped(
  Effect.gen(function*() {
    const simulator = yield* makeSimulator()
    const url = simulator.webServiceUrl()
    const configured = yield* Effect.configProviderWith(Effect.succeed)
    yield* printError(announcement(url))
    return Layer.setConfigProvider(overlay({ OTRS_BASE_URL: url, ...account, ...stockRoutes }, configured))
  })
)
