import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Layer, TestClock } from "effect"
import { OtrsClient, type OtrsClientShape } from "../../src/services/OtrsClient.js"
import { OtrsUnavailable } from "../../src/services/OtrsErrors.js"
import { RecentTickets, recentlyChangedTickets } from "../../src/tools/RecentTickets.js"

const unavailable = new OtrsUnavailable({ operation: "TicketSearch", url: "http://otrs", status: 503, detail: "down" })

/** OTRS whose sample search answers when `answer` is completed, once per search; counts the searches. */
const gatedOtrs = () =>
  Effect.gen(function*() {
    const searches = { count: 0 }
    const gates: Array<Deferred.Deferred<ReadonlyArray<number>, OtrsUnavailable>> = []
    const unused = Effect.die("not expected in this test")
    const client: OtrsClientShape = {
      sessionCreate: unused,
      sessionGet: unused,
      ticketCreate: () => unused,
      ticketGet: () => Effect.succeed([]),
      ticketSearch: () =>
        Effect.flatMap(Deferred.make<ReadonlyArray<number>, OtrsUnavailable>(), (gate) => {
          searches.count++
          gates.push(gate)
          return Deferred.await(gate)
        }),
      ticketUpdate: () => unused,
      ticketHistoryGet: () => unused,
      configItemGet: () => unused,
      configItemSearch: () => unused
    }
    const layer = RecentTickets.layer.pipe(Layer.provide(Layer.succeed(OtrsClient, client)))
    return { searches, gates, layer }
  })

describe("RecentTickets", () => {
  it.effect("lets calls that come during a fetch share it", () =>
    Effect.gen(function*() {
      const { gates, layer, searches } = yield* gatedOtrs()
      yield* Effect.gen(function*() {
        const calls = yield* Effect.fork(Effect.all([recentlyChangedTickets, recentlyChangedTickets], {
          concurrency: "unbounded"
        }))
        yield* TestClock.adjust("1 second")
        expect(searches.count).toBe(1)
        yield* Deferred.succeed(gates[0]!, [])
        expect(yield* Fiber.join(calls)).toEqual([[], []])
        yield* recentlyChangedTickets
        expect(searches.count).toBe(1)
      }).pipe(Effect.provide(layer))
    }))

  it.effect("lets the calls waiting on a cancelled call's fetch fetch again", () =>
    Effect.gen(function*() {
      const { gates, layer, searches } = yield* gatedOtrs()
      yield* Effect.gen(function*() {
        const cancelled = yield* Effect.fork(recentlyChangedTickets)
        yield* TestClock.adjust("1 second")
        const waiting = yield* Effect.fork(recentlyChangedTickets)
        yield* TestClock.adjust("1 second")
        yield* Fiber.interrupt(cancelled)
        yield* TestClock.adjust("1 second")
        expect(searches.count).toBe(2)
        yield* Deferred.succeed(gates[1]!, [])
        expect(yield* Fiber.join(waiting)).toEqual([])
      }).pipe(Effect.provide(layer))
    }))

  it.effect("fetches again after a failure, and after a minute", () =>
    Effect.gen(function*() {
      const { gates, layer, searches } = yield* gatedOtrs()
      yield* Effect.gen(function*() {
        const failing = yield* Effect.fork(Effect.flip(recentlyChangedTickets))
        yield* TestClock.adjust("1 second")
        yield* Deferred.fail(gates[0]!, unavailable)
        expect(yield* Fiber.join(failing)).toBe(unavailable)
        const retried = yield* Effect.fork(recentlyChangedTickets)
        yield* TestClock.adjust("1 second")
        yield* Deferred.succeed(gates[1]!, [])
        yield* Fiber.join(retried)
        expect(searches.count).toBe(2)
        yield* TestClock.adjust("1 minute")
        yield* Effect.fork(recentlyChangedTickets)
        yield* TestClock.adjust("1 second")
        expect(searches.count).toBe(3)
      }).pipe(Effect.provide(layer))
    }))
})
