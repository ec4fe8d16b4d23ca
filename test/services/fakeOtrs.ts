import { HttpClient, HttpClientError, HttpClientResponse } from "@effect/platform"
import { Duration, Effect, Layer, Option, Redacted } from "effect"
import { OtrsConfig, type OtrsConfigShape } from "../../src/services/OtrsConfig.js"
import { operations } from "../../src/services/OtrsRoutes.js"

/** A fake HttpClient for unit tests: records every request and answers with a programmable handler. */
export interface FakeRequest {
  readonly method: string
  readonly url: URL
  /** the route part after the base URL, e.g. /Ticket/2 */
  readonly route: string
  readonly query: URLSearchParams
  readonly body: Record<string, unknown> | undefined
}

export type FakeAnswer =
  | { readonly status?: number; readonly json: unknown }
  | { readonly status: number; readonly text: string; readonly contentType?: string; readonly location?: string }
  | "reset"
  | "hang"
  /** the request fails as an HttpClient over undici reports it, e.g. UND_ERR_HEADERS_TIMEOUT */
  | { readonly transportCode: string }

export const baseUrl = "https://otrs.test/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"
export const password = "s3cret-Passw0rd"
export const sessionIds = ["SESSIONaaaaaaaaaaaaaaaaaaaaaaaaaa", "SESSIONbbbbbbbbbbbbbbbbbbbbbbbbbb", "SESSIONcccccccccccccccccccccccccc"]

export const testConfig: OtrsConfigShape = {
  baseUrl,
  username: "agent1",
  password: Redacted.make(password),
  verifySsl: true,
  caFile: Option.none(),
  timeout: Duration.millis(200),
  retries: 2,
  defaults: { queue: "Raw", state: "new", priority: "3 normal", type: "Unclassified", customerUser: Option.none() },
  routes: operations
}

export const fakeOtrs = (handler: (request: FakeRequest) => FakeAnswer | Effect.Effect<FakeAnswer>) => {
  const requests: Array<FakeRequest> = []
  const client = HttpClient.make((request, url) =>
    Effect.gen(function*() {
      const body = request.body._tag === "Uint8Array"
        ? JSON.parse(new TextDecoder().decode(request.body.body)) as Record<string, unknown>
        : undefined
      const recorded: FakeRequest = {
        method: request.method,
        url,
        route: url.pathname.slice(new URL(baseUrl).pathname.length),
        query: url.searchParams,
        body
      }
      requests.push(recorded)
      const handled = handler(recorded)
      const answer = Effect.isEffect(handled) ? yield* handled : handled
      if (answer === "hang") return yield* Effect.never
      if (answer === "reset" || "transportCode" in answer) {
        const [message, code] = answer === "reset" ? ["socket hang up", "ECONNRESET"] : ["undici", answer.transportCode]
        return yield* new HttpClientError.RequestError({
          request,
          reason: "Transport",
          cause: Object.assign(new Error(message), { code })
        })
      }
      const response = "json" in answer
        ? new Response(JSON.stringify(answer.json), {
          status: answer.status ?? 200,
          headers: { "content-type": "application/json; charset=UTF-8" }
        })
        : new Response(answer.text, {
          status: answer.status,
          headers: {
            "content-type": answer.contentType ?? "text/plain; charset=UTF-8",
            ...(answer.location === undefined ? {} : { location: answer.location })
          }
        })
      return HttpClientResponse.fromWeb(request, response)
    })
  )
  return {
    requests,
    count: (method: string, route: string | RegExp) =>
      requests.filter((r) => r.method === method && (typeof route === "string" ? r.route === route : route.test(r.route)))
        .length,
    layer: Layer.merge(Layer.succeed(HttpClient.HttpClient, client), Layer.succeed(OtrsConfig, testConfig))
  }
}

/** A small, always-successful OTRS: SessionCreate hands out sessionIds in turn, TicketGet/Search answer minimal data. */
export const ticketJson = (id: number) => ({
  TicketID: id,
  TicketNumber: `20261124100000${id}`,
  Title: `Ticket ${id}`,
  State: "open",
  StateType: "open",
  StateID: 4,
  Queue: "Raw",
  QueueID: 2,
  Priority: "3 normal",
  PriorityID: 3,
  Type: "Unclassified",
  TypeID: 1,
  Owner: "agent1",
  OwnerID: 2,
  Responsible: "root@localhost",
  ResponsibleID: 1,
  Lock: "unlock",
  LockID: 1,
  CustomerUserID: "customer1",
  CustomerID: "ACME",
  Created: "2026-11-24 05:04:26",
  Changed: "2026-11-24 05:04:26",
  Age: 10,
  UntilTime: 0,
  RealTillTimeNotUsed: 0,
  ArchiveFlag: "n",
  ServiceID: "",
  SLAID: ""
})
