import { Effect, type Scope } from "effect"
import type { Server } from "node:http"
import type { AddressInfo } from "node:net"

/** `server` listening on a free loopback port for as long as the scope lasts, its open connections cut at the end. */
export const listenOnLoopback = (server: Server): Effect.Effect<string, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.async<void>((resume) => {
      server.listen(0, "127.0.0.1", () => resume(Effect.void))
    }),
    () =>
      Effect.async<void>((resume) => {
        server.closeAllConnections()
        server.close(() => resume(Effect.void))
      })
  ).pipe(Effect.map(() => `http://127.0.0.1:${(server.address() as AddressInfo).port}`))
