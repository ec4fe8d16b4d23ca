import { Config, type ConfigError, Context, Either, Layer, Option, Schema } from "effect"

/** Which tools the server exposes, from OTRS_TOOLS_ALLOW, OTRS_TOOLS_DENY and OTRS_READ_ONLY. */
export interface ToolPolicyShape {
  /** When set, only these tools (before `deny` and `readOnly` apply). */
  readonly allow: Option.Option<ReadonlyArray<string>>
  readonly deny: ReadonlyArray<string>
  /** Removes every tool that changes OTRS. */
  readonly readOnly: boolean
}

const names = (variable: string) =>
  Config.string(variable).pipe(
    Config.map((list) => list.split(",").map((name) => name.trim()).filter((name) => name.length > 0)),
    Config.option
  )

export class ToolPolicy extends Context.Tag("otrs-mcp/ToolPolicy")<ToolPolicy, ToolPolicyShape>() {
  /** An empty OTRS_TOOLS_ALLOW counts as unset rather than as "expose nothing". */
  static readonly config: Config.Config<ToolPolicyShape> = Config.all({
    allow: names("OTRS_TOOLS_ALLOW").pipe(Config.map(Option.filter((list) => list.length > 0))),
    deny: names("OTRS_TOOLS_DENY").pipe(Config.map(Option.getOrElse(() => []))),
    readOnly: Config.boolean("OTRS_READ_ONLY").pipe(Config.withDefault(false))
  })

  static readonly layer: Layer.Layer<ToolPolicy, ConfigError.ConfigError> = Layer.effect(ToolPolicy, ToolPolicy.config)
}

export class UnknownToolNames extends Schema.TaggedError<UnknownToolNames>()("UnknownToolNames", {
  allow: Schema.Array(Schema.String),
  deny: Schema.Array(Schema.String),
  known: Schema.Array(Schema.String)
}) {
  override get message() {
    const lists = [
      ...(this.allow.length > 0 ? [`OTRS_TOOLS_ALLOW names unknown tools: ${this.allow.join(", ")}`] : []),
      ...(this.deny.length > 0 ? [`OTRS_TOOLS_DENY names unknown tools: ${this.deny.join(", ")}`] : [])
    ]
    return `${lists.join("; ")}. The known tools are: ${this.known.join(", ")}.`
  }
}

/** The tools `policy` leaves exposed, in registry order; deny and read-only win over allow. */
export const exposedTools = <T extends { readonly name: string; readonly writes: boolean }>(
  all: ReadonlyArray<T>,
  policy: ToolPolicyShape
): Either.Either<ReadonlyArray<T>, UnknownToolNames> => {
  const known = all.map((tool) => tool.name)
  const unknown = (list: ReadonlyArray<string>) => list.filter((name) => !known.includes(name))
  const allow = Option.getOrElse(policy.allow, () => [])
  if (unknown(allow).length > 0 || unknown(policy.deny).length > 0) {
    return Either.left(new UnknownToolNames({ allow: unknown(allow), deny: unknown(policy.deny), known }))
  }
  return Either.right(all.filter((tool) =>
    Option.match(policy.allow, { onNone: () => true, onSome: (list) => list.includes(tool.name) }) &&
    !policy.deny.includes(tool.name) &&
    !(policy.readOnly && tool.writes)
  ))
}
