import { Context, Deferred, Effect, Exit, Layer, Option, Redacted, Ref } from "effect"
import { SessionCreateResponse } from "../schemas/Session.js"
import { decodePayload } from "./decodePayload.js"
import { OtrsConfig } from "./OtrsConfig.js"
import type { OtrsError } from "./OtrsErrors.js"
import { OtrsHttp } from "./OtrsHttp.js"

type SessionId = Redacted.Redacted<string>

export interface OtrsSessionShape {
  /** The shared SessionID, logging in first if there is none. */
  readonly current: Effect.Effect<SessionId, OtrsError>
  /** A fresh SessionID after OTRS rejected `stale`; callers that saw the same rejection share one login. */
  readonly renew: (stale: SessionId) => Effect.Effect<SessionId, OtrsError>
  /**
   * Logs in anew whatever the current state, and makes the new session the shared one once it works. Other
   * callers keep using the current session meanwhile, and keep it if this login fails. Logins asked for while one
   * runs share it.
   */
  readonly login: Effect.Effect<SessionId, OtrsError>
}

type State =
  | { readonly _tag: "Empty" }
  | { readonly _tag: "LoggingIn"; readonly result: Deferred.Deferred<SessionId, OtrsError> }
  | { readonly _tag: "Ready"; readonly sessionId: SessionId }

/**
 * One OTRS session for the whole process: the password travels only in SessionCreate, and every other call uses
 * the SessionID. Concurrent callers share a login in flight, its failure included, so that a wrong password
 * costs one failed login and not one per caller (OTRS may lock accounts after repeated failures).
 */
export class OtrsSession extends Context.Tag("otrs-mcp/OtrsSession")<OtrsSession, OtrsSessionShape>() {
  static readonly layer: Layer.Layer<OtrsSession, never, OtrsConfig | OtrsHttp> = Layer.scoped(
    OtrsSession,
    Effect.gen(function*() {
      const config = yield* OtrsConfig
      const http = yield* OtrsHttp
      const scope = yield* Effect.scope
      const state = yield* Ref.make<State>({ _tag: "Empty" })
      const decode = decodePayload("SessionCreate", SessionCreateResponse, { secret: true })

      const sessionCreate = http.call({
        operation: "SessionCreate",
        credentials: { _tag: "Login", userLogin: config.username, password: config.password },
        idempotent: true
      }).pipe(
        Effect.flatMap(decode),
        Effect.map((response) => response.sessionId),
        Effect.tap(() => Effect.logDebug("logged in to OTRS"))
      )

      /**
       * Runs a login in the layer's scope, so that an interrupted caller cannot strand the others waiting on it;
       * `settle` records its outcome before they wake.
       */
      const forkLogin = (
        result: Deferred.Deferred<SessionId, OtrsError>,
        settle: (exit: Exit.Exit<SessionId, OtrsError>) => Effect.Effect<void>
      ) =>
        sessionCreate.pipe(
          Effect.exit,
          Effect.tap(settle),
          Effect.flatMap((exit) => Deferred.done(result, exit)),
          // forked from obtain's uninterruptible region, the login would be uninterruptible too, and closing the layer
          // would wait for it to end; its waiters are woken if it is cut short
          Effect.interruptible,
          Effect.onInterrupt(() => Deferred.interrupt(result)),
          Effect.forkIn(scope)
        )

      /** `why` is logged by the one caller that starts a login, not by every caller that waits for it. */
      const obtain = (usable: (sessionId: SessionId) => boolean, why?: string): Effect.Effect<SessionId, OtrsError> =>
        Effect.uninterruptibleMask((restore) =>
          Effect.gen(function*() {
            const fresh = yield* Deferred.make<SessionId, OtrsError>()
            const current = yield* Ref.modify(state, (current): [State, State] => {
              if (current._tag === "LoggingIn" || (current._tag === "Ready" && usable(current.sessionId))) {
                return [current, current]
              }
              return [current, { _tag: "LoggingIn", result: fresh }]
            })
            switch (current._tag) {
              case "Ready":
                if (usable(current.sessionId)) return current.sessionId
                break
              case "LoggingIn":
                return yield* restore(Deferred.await(current.result))
            }
            if (why !== undefined) yield* Effect.logInfo(why)
            yield* forkLogin(fresh, (exit) =>
              Ref.set(state, Exit.isSuccess(exit) ? { _tag: "Ready", sessionId: exit.value } : { _tag: "Empty" }))
            return yield* restore(Deferred.await(fresh))
          })
        )

      /** An explicit login in flight, which explicit logins asked for meanwhile share. */
      const explicitLogin = yield* Ref.make(Option.none<Deferred.Deferred<SessionId, OtrsError>>())

      /**
       * A new login, shared by the explicit logins asked for while it runs (create_session called 50 times at once
       * made 50 logins, 50 failed ones with a wrong password). Without a session, it is obtain's shared login, which
       * the other calls wait for too; with one, they keep using it meanwhile, and keep it if this login fails.
       */
      const login: Effect.Effect<SessionId, OtrsError> = Effect.uninterruptibleMask((restore) =>
        Effect.gen(function*() {
          const now = yield* Ref.get(state)
          if (now._tag !== "Ready") return yield* restore(obtain(() => true))
          const fresh = yield* Deferred.make<SessionId, OtrsError>()
          type Running = Option.Option<Deferred.Deferred<SessionId, OtrsError>>
          const running = yield* Ref.modify(explicitLogin, (current): [Running, Running] =>
            Option.isSome(current) ? [current, current] : [Option.none(), Option.some(fresh)])
          if (Option.isSome(running)) return yield* restore(Deferred.await(running.value))
          // the slot is freed before the waiters wake: a login asked for afterwards is a new one
          yield* forkLogin(fresh, (exit) =>
            Effect.zipRight(
              Exit.isSuccess(exit) ? Ref.set(state, { _tag: "Ready", sessionId: exit.value }) : Effect.void,
              Ref.set(explicitLogin, Option.none())
            ))
          return yield* restore(Deferred.await(fresh))
        })
      )

      yield* Effect.addFinalizer(() => Ref.set(state, { _tag: "Empty" }))

      return {
        // a Ready session is read without obtain's bookkeeping: every call asks for it
        current: Effect.flatMap(
          Ref.get(state),
          (now) => now._tag === "Ready" ? Effect.succeed(now.sessionId) : obtain(() => true)
        ),
        renew: (stale) =>
          obtain((sessionId) => sessionId !== stale, "OTRS rejected the session (expired?); logging in again"),
        login
      }
    })
  )
}
