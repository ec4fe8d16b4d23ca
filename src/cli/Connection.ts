import { Effect, Either, Layer } from "effect"
import { ToolPolicy } from "../mcp/ToolPolicy.js"
import { connectionVariables, OtrsConfigError } from "../services/OtrsConfig.js"
import { insecureTransportWarnings } from "../services/transportSecurity.js"
import { logWarnings, readSettings } from "./Settings.js"

/**
 * Runs `program` against the OTRS the OTRS_* variables name or, with --demo, against the built-in simulator, whose
 * modules are loaded only then.
 */
export const against = (demo: boolean) => <A, E, R>(program: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  demo ? Effect.provide(program, demoLayer) : program

const demoLayer = Layer.unwrapEffect(Effect.promise(() => import("./Demo.js")).pipe(Effect.map(({ layer }) => layer)))

/**
 * The whole configuration, checked before anything starts so that one message names every problem (Settings), its
 * warnings logged first. --demo sets the connection variables itself, so their problems do not count then.
 */
const checkedSettings = (demo: boolean) =>
  Effect.gen(function*() {
    const { otrs, policy, problems, warnings } = yield* readSettings
    // doctor has steps of its own for these; with --demo, the connection is the simulator's
    const transport = Either.isRight(otrs) && !demo ? insecureTransportWarnings(otrs.right) : []
    yield* logWarnings([...warnings, ...transport])
    const counted = problems.filter(({ variable }) => !(demo && connectionVariables.has(variable)))
    if (Either.isLeft(policy) || counted.length > 0) return yield* new OtrsConfigError({ problems: counted })
    return { policy: policy.right }
  })

/** Runs `program` once the whole configuration is checked (see checkedSettings), with the tool policy it read. */
export const configured = (demo: boolean) =>
<A, E, R>(program: Effect.Effect<A, E, R>): Effect.Effect<A, E | OtrsConfigError, Exclude<R, ToolPolicy>> =>
  Effect.flatMap(checkedSettings(demo), ({ policy }) => Effect.provideService(program, ToolPolicy, policy))

/** The whole configuration checked (configured), then `program` run against OTRS or the simulator (against). */
export const connection = (demo: boolean) =>
<A, E, R>(program: Effect.Effect<A, E, R>): Effect.Effect<A, E | OtrsConfigError, Exclude<R, ToolPolicy>> =>
  configured(demo)(against(demo)(program))
