import type { HttpClient } from "@effect/platform/HttpClient"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Undici from "@effect/platform-node/Undici"
import { Effect, type Scope } from "effect"

/**
 * An undici agent and the Effect HTTP client on top of it, for as long as the scope lasts. Only OtrsHttpClient's
 * first request imports this module (see there why).
 */
export const make = (options: Undici.Agent.Options): Effect.Effect<HttpClient, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.sync(() => new Undici.Agent(options)),
      (agent) => Effect.promise(() => agent.destroy())
    ),
    NodeHttpClient.makeUndici
  )
