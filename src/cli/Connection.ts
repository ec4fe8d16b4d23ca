import { Effect } from "effect"
import * as Demo from "./Demo.js"

/** Runs `program` against the OTRS the OTRS_* variables name or, with --demo, against the built-in simulator. */
export const connection = (demo: boolean) => <A, E, R>(program: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  demo ? Effect.provide(program, Demo.layer) : program
