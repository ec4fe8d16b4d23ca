import type { HttpClient } from "@effect/platform"
import { Cause, Context, Deferred, Effect, Exit, Layer, type Redacted, Ref } from "effect"
import { ConfigItemGetResponse } from "../schemas/ConfigItem.js"
import type { ConfigItem, SessionInfo, Ticket, TicketCreated, TicketHistory, TicketUpdated } from "../schemas/Domain.js"
import { TicketHistoryGetResponse } from "../schemas/History.js"
import type {
  ConfigItemSearchRequest,
  DynamicFieldCondition,
  TicketCreateRequest,
  TicketGetRequest,
  TicketSearchRequest,
  TicketUpdateRequest
} from "../schemas/Requests.js"
import { ConfigItemSearchResponse, TicketSearchResponse } from "../schemas/Search.js"
import { SessionGetResponse } from "../schemas/Session.js"
import { TicketCreateResponse, TicketGetResponse, TicketUpdateResponse } from "../schemas/Ticket.js"
import { decodePayload, type PayloadDecoder } from "./decodePayload.js"
import { OtrsConfig, type OtrsConfigError } from "./OtrsConfig.js"
import type { OtrsError } from "./OtrsErrors.js"
import { type OtrsCall, OtrsHttp } from "./OtrsHttp.js"
import { OtrsSession } from "./OtrsSession.js"
import { OtrsTransport } from "./OtrsTransport.js"
import { OtrsTransportLive } from "./OtrsTransportLive.js"

type Ids = readonly [number, ...Array<number>]
type SessionId = Redacted.Redacted<string>

/**
 * One typed method per GenericInterface operation; sessions, retries and errors are handled inside. An empty id list,
 * or an id, Limit or articleLimit that is not a positive integer, is a bug in the caller: the method dies with an
 * IllegalArgumentException naming the field, and nothing is sent. A write, once sent, is not abandoned when its
 * caller is interrupted (OTRS applies it whether or not anyone reads the answer): the interruption waits for OTRS's
 * answer or the request's timeout.
 */
export interface OtrsClientShape {
  /** Logs in anew (replacing the shared session) and reports who is logged in. */
  readonly sessionCreate: Effect.Effect<SessionInfo, OtrsError>
  /** Who the shared session belongs to (logs in first if needed); asked of OTRS once per session. */
  readonly sessionGet: Effect.Effect<SessionInfo, OtrsError>
  /** Never retried: a duplicate ticket is worse than an error. */
  readonly ticketCreate: (request: TicketCreateRequest) => Effect.Effect<TicketCreated, OtrsError>
  /** Many tickets in one request; one inaccessible id fails the whole call, as in OTRS. */
  readonly ticketGet: (request: TicketGetRequest) => Effect.Effect<ReadonlyArray<Ticket>, OtrsError>
  /**
   * Ticket ids in OTRS's order; uses the POST search route when `DynamicField` conditions are given, or when the
   * query string would be too long for the web server in front of OTRS (MAX_QUERY_LENGTH).
   */
  readonly ticketSearch: (request: TicketSearchRequest) => Effect.Effect<ReadonlyArray<number>, OtrsError>
  /** Retried on transient failures only when it adds no article. */
  readonly ticketUpdate: (request: TicketUpdateRequest) => Effect.Effect<TicketUpdated, OtrsError>
  readonly ticketHistoryGet: (ticketIds: Ids) => Effect.Effect<ReadonlyArray<TicketHistory>, OtrsError>
  readonly configItemGet: (
    configItemIds: Ids,
    options?: { readonly attachments?: boolean }
  ) => Effect.Effect<ReadonlyArray<ConfigItem>, OtrsError>
  readonly configItemSearch: (request: ConfigItemSearchRequest) => Effect.Effect<ReadonlyArray<number>, OtrsError>
}

