/**
 * Replays every recorded OTRS exchange (shared/otrs-fixtures) against the simulator, or against a live OTRS when
 * OTRS_CONTRACT_URL, OTRS_CONTRACT_USER and OTRS_CONTRACT_PASSWORD are set (`npm run test:contract`), and checks
 * the answer has the recorded status, error code and message, content type and JSON shape.
 *
 * The cases run in recording order against one fresh target, so each finds the state it was recorded in: ids,
 * ticket numbers and SessionIDs the recording created are replaced by the ones the replay created.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { type Fixture, loadFixtures } from "../support/fixtures.js"
import { planCases } from "./plan.js"
import { emptyMappings, learn, type Mappings, rewrite, substitute } from "./rewrite.js"
import { type Received, send } from "./send.js"
import { shapeDifferences, typeVariants } from "./shape.js"
import { type Accounts, contractTarget } from "./target.js"

const target = contractTarget()
const fixtures = loadFixtures()
const variants = typeVariants(fixtures)

const mediaType = (contentType: string | undefined) => (contentType ?? "").split(";")[0]!.trim().toLowerCase()

/** TicketSearch answers `{}` and ConfigItemSearch `{"ConfigItemIDs": ""}` when nothing matches. */
const emptySearch = (value: unknown) =>
  typeof value === "object" && value !== null && (Object.keys(value).length === 0 || (value as Record<string, unknown>)["ConfigItemIDs"] === "")

const expectAnswer = (fixture: Fixture, received: Received, substitutions: ReadonlyArray<readonly [string, string]>) => {
  expect(received.status, "HTTP status (null: connection closed without an answer)").toBe(fixture.status)
  if (fixture.status === null) return
  expect(mediaType(received.contentType), "content type").toBe(mediaType(fixture.response_headers["Content-Type"]))
  if (!fixture.response_is_json) {
    expect(received.text).toBe(substitute(String(fixture.response), substitutions))
    return
  }
  const actual: unknown = JSON.parse(received.text)
  const recorded = fixture.response as Record<string, unknown>
  const recordedError = recorded["Error"] as { ErrorCode: string; ErrorMessage: string } | undefined
  if (recordedError !== undefined) {
    expect((actual as Record<string, unknown>)["Error"]).toEqual({
      ErrorCode: recordedError.ErrorCode,
      ErrorMessage: substitute(recordedError.ErrorMessage, substitutions)
    })
    return
  }
  // a live server holds other data: whether a search finds anything there says nothing about the protocol
  if (target.kind === "live" && emptySearch(recorded) !== emptySearch(actual)) return
  expect(shapeDifferences(recorded, actual, String(fixture.operation), variants)).toEqual([])
}

/**
 * configitem-delete.ok deletes config item 3, which the recording created with a request that was not recorded
 * (configitem-create.missing-required-subfield shows the failed first try). So the test creates such an item
 * first, with configitem-create.ok's request renamed, and deletes that.
 */
const createItemToDelete = async (baseUrl: string, mappings: Mappings, accounts: Accounts) => {
  const template = fixtures.find((fixture) => fixture.name === "configitem-create.ok")!
  const body = template.request.body as { ConfigItem: Record<string, unknown> }
  const fixture: Fixture = {
    ...template,
    request: { ...template.request, body: { ...body, ConfigItem: { ...body.ConfigItem, Name: "to-be-deleted" } } }
  }
  const received = await send(baseUrl, rewrite(fixture, mappings, accounts))
  const answer = JSON.parse(received.text) as { ConfigItemID?: string }
  expect(answer.ConfigItemID, `creating the item to delete: ${received.text}`).toBeDefined()
  mappings.configItem.set("3", String(answer.ConfigItemID))
}

if (target.kind === "misconfigured") {
  describe("contract", () => {
    it("configuration", () => {
      throw new Error(target.problem)
    })
  })
} else {
  describe(`contract against ${target.kind === "live" ? target.baseUrl : "the simulator"}`, () => {
    const mappings = emptyMappings()
    let simulator: OtrsSimulator | undefined
    let baseUrl = target.kind === "live" ? target.baseUrl : ""

    beforeAll(async () => {
      if (target.kind === "simulator") {
        simulator = await startSimulator()
        baseUrl = simulator.url
      }
    })
    afterAll(() => simulator?.close())

    for (const { fixture, skip } of planCases(fixtures, target)) {
      if (skip !== undefined) {
        it.skip(`${fixture.name} (skipped: ${skip})`, () => {})
        continue
      }
      it(fixture.name, async () => {
        if (fixture.name === "configitem-delete.ok") await createItemToDelete(baseUrl, mappings, target.accounts)
        const outgoing = rewrite(fixture, mappings, target.accounts)
        const received = await send(baseUrl, outgoing)
        if (received.status === 200 && mediaType(received.contentType) === "application/json") {
          learn(fixture, JSON.parse(received.text), mappings)
        }
        expectAnswer(fixture, received, outgoing.substitutions)
      })
    }
  })
}
