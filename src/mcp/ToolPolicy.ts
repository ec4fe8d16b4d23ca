import { Config, Context, Effect, Either, Option, Schema } from "effect"
import { boolean, optional, withDefault } from "../shared/envConfig.js"

/** Which tools the server exposes, from OTRS_TOOLS_ALLOW, OTRS_TOOLS_DENY and OTRS_READ_ONLY. */
export interface ToolPolicyShape {
  /** When set, only these tools (before `deny` and `readOnly` apply). */
  readonly allow: Option.Option<ReadonlyArray<string>>
  readonly deny: ReadonlyArray<string>
  /** Removes every tool that changes OTRS. */
  readonly readOnly: boolean
}

interface ToolInfo {
  readonly name: string
  readonly writes: boolean
}

/**
 * Comma-separated names; blank entries are dropped, so " , " is no list at all. With `known`, a name not in it is a
 * problem of this variable, found whatever the other variables hold.
 */
const names = (variable: string, known: ReadonlyArray<string> | undefined) =>
  optional(variable, (list) => {
    const listed = list.split(",").map((name) => name.trim()).filter((name) => name !== "")
    const unknown = known === undefined ? [] : unknownNames(known, listed)
    return known === undefined || unknown.length === 0
      ? Either.right(listed)
      : Either.left(`names unknown tools (${unknown.join(", ")}); the known tools are ${known.join(", ")}`)
  }).pipe(Config.map(Option.filter((list) => list.length > 0)))

const unknownNames = (known: ReadonlyArray<string>, list: ReadonlyArray<string>) =>
  list.filter((name) => !known.includes(name))

/** An empty OTRS_TOOLS_ALLOW counts as unset rather than as "expose nothing". */
const policyConfig = (known: ReadonlyArray<string> | undefined): Config.Config<ToolPolicyShape> =>
  Config.all({
    allow: names("OTRS_TOOLS_ALLOW", known),
    deny: names("OTRS_TOOLS_DENY", known).pipe(Config.map(Option.getOrElse((): ReadonlyArray<string> => []))),
    readOnly: withDefault("OTRS_READ_ONLY", false, boolean)
  })

export class ToolPolicy extends Context.Tag("otrs-mcp/ToolPolicy")<ToolPolicy, ToolPolicyShape>() {
  static readonly config: Config.Config<ToolPolicyShape> = policyConfig(undefined)

  /** The policy with its names checked against the registry's: an unknown name is a configuration problem. */
  static readonly checked = (known: ReadonlyArray<string>): Config.Config<ToolPolicyShape> => policyConfig(known)

  /**
   * At start: a warning when the policy leaves something its author hardly meant (see policyWarnings), which an
   * MCP client would only show as missing tools; otherwise, at debug level, what it exposes.
   */
  static readonly logExposure = (all: ReadonlyArray<ToolInfo>, policy: ToolPolicyShape): Effect.Effect<void> => {
    const warnings = policyWarnings(all, policy)
    if (warnings.length > 0) {
      return Effect.logWarning(`tool policy: ${warnings.map(({ detail, fix }) => `${detail}. ${fix}`).join(" ")}`)
    }
    const exposed = Either.getOrElse(exposedTools(all, policy), () => []).map((tool) => tool.name)
    return Effect.logDebug(`exposing ${exposed.length} of ${all.length} tools: ${exposed.join(", ")}`)
  }
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
export const exposedTools = <T extends ToolInfo>(
  all: ReadonlyArray<T>,
  policy: ToolPolicyShape
): Either.Either<ReadonlyArray<T>, UnknownToolNames> => {
  const known = all.map((tool) => tool.name)
  const allow = Option.getOrElse(policy.allow, () => [])
  if (unknownNames(known, allow).length > 0 || unknownNames(known, policy.deny).length > 0) {
    return Either.left(
      new UnknownToolNames({ allow: unknownNames(known, allow), deny: unknownNames(known, policy.deny), known })
    )
  }
  return Either.right(all.filter((tool) =>
    Option.match(policy.allow, { onNone: () => true, onSome: (list) => list.includes(tool.name) }) &&
    !policy.deny.includes(tool.name) &&
    !(policy.readOnly && tool.writes)
  ))
}

/** Something a valid policy does that its author hardly meant, and what to change. */
export interface PolicyWarning {
  readonly detail: string
  readonly fix: string
}

/**
 * Allowed write tools that read-only mode hides anyway, and a policy that leaves no tool at all: the server
 * starts either way, so doctor and the server's log are where this shows. None for a policy naming unknown tools.
 */
export const policyWarnings = (all: ReadonlyArray<ToolInfo>, policy: ToolPolicyShape): ReadonlyArray<PolicyWarning> => {
  const exposed = exposedTools(all, policy)
  if (Either.isLeft(exposed)) return []
  const writing = all.filter((tool) => tool.writes).map((tool) => tool.name)
  const hidden = policy.readOnly
    ? Option.getOrElse(policy.allow, () => []).filter((name) => writing.includes(name) && !policy.deny.includes(name))
    : []
  return [
    ...(hidden.length === 0 ? [] : [{
      detail: `OTRS_TOOLS_ALLOW names ${hidden.join(", ")}, which OTRS_READ_ONLY=true hides ` +
        `(${hidden.length === 1 ? "it changes" : "they change"} OTRS)`,
      fix: `Remove ${hidden.join(", ")} from OTRS_TOOLS_ALLOW, or set OTRS_READ_ONLY=false if the assistant may ` +
        "change OTRS."
    }]),
    ...(exposed.right.length > 0 ? [] : [{
      detail: "OTRS_TOOLS_ALLOW, OTRS_TOOLS_DENY and OTRS_READ_ONLY leave no tool exposed: MCP clients will see none",
      fix: "Expose at least one tool (`otrs-mcp tools` lists what the policy leaves)."
    }])
  ]
}