export class OtrsClient extends Context.Tag("otrs-mcp/OtrsClient")<OtrsClient, OtrsClientShape>() {
  static readonly layer: Layer.Layer<OtrsClient, never, OtrsHttp | OtrsSession> = Layer.scoped(
    OtrsClient,
    Effect.gen(function*() {
      const http = yield* OtrsHttp
      const session = yield* OtrsSession
      const scope = yield* Effect.scope

      /** Runs with the shared session; when OTRS rejects it (expired), logs in once more and retries once. */
      const withSession = <A>(run: (sessionId: SessionId) => Effect.Effect<A, OtrsError>) =>
        session.current.pipe(
          Effect.flatMap((sessionId) =>
            run(sessionId).pipe(
              Effect.catchTag("OtrsAuthError", () => Effect.flatMap(session.renew(sessionId), run))
            )
          )
        )

      // decoded by OtrsHttp, which conceals the session in what a decode failure quotes
      const callWithSession = <A>(call: Omit<OtrsCall, "credentials">, decode: PayloadDecoder<A>) =>
        withSession((sessionId) =>
          // Object.assign, not a spread: V8 builds `{ ...call, credentials }` on a slow path (1.7 us against 0.2)
          http.call(Object.assign({}, call, { credentials: { _tag: "Session", sessionId } as const }), decode)
        )

      // SessionGet takes the SessionID in its path and no other credentials.
      const sessionGetWith = (sessionId: SessionId) =>
        http.call({
          operation: "SessionGet",
          secretPath: { SessionID: sessionId },
          credentials: { _tag: "None" },
          idempotent: true,
          subject: "the session"
        }, decodePayload("SessionGet", SessionGetResponse))

      /*
       * Whom a session belongs to does not change while it lives, and every "me" asks: one SessionGet per session,
       * shared by the calls that ask while it is under way. It runs in the layer's scope, so that an interrupted
       * caller cannot strand the others; a failure is not kept, the next call asks again.
       */
      const known = yield* Ref.make<readonly [SessionId, Deferred.Deferred<SessionInfo, OtrsError>] | undefined>(undefined)
      const sessionInfo = (sessionId: SessionId) =>
        Effect.uninterruptibleMask((restore) =>
          Effect.gen(function*() {
            const fresh = yield* Deferred.make<SessionInfo, OtrsError>()
            const asked = yield* Ref.modify(known, (cached) =>
              cached !== undefined && cached[0] === sessionId
                ? [cached[1], cached] as const
                : [undefined, [sessionId, fresh] as const] as const)
            if (asked !== undefined) return yield* restore(Deferred.await(asked))
            const forget = Ref.update(known, (cached) => cached?.[1] === fresh ? undefined : cached)
            yield* sessionGetWith(sessionId).pipe(
              Effect.exit,
              Effect.tap((exit) => Exit.isSuccess(exit) ? Effect.void : forget),
              Effect.flatMap((exit) => Deferred.done(fresh, exit)),
              Effect.interruptible,
              Effect.onInterrupt(() => Effect.zipRight(forget, Deferred.interrupt(fresh))),
              Effect.forkIn(scope)
            )
            return yield* restore(Deferred.await(fresh))
          })
        )

      return {
        sessionCreate: Effect.flatMap(session.login, sessionInfo),
        sessionGet: withSession(sessionInfo),
        ticketCreate: (request) =>
          callWithSession(
            { operation: "TicketCreate", params: request, idempotent: false },
            decodePayload("TicketCreate", TicketCreateResponse)
          ),
        ticketGet: (request) =>
          checked("ticketGet", [
            ["ticketIds", idsProblem(request.ticketIds)],
            ["articleLimit", countProblem(request.articleLimit)]
          ]) ?? callWithSession(
            {
              operation: "TicketGet",
              path: { TicketID: request.ticketIds.join(",") },
              params: ticketGetParams(request),
              idempotent: true,
              subject: describeIds("ticket", request.ticketIds),
              ids: request.ticketIds
            },
            decodePayload("TicketGet", TicketGetResponse)
          ),
        ticketSearch: (request) => {
          const invalid = checked("ticketSearch", [["Limit", countProblem(request.Limit)]])
          if (invalid !== undefined) return invalid
          const { DynamicField: conditions, ...filters } = request
          const byPost = (conditions !== undefined && conditions.length > 0) || isLongQuery(filters)
          return callWithSession(
            {
              operation: byPost ? "TicketSearchPost" : "TicketSearch",
              label: "TicketSearch",
              params: byPost ? { ...filters, ...dynamicFieldParams(conditions ?? []) } : filters,
              idempotent: true
            },
            decodePayload("TicketSearch", TicketSearchResponse)
          )
        },
        ticketUpdate: ({ ticketId, ...changes }) =>
          checked("ticketUpdate", [["ticketId", countProblem(ticketId)]]) ?? callWithSession(
            {
              operation: "TicketUpdate",
              path: { TicketID: String(ticketId) },
              params: changes,
              idempotent: changes.Article === undefined && changes.Attachment === undefined,
              subject: `ticket ${ticketId}`,
              ids: [ticketId]
            },
            decodePayload("TicketUpdate", TicketUpdateResponse)
          ),
        ticketHistoryGet: (ticketIds) =>
          checked("ticketHistoryGet", [["ticketIds", idsProblem(ticketIds)]]) ?? callWithSession(
            {
              operation: "TicketHistoryGet",
              path: { TicketID: ticketIds.join(",") },
              idempotent: true,
              subject: describeIds("ticket", ticketIds),
              ids: ticketIds
            },
            decodePayload("TicketHistoryGet", TicketHistoryGetResponse)
          ),
        configItemGet: (configItemIds, options) =>
          checked("configItemGet", [["configItemIds", idsProblem(configItemIds)]]) ?? callWithSession(
            {
              operation: "ConfigItemGet",
              path: { ConfigItemID: configItemIds.join(",") },
              params: options?.attachments === true ? { Attachments: 1 } : {},
              idempotent: true,
              subject: describeIds("config item", configItemIds),
              ids: configItemIds
            },
            decodePayload("ConfigItemGet", ConfigItemGetResponse)
          ),
        configItemSearch: (request) =>
          checked("configItemSearch", [["Limit", countProblem(request.Limit)]]) ?? callWithSession(
            { operation: "ConfigItemSearch", params: { ConfigItem: request }, idempotent: true },
            decodePayload("ConfigItemSearch", ConfigItemSearchResponse)
          )
      }
    })
  )

