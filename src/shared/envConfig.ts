import { Config, ConfigError, Either, Option } from "effect"

/** Reading environment variables by one rule, for the OTRS connection and the server's own settings alike. */

/** Parses a variable's trimmed, non-blank text, or says what is wrong with it and what it accepts. */
export type Parse<A> = (text: string) => Either.Either<A, string>

/**
 * An optional variable. Unset, empty and blank all mean "use the default": hosts' configuration forms often write
 * an empty string for a field left empty. Problems are reported under the variable's name, never with its value.
 */
export const optional = <A>(variable: string, parse: Parse<A>): Config.Config<Option.Option<A>> =>
  Config.option(Config.string(variable)).pipe(
    Config.mapOrFail((text) => {
      const trimmed = text.pipe(Option.map((value) => value.trim()), Option.filter((value) => value !== ""))
      if (Option.isNone(trimmed)) return Either.right(Option.none())
      return parse(trimmed.value).pipe(
        Either.mapBoth({ onLeft: (problem) => ConfigError.InvalidData([variable], problem), onRight: Option.some })
      )
    })
  )

export const withDefault = <A>(variable: string, fallback: A, parse: Parse<A>): Config.Config<A> =>
  optional(variable, parse).pipe(Config.map(Option.getOrElse(() => fallback)))

const booleans: Readonly<Record<string, boolean>> = {
  true: true, yes: true, on: true, "1": true,
  false: false, no: false, off: false, "0": false
}

/** What Effect's Config.boolean accepts, in any case: config forms and shells write TRUE or False too. */
export const boolean: Parse<boolean> = (text) => {
  const value = booleans[text.toLowerCase()]
  return value === undefined
    ? Either.left("not a yes/no value; expected true or false (also yes/no, on/off, 1/0; in any case)")
    : Either.right(value)
}
