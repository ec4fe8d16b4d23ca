import { ConfigProvider, Context, Effect } from "effect"
import { likelyField, normalizedName } from "../mcp/fieldSuggestion.js"

/**
 * Variables set for otrs-mcp under a name it does not read (OTRS_READONLY for OTRS_READ_ONLY) change nothing, and
 * nothing else would say so: these are found here, with the name probably meant.
 */

/** otrs-mcp's settings are all named so; a variable named so that none reads was probably meant for one. */
const prefix = "OTRS_"

/**
 * Runs `effect` with the configuration in place, noting the name of every variable it reads: the names otrs-mcp
 * knows are those its settings read, not a list kept beside them. Config.all reads every part even when one fails,
 * and an optional variable is read before its default applies. (A variable read only when another holds some
 * value would be missed; otrs-mcp has none.)
 */
export const recordingReads = <A, E, R>(
  effect: Effect.Effect<A, E, R>
): Effect.Effect<readonly [A, ReadonlySet<string>], E, R> =>
  Effect.configProviderWith((provider) => {
    const read = new Set<string>()
    const { enumerateChildren, load, patch } = provider.flattened
    const recording = ConfigProvider.fromFlat(ConfigProvider.makeFlat({
      load: (path, config, split) => {
        read.add(path.join("_"))
        return load(path, config, split)
      },
      enumerateChildren,
      patch
    }))
    return Effect.map(Effect.withConfigProvider(effect, recording), (result) => [result, read] as const)
  })

/**
 * The environment, for the names of the variables set: Effect's ConfigProvider gives a value by name, but listing its
 * names costs milliseconds of the server's start (the environment's, split at each _, go into hash sets a level at a
 * time). Tests that give their variables as a ConfigProvider give them here too.
 */
export class Environment extends Context.Reference<Environment>()("otrs-mcp/Environment", {
  defaultValue: (): Readonly<Record<string, string | undefined>> => process.env
}) {}

/** The OTRS_* variables set, sorted, blank ones left out (they count as unset). */
export const variablesSet: Effect.Effect<ReadonlyArray<string>> = Effect.map(Environment, (environment) =>
  Object.keys(environment)
    .filter((name) => name.startsWith(prefix) && (environment[name] ?? "").trim() !== "")
    .sort())

/**
 * The known name `name` most likely stands for: the same written another way or misspelled (likelyField, as for tool
 * arguments), or else the one known name that begins with it (OTRS_TIMEOUT) or contains it (OTRS_URL).
 */
export const meantVariable = (name: string, known: ReadonlyArray<string>): string | undefined => {
  const likely = likelyField(name, known)
  if (likely !== undefined) return likely.name
  const part = normalizedName(name.slice(prefix.length))
  if (part.length < 2) return undefined
  const rest = (variable: string) => normalizedName(variable.slice(prefix.length))
  const containing = known.filter((variable) => rest(variable).includes(part))
  const beginning = containing.filter((variable) => rest(variable).startsWith(part))
  const [only, another] = beginning.length > 0 ? beginning : containing
  return another === undefined ? only : undefined
}

export interface UnknownVariable {
  readonly name: string
  readonly meant: string | undefined
}

/** The variables of `set` that are not `known`, in the order given, each with the known one probably meant. */
export const unknownVariables = (
  set: ReadonlyArray<string>,
  known: ReadonlySet<string>
): ReadonlyArray<UnknownVariable> =>
  set.filter((name) => !known.has(name)).map((name) => ({ name, meant: meantVariable(name, [...known]) }))
