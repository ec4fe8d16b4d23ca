import { ConfigProvider, Effect } from "effect"

/** Runs an effect that reads configuration with exactly these variables set, and no others. */
export const withEnv = (env: Record<string, string>) =>
  Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env))))
