import type { HttpClient } from "@effect/platform/HttpClient"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Undici from "@effect/platform-node/Undici"
import { Effect, type Scope } from "effect"

/**
 * An undici agent and the Effect HTTP client on top of it, for as long as the scope lasts. Only OtrsHttpClient's
 * first request imports this module (see there why).
 *
 * `timeoutMs`, when given, bounds connecting and then waiting for the headers and for each part of the body, to
 * within undici's timer resolution (about a second). The Effect client sets the last two on every request (to an
 * hour and to none, leaving timeouts to Effect), so an interceptor puts them back.
 */
export const make = (
  options: Undici.Agent.Options,
  timeoutMs: number | undefined
): Effect.Effect<HttpClient, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.sync(() =>
        new Undici.Agent(
          timeoutMs === undefined ? options : { ...options, connect: { ...options.connect, timeout: timeoutMs } }
        )
      ),
      (agent) => Effect.promise(() => agent.destroy())
    ),
    (agent) =>
      NodeHttpClient.makeUndici(
        timeoutMs === undefined ? agent : agent.compose((dispatch) => (request, handler) =>
          dispatch({ ...request, headersTimeout: timeoutMs, bodyTimeout: timeoutMs }, handler)
        )
      )
  )
