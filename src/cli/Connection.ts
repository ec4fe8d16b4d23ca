import { Effect } from "effect"

/**
 * Runs `program` against the OTRS the OTRS_* variables name or, with --demo, against the built-in simulator. The
 * simulator is loaded only then: the server started without --demo does not pay for it.
 */
export const connection = (demo: boolean) => <A, E, R>(program: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  demo
    ? Effect.flatMap(Effect.promise(() => import("./Demo.js")), (Demo) => Effect.provide(program, Demo.layer))
    : program
