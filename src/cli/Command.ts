import { Data, Either } from "effect"
import { parseArgs } from "node:util"

/** What one run of otrs-mcp does; `demo` puts the built-in OTRS simulator in place of the OTRS_* connection. */
export type Command = Data.TaggedEnum<{
  Serve: { readonly demo: boolean }
  Doctor: { readonly demo: boolean }
  Tools: { readonly markdown: boolean }
  Call: { readonly demo: boolean; readonly json: boolean; readonly tool: string; readonly args: string }
  Help: {}
  Version: {}
}>

export const Command = Data.taggedEnum<Command>()

/** The command line asks for something otrs-mcp does not do; `advice` says what to type instead. */
export class UsageError extends Data.TaggedError("UsageError")<{
  readonly problem: string
  readonly advice: string
}> {
  override get message() {
    return `otrs-mcp: ${this.problem}\n${this.advice}`
  }
}

const seeHelp = "Run otrs-mcp --help for the usage."

const usageError = (problem: string) => Either.left(new UsageError({ problem, advice: seeHelp }))

const options = {
  demo: { type: "boolean" },
  json: { type: "boolean" },
  markdown: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
} as const

type Flag = keyof typeof options

const isFlag = (name: string): name is Flag => Object.hasOwn(options, name)

/** The flags each command takes and the positional arguments after its name (at least, at most). */
const commands = {
  serve: { flags: ["demo"], positionals: [0, 0] },
  doctor: { flags: ["demo"], positionals: [0, 0] },
  tools: { flags: ["demo", "markdown"], positionals: [0, 0] },
  call: { flags: ["demo", "json"], positionals: [1, 2] }
} as const satisfies Record<string, { flags: ReadonlyArray<Flag>; positionals: readonly [number, number] }>

type CommandName = keyof typeof commands

const isCommandName = (name: string): name is CommandName => Object.hasOwn(commands, name)

interface Parsed {
  readonly flags: ReadonlySet<Flag>
  readonly positionals: ReadonlyArray<string>
}

/** node:util's own messages for unknown options are long and about its API; these name the argument. */
const tokenize = (argv: ReadonlyArray<string>): Either.Either<Parsed, UsageError> => {
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true })
  const flags = new Set<Flag>()
  const positionals: Array<string> = []
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value)
    if (token.kind !== "option") continue
    if (!isFlag(token.name)) return usageError(`unknown option ${token.rawName}`)
    if (token.inlineValue !== undefined) return usageError(`${token.rawName} takes no value`)
    flags.add(token.name)
  }
  return Either.right({ flags, positionals })
}

const checkArguments = (name: CommandName, { flags, positionals }: Parsed): Either.Either<Parsed, UsageError> => {
  const { flags: allowed, positionals: [least, most] } = commands[name]
  const shown = name === "serve" ? "the server" : name
  const misplaced = [...flags].find((flag) => !(allowed as ReadonlyArray<Flag>).includes(flag))
  if (misplaced !== undefined) return usageError(`--${misplaced} does not apply to ${shown}`)
  if (positionals.length < least) return usageError(`${name} needs a tool name: otrs-mcp call <tool> '<json args>'`)
  if (positionals.length > most) return usageError(`unexpected argument '${positionals[most]}' after ${shown}`)
  return Either.right({ flags, positionals })
}

export const parseCommand = (argv: ReadonlyArray<string>): Either.Either<Command, UsageError> =>
  Either.flatMap(tokenize(argv), (parsed): Either.Either<Command, UsageError> => {
    if (parsed.flags.has("help")) return Either.right(Command.Help())
    if (parsed.flags.has("version")) return Either.right(Command.Version())
    const [typed, ...rest] = parsed.positionals
    const name = typed ?? "serve"
    // "serve" is what no command means, not a command of its own
    if (typed === "serve" || !isCommandName(name)) return usageError(`unknown command '${typed}'`)
    return Either.map(checkArguments(name, { flags: parsed.flags, positionals: rest }), ({ flags, positionals }) => {
      const demo = flags.has("demo")
      switch (name) {
        case "serve":
          return Command.Serve({ demo })
        case "doctor":
          return Command.Doctor({ demo })
        case "tools":
          return Command.Tools({ markdown: flags.has("markdown") })
        case "call":
          return Command.Call({ demo, json: flags.has("json"), tool: positionals[0]!, args: positionals[1] ?? "{}" })
      }
    })
  })
