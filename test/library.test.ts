import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer } from "effect"
import { readFileSync } from "node:fs"

/** What another Effect app gets from `import ... from "otrs-mcp"` (package.json exports; `npm run build` first). */
const exportsMap = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).exports as Record<
  string,
  { readonly default: string }
>
const load = (entry: string) => import(new URL(`../${exportsMap[entry]!.default}`, import.meta.url).href)

describe("otrs-mcp as a library", () => {
  it.live("the OTRS client and the simulator work from the package entry points", () =>
    Effect.gen(function*() {
      const library: typeof import("../src/index.js") = yield* Effect.promise(() => load("."))
      const { makeSimulator }: typeof import("../src/simulator/index.js") = yield* Effect.promise(() => load("./simulator"))
      const simulator = yield* makeSimulator()
      const config = ConfigProvider.fromMap(new Map([
        ["OTRS_BASE_URL", simulator.webServiceUrl()],
        ["OTRS_USERNAME", "agent1"],
        ["OTRS_PASSWORD", "agent1pass"]
      ]))
      const tickets = yield* Effect.gen(function*() {
        const otrs = yield* library.OtrsClient
        const ids = yield* otrs.ticketSearch({ Title: "*VPN*" })
        return yield* otrs.ticketGet({ ticketIds: [ids[0]!], articles: true, articleLimit: 1 })
      }).pipe(Effect.provide(Layer.provide(library.OtrsClient.live, Layer.setConfigProvider(config))))
      expect(Object.keys(library.OperationResponses)).toContain("ConfigItemCreate")
      expect(tickets[0].title).toMatch(/VPN/)
      expect(tickets[0].articles).toHaveLength(1)
    }).pipe(Effect.scoped))
})
