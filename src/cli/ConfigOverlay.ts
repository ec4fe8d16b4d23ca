import { ConfigError, ConfigProvider, Effect } from "effect"

/** The problem `under` has with a variable, without the overlay's own "missing" for it. */
const underProblem = (error: ConfigError.ConfigError): ConfigError.ConfigError =>
  ConfigError.isOr(error) && ConfigError.isMissingDataOnly(error.left) ? error.right : error

/**
 * `values` in place of the variables they name, every other variable from `under`. A bare ConfigProvider.orElse
 * would report a bad variable twice, as missing from `values` and as wrong in `under`.
 */
export const overlay = (
  values: Readonly<Record<string, string>>,
  under: ConfigProvider.ConfigProvider
): ConfigProvider.ConfigProvider => {
  const both = ConfigProvider.fromMap(new Map(Object.entries(values))).pipe(ConfigProvider.orElse(() => under)).flattened
  return ConfigProvider.fromFlat(ConfigProvider.makeFlat({
    load: (path, config, split) => Effect.mapError(both.load(path, config, split), underProblem),
    enumerateChildren: (path) => both.enumerateChildren(path),
    patch: both.patch
  }))
}