  /** The client over a given transport (doctor passes its own); sessions included. */
  static readonly layerWithTransport: Layer.Layer<OtrsClient, never, OtrsConfig | OtrsTransport> =
    OtrsClient.layer.pipe(Layer.provide(OtrsSession.layer), Layer.provide(OtrsHttp.layer))

  /** The client over any Effect HttpClient (the tests' fakes, an application's own); sessions included. */
  static readonly layerWithHttpClient: Layer.Layer<OtrsClient, never, OtrsConfig | HttpClient.HttpClient> =
    OtrsClient.layerWithTransport.pipe(Layer.provide(OtrsTransport.fromHttpClient))

  /** Everything from the environment: config, Node's HTTP client with keep-alive, session, client. */
  static readonly live: Layer.Layer<OtrsClient | OtrsConfig, OtrsConfigError> = OtrsClient.layerWithTransport.pipe(
    Layer.provide(OtrsTransportLive),
    Layer.provideMerge(OtrsConfig.layer)
  )
}

const isId = (value: number) => Number.isSafeInteger(value) && value > 0

const idsProblem = (ids: ReadonlyArray<number>): string | undefined => {
  if (ids.length === 0) return "an empty list; give at least one id"
  const wrong = ids.find((id) => !isId(id))
  return wrong === undefined ? undefined : `${wrong} is not a positive integer`
}

const countProblem = (count: number | undefined): string | undefined =>
  count === undefined || isId(count) ? undefined : `${count} is not a positive integer`

/**
 * A defect naming each field with its problem, or undefined when there is none. Only what the types cannot say is
 * checked (ids and counts are numbers, not positive integers), by hand: validating the request schemas would build
 * them at every start of the server, which cost 20 ms.
 */
const checked = (
  method: string,
  fields: ReadonlyArray<readonly [name: string, problem: string | undefined]>
): Effect.Effect<never> | undefined => {
  const problems = fields.filter(([, problem]) => problem !== undefined)
  return problems.length === 0 ? undefined : Effect.die(
    new Cause.IllegalArgumentException(
      `OtrsClient.${method}: ${problems.map(([name, problem]) => `${name}: ${problem}`).join("; ")}`
    )
  )
}

const describeIds = (noun: string, ids: ReadonlyArray<number>) =>
  ids.length === 1 ? `${noun} ${ids[0]}` : `one of the ${noun}s ${ids.join(", ")}`

const flag = (value: boolean | undefined) => value === undefined ? undefined : value ? 1 : 0

const ticketGetParams = (request: TicketGetRequest): Record<string, unknown> => ({
  AllArticles: flag(request.articles),
  ArticleLimit: request.articleLimit,
  ArticleOrder: request.articleOrder,
  ArticleSenderType: request.articleSenderTypes,
  DynamicFields: flag(request.dynamicFields),
  Attachments: flag(request.attachments),
  GetAttachmentContents: request.attachments === true ? flag(request.attachmentContents ?? false) : undefined,
  HTMLBodyAsAttachment: flag(request.htmlBodyAsAttachment),
  Extended: flag(request.extended)
})

/**
 * A query string this long may exceed what the web server in front of OTRS takes in a request line (8 KB for
 * Apache's and nginx's defaults), which refuse it with 414 or 431. A full-text term goes into four parameters, so
 * a pasted stack trace of a few thousand characters gets there.
 */
const MAX_QUERY_LENGTH = 4_000

const isLongQuery = (params: Readonly<Record<string, unknown>>): boolean =>
  encodeURIComponent(JSON.stringify(params)).length > MAX_QUERY_LENGTH

/** `[{Name: "Impact", Equals: "high"}]` -> `{DynamicField_Impact: {Equals: "high"}}`, the form every OTRS 6 reads. */
const dynamicFieldParams = (conditions: ReadonlyArray<DynamicFieldCondition>): Record<string, unknown> => {
  const params: Record<string, Record<string, unknown>> = {}
  for (const { Name, ...operators } of conditions) {
    params[`DynamicField_${Name}`] = { ...params[`DynamicField_${Name}`], ...operators }
  }
  return params
}
