import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Either, Exit, Fiber, Layer, Option, TestClock } from "effect"
import { OtrsClient } from "../../src/services/OtrsClient.js"
import { OtrsConfig } from "../../src/services/OtrsConfig.js"
import { OtrsTransport, type OtrsTransportShape, TransportFailure } from "../../src/services/OtrsTransport.js"
import { capturedLogs } from "../support/logs.js"
import { baseUrl, type FakeAnswer, fakeOtrs, type FakeRequest, password, sessionIds, testConfig, ticketJson } from "./fakeOtrs.js"

/** An OTRS that logs in with the next session id and answers ticket operations, with `override` consulted first. */
const otrs = (override: (request: FakeRequest) => FakeAnswer | Effect.Effect<FakeAnswer> | undefined = () => undefined) => {
  let logins = 0
  return fakeOtrs((request) => {
    const answer = override(request)
    if (answer !== undefined) return answer
    if (request.route === "/Session" && request.method === "POST") {
      return { json: { SessionID: sessionIds[logins++ % sessionIds.length] } }
    }
    if (request.route.startsWith("/Session/")) {
      return { json: { SessionData: [{ Key: "UserLogin", Value: "agent1" }, { Key: "UserID", Value: "2" }] } }
    }
    if (request.method === "GET" && request.route.startsWith("/Ticket/")) {
      return { json: { Ticket: request.route.slice(8).split(",").map((id) => ticketJson(Number(id))) } }
    }
    if (request.method === "GET" && request.route === "/Ticket") return { json: { TicketID: ["3", 2] } }
    if (request.method === "POST" && request.route === "/TicketSearch") return { json: { TicketID: ["8"] } }
    if (request.method === "POST" && request.route === "/Ticket") {
      return { json: { TicketID: "9", TicketNumber: "2026112410000091", ArticleID: 20 } }
    }
    if (request.method === "PATCH") return { json: { TicketID: "2", TicketNumber: "2026112410000019", ArticleID: 21 } }
    return { status: 500, text: `HTTP::REST Error while determine Operation for request URI '${request.route}'.` }
  })
}

const run = <A, E>(fake: ReturnType<typeof otrs>, use: (client: OtrsClient["Type"]) => Effect.Effect<A, E>) =>
  Effect.flatMap(OtrsClient, use).pipe(Effect.provide(OtrsClient.layerWithHttpClient.pipe(Layer.provide(fake.layer))))

/** OtrsClient over a transport of its own: logins succeed, every other request goes to `send`. */
const runOverTransport = <A, E>(
  send: OtrsTransportShape["send"],
  use: (client: OtrsClient["Type"]) => Effect.Effect<A, E>
) => {
  const transport = Layer.succeed(OtrsTransport, {
    send: (request) =>
      request.method === "POST" && request.url.endsWith("/Session")
        ? Effect.succeed({
          status: 200,
          contentType: "application/json",
          location: undefined,
          text: JSON.stringify({ SessionID: sessionIds[0] })
        })
        : send(request)
  })
  return Effect.flatMap(OtrsClient, use).pipe(Effect.provide(
    OtrsClient.layerWithTransport.pipe(Layer.provide(Layer.merge(transport, Layer.succeed(OtrsConfig, testConfig))))
  ))
}

/** `call` made twenty times at once. */
const twentyAtOnce = <A, E>(call: Effect.Effect<A, E>) =>
  Effect.all(Array.from({ length: 20 }, () => call), { concurrency: 20 })

const newTicket = {
  Ticket: { Title: "t", CustomerUser: "customer1" },
  Article: { Subject: "s", Body: "b", ContentType: "text/plain; charset=utf8" }
}

const authFail = (operation: string): FakeAnswer => ({
  json: { Error: { ErrorCode: `${operation}.AuthFail`, ErrorMessage: `${operation}: Authorization failing!` } }
})

/** TicketCreate answered with `answer`; everything else as usual. */
const createAnswered = (answer: FakeAnswer) => (request: FakeRequest) =>
  request.method === "POST" && request.route === "/Ticket" ? answer : undefined

/** A ticket creation, with the error it ends in. */
const createTicket = (client: OtrsClient["Type"]) =>
  Effect.flip(client.ticketCreate({
    Ticket: { Title: "t", CustomerUser: "customer1" },
    Article: { Subject: "s", Body: "b", ContentType: "text/plain; charset=utf8" }
  }))

const expectNoSecrets = (error: unknown) => {
  const text = `${String((error as Error).message)} ${JSON.stringify(error)}`
  expect(text).not.toContain(password)
  for (const id of sessionIds) expect(text).not.toContain(id)
}

describe("OtrsClient sessions", () => {
  it.effect("N calls make one SessionCreate, and only SessionCreate carries the password", () => {
    const fake = otrs()
    return run(fake, (client) =>
      Effect.gen(function*() {
        for (let i = 1; i <= 5; i++) yield* client.ticketGet({ ticketIds: [i] })
        yield* client.ticketSearch({ Title: "%printer%" })
        yield* client.ticketUpdate({ ticketId: 2, Ticket: { Priority: "4 high" } })
      })).pipe(Effect.map(() => {
        expect(fake.count("POST", "/Session")).toBe(1)
        const others = fake.requests.filter((r) => r.route !== "/Session")
        expect(others).toHaveLength(7)
        for (const request of others) {
          expect(request.url.toString()).not.toContain(password)
          expect(JSON.stringify(request.body ?? {})).not.toContain(password)
        }
        const get = fake.requests.find((r) => r.method === "GET")!
        expect(get.query.get("SessionID")).toBe(sessionIds[0])
        const patch = fake.requests.find((r) => r.method === "PATCH")!
        expect(patch.body).toMatchObject({ SessionID: sessionIds[0], Ticket: { Priority: "4 high" } })
      }))
  })

  it.effect("10 concurrent first calls share one SessionCreate", () => {
    const fake = otrs((request) =>
      request.route === "/Session" && request.method === "POST"
        ? Effect.as(Effect.yieldNow(), { json: { SessionID: sessionIds[0] } })
        : undefined
    )
    return run(fake, (client) =>
      Effect.forEach(Array.from({ length: 10 }, (_, i) => i + 1), (id) => client.ticketGet({ ticketIds: [id] }), {
        concurrency: "unbounded"
      })).pipe(Effect.map((results) => {
        expect(results).toHaveLength(10)
        expect(fake.count("POST", "/Session")).toBe(1)
      }))
  })

  it.effect("a wrong password costs one failed login, however many callers wait for it", () => {
    const fake = otrs((request) => request.route === "/Session" ? authFail("SessionCreate") : undefined)
    return run(fake, (client) =>
      Effect.forEach(Array.from({ length: 10 }, (_, i) => i + 1), (id) => Effect.either(client.ticketGet({ ticketIds: [id] })), {
        concurrency: "unbounded"
      })).pipe(Effect.map((results) => {
        expect(fake.count("POST", "/Session")).toBe(1)
        for (const result of results) {
          expect(Either.isLeft(result) && result.left._tag).toBe("OtrsAuthError")
          if (Either.isLeft(result)) {
            expect(result.left.message).toContain("OTRS_PASSWORD")
            expectNoSecrets(result.left)
          }
        }
      }))
  })

  it.effect("an expired session re-logs in once and retries the call once", () => {
    const fake = otrs((request) =>
      request.query.get("SessionID") === sessionIds[0] ? authFail("TicketGet") : undefined
    )
    return run(fake, (client) => client.ticketGet({ ticketIds: [2] })).pipe(Effect.map((tickets) => {
      expect(tickets[0]?.id).toBe(2)
      expect(fake.count("POST", "/Session")).toBe(2)
      expect(fake.count("GET", "/Ticket/2")).toBe(2)
    }))
  })

  it.effect("10 concurrent calls on an expired session share one re-login, logged once", () => {
    const { lines, logger } = capturedLogs()
    // answered after the other calls ran: all ten find the session expired
    const fake = otrs((request) =>
      request.query.get("SessionID") === sessionIds[0] && request.route === "/Ticket/2"
        ? Effect.as(Effect.yieldNow(), authFail("TicketGet"))
        : undefined
    )
    return Effect.gen(function*() {
      // the first session, then the ten calls that find it expired
      yield* run(fake, (client) =>
        Effect.zipRight(
          client.ticketSearch({ Title: "x" }),
          Effect.all(Array.from({ length: 10 }, () => client.ticketGet({ ticketIds: [2] })), { concurrency: 10 })
        ))
      expect(fake.count("POST", "/Session")).toBe(2)
      expect(lines.filter((line) => line.includes("logging in again"))).toHaveLength(1)
    }).pipe(Effect.provide(logger))
  })

  it.effect("a session rejected twice gives up with OtrsAuthError after one re-login", () => {
    const fake = otrs((request) => request.method === "GET" ? authFail("TicketGet") : undefined)
    return run(fake, (client) => Effect.flip(client.ticketGet({ ticketIds: [2] }))).pipe(Effect.map((error) => {
      expect(error._tag).toBe("OtrsAuthError")
      expect(fake.count("POST", "/Session")).toBe(2)
      expect(fake.count("GET", "/Ticket/2")).toBe(2)
      expectNoSecrets(error)
    }))
  })

  it.effect("TicketCreate rejected for an expired session is sent again after the re-login (OTRS created nothing)", () => {
    const fake = otrs((request) =>
      request.method === "POST" && request.route === "/Ticket" && request.body?.SessionID === sessionIds[0]
        ? authFail("TicketCreate")
        : undefined
    )
    return run(fake, (client) =>
      client.ticketCreate({
        Ticket: { Title: "t", Queue: "Raw", State: "new", Priority: "3 normal", CustomerUser: "customer1" },
        Article: { Subject: "s", Body: "b", ContentType: "text/plain; charset=utf8" }
      })).pipe(Effect.map((created) => {
        expect(created.ticketId).toBe(9)
        expect(fake.count("POST", "/Ticket")).toBe(2)
      }))
  })

  it.effect("a failed sessionCreate leaves the working session to the other calls", () => {
    let logins = 0
    const fake = otrs((request) =>
      request.route === "/Session" && request.method === "POST" && ++logins === 2 ? authFail("SessionCreate") : undefined
    )
    return run(fake, (client) =>
      Effect.gen(function*() {
        yield* client.ticketGet({ ticketIds: [1] })
        const [login, read] = yield* Effect.all([Effect.either(client.sessionCreate), client.ticketGet({ ticketIds: [2] })], {
          concurrency: "unbounded"
        })
        expect(Either.isLeft(login)).toBe(true)
        expect(read[0]?.id).toBe(2)
        expect(fake.requests.filter((r) => r.route === "/Ticket/2").map((r) => r.query.get("SessionID"))).toEqual([
          sessionIds[0]
        ])
      }))
  })

  it.effect("concurrent sessionCreates share one login, a failed one too, and the next asks anew", () => {
    let failing = true
    const fake = otrs((request) =>
      request.route === "/Session" && request.method === "POST" && failing
        ? Effect.as(Effect.yieldNow(), authFail("SessionCreate"))
        : undefined
    )
    return run(fake, (client) =>
      Effect.gen(function*() {
        const failed = yield* twentyAtOnce(Effect.either(client.sessionCreate))
        expect(failed.every(Either.isLeft)).toBe(true)
        expect(fake.count("POST", "/Session")).toBe(1)
        failing = false
        const infos = yield* twentyAtOnce(client.sessionCreate)
        expect(infos.every((info) => info.userLogin === "agent1")).toBe(true)
        expect(fake.count("POST", "/Session")).toBe(2)
      }))
  })

  it.effect("a sessionCreate before any session is the login the other calls wait for too", () => {
    const fake = otrs((request) =>
      request.route === "/Session" && request.method === "POST"
        ? Effect.as(Effect.yieldNow(), { status: 200, text: JSON.stringify({ SessionID: sessionIds[0] }) })
        : undefined
    )
    return run(fake, (client) =>
      Effect.gen(function*() {
        yield* Effect.all([client.sessionCreate, ...[1, 2, 3, 4, 5].map((id) => client.ticketGet({ ticketIds: [id] }))], {
          concurrency: "unbounded"
        })
        expect(fake.count("POST", "/Session")).toBe(1)
      }))
  })

  it.effect("closing the client does not wait for a login that hangs", () =>
    Effect.gen(function*() {
      const fake = otrs((request) => request.route === "/Session" ? "hang" : undefined)
      const call = yield* Effect.fork(run(fake, (client) => client.ticketGet({ ticketIds: [2] })))
      yield* TestClock.adjust("10 millis")
      yield* Fiber.interrupt(call)
      expect(fake.count("POST", "/Session")).toBe(1)
    }))

  it.effect("sessionGet asks OTRS once per session; a new login asks for its own", () => {
    const fake = otrs()
    return run(fake, (client) =>
      Effect.gen(function*() {
        yield* client.sessionGet
        const again = yield* client.sessionGet
        expect(again).toMatchObject({ userLogin: "agent1", userId: 2 })
        expect(fake.count("GET", /^\/Session\//)).toBe(1)
        const renewed = yield* client.sessionCreate
        expect(yield* client.sessionGet).toEqual(renewed)
        expect(fake.count("GET", /^\/Session\//)).toBe(2)
      }))
  })

  it.effect("concurrent sessionGets share one SessionGet; a failed one is asked again", () => {
    let failing = true
    // answered (unreadable, not retried) after the other calls asked: all twenty wait for the same SessionGet
    const fake = otrs((request) =>
      request.route.startsWith("/Session/") && failing
        ? Effect.as(Effect.yieldNow(), { status: 200, text: "not JSON" })
        : undefined
    )
    return run(fake, (client) =>
      Effect.gen(function*() {
        const failed = yield* twentyAtOnce(Effect.either(client.sessionGet))
        expect(failed.every(Either.isLeft)).toBe(true)
        const asked = fake.count("GET", /^\/Session\//)
        failing = false
        const infos = yield* twentyAtOnce(client.sessionGet)
        expect(infos.every((info) => info.userLogin === "agent1")).toBe(true)
        expect(fake.count("GET", /^\/Session\//)).toBe(asked + 1)
      }))
  })

  it.effect("sessionCreate logs in anew and reports the user without the SessionID", () => {
    const fake = otrs()
    return run(fake, (client) => Effect.zipRight(client.sessionGet, client.sessionCreate)).pipe(Effect.map((info) => {
      expect(info.userLogin).toBe("agent1")
      expect(fake.count("POST", "/Session")).toBe(2)
      expect(JSON.stringify(info)).not.toContain("SESSION")
    }))
  })
})

describe("OtrsClient retries and failures", () => {
  it.live("503 on a read is retried with backoff", () => {
    let failures = 2
    const fake = otrs((request) =>
      request.method === "GET" && failures-- > 0 ? { status: 503, text: "Service Unavailable" } : undefined
    )
    return run(fake, (client) => client.ticketGet({ ticketIds: [2] })).pipe(Effect.map((tickets) => {
      expect(tickets).toHaveLength(1)
      expect(fake.count("GET", "/Ticket/2")).toBe(3)
    }))
  })

  it.live("503 on TicketCreate is not retried, and says the ticket may exist", () => {
    const fake = otrs(createAnswered({ status: 503, text: "Service Unavailable" }))
    return run(fake, createTicket).pipe(Effect.map((error) => {
        expect(error._tag).toBe("OtrsUnavailable")
        expect(error.message).toContain("may have been applied")
        expect(error.message).not.toContain("retry later")
        expect(fake.count("POST", "/Ticket")).toBe(1)
      }))
  })

  it.live("a proxy's 502 to TicketCreate: the ticket may have been created, look before trying again", () => {
    const fake = otrs(createAnswered({ status: 502, text: "Bad Gateway" }))
    return run(fake, createTicket).pipe(Effect.map((error) => {
        expect(error).toMatchObject({ _tag: "OtrsUnavailable", status: 502, writeMayHaveApplied: true })
        expect(error.message).toBe(
          "TicketCreate: OTRS answered HTTP 502 at https://otrs.test/otrs/nph-genericinterface.pl/Webservice/OtrsMcp/" +
            "Ticket (Bad Gateway). The server is failing or overloaded. The change may have been applied before the " +
            "answer was lost: look the ticket up before trying again."
        )
        expect(fake.count("POST", "/Ticket")).toBe(1)
      }))
  })

  it.live("504 on an update that adds an article is not retried, and says it may have been applied", () => {
    const fake = otrs((request) => request.method === "PATCH" ? { status: 504, text: "Gateway Timeout" } : undefined)
    return run(fake, (client) =>
      Effect.flip(client.ticketUpdate({
        ticketId: 2,
        Article: { Subject: "s", Body: "b", ContentType: "text/plain; charset=utf8" }
      }))).pipe(Effect.map((error) => {
        expect(error.message).toContain("may have been applied")
        expect(fake.count("PATCH", "/Ticket/2")).toBe(1)
      }))
  })

  it.live("502 on a read is still retried, and its last one says to retry later", () => {
    const fake = otrs((request) => request.method === "GET" ? { status: 502, text: "Bad Gateway" } : undefined)
    return run(fake, (client) => Effect.flip(client.ticketGet({ ticketIds: [2] }))).pipe(Effect.map((error) => {
      expect(error._tag).toBe("OtrsUnavailable")
      expect(error.message).toContain("retry later")
      expect(error.message).not.toContain("may have been applied")
      expect(fake.count("GET", "/Ticket/2")).toBe(3)
    }))
  })

  it.effect("an answer to TicketCreate that does not decode: OTRS ran it, so it may have been applied", () => {
    const fake = otrs(createAnswered({ json: {} }))
    return run(fake, createTicket).pipe(Effect.map((error) => {
        expect(error).toMatchObject({ _tag: "OtrsUnexpectedPayload", writeMayHaveApplied: true })
        expect(error.message).toContain("may have been applied")
        expect(fake.count("POST", "/Ticket")).toBe(1)
      }))
  })

  it.effect("an answer to a new article that does not decode names the ticket to look at", () => {
    const fake = otrs((request) => request.method === "PATCH" ? { json: { TicketID: "2", ArticleID: 21 } } : undefined)
    return run(fake, (client) =>
      Effect.flip(client.ticketUpdate({
        ticketId: 2,
        Article: { Subject: "s", Body: "b", ContentType: "text/plain; charset=utf8" }
      }))).pipe(Effect.map((error) => {
        expect(error.message).toBe(
          "TicketUpdate: OTRS sent a response otrs-mcp cannot read: TicketNumber: is missing. Check that the web " +
            "service uses the stock GenericInterface operations; please report it if it does. The change may have " +
            "been applied (OTRS's answer names TicketID 2): look that ticket up before trying again."
        )
        expectNoSecrets(error)
        expect(fake.count("PATCH", "/Ticket/2")).toBe(1)
      }))
  })

  it.effect("an answer to a plain field change that does not decode says nothing of a change applied", () => {
    const fake = otrs((request) => request.method === "PATCH" ? { json: { TicketID: "2" } } : undefined)
    return run(fake, (client) => Effect.flip(client.ticketUpdate({ ticketId: 2, Ticket: { State: "open" } }))).pipe(
      Effect.map((error) => expect(error.message).not.toContain("may have been applied"))
    )
  })

  it.live("an update that adds an article is not retried; a connection lost mid-write says it may have applied", () => {
    const fake = otrs((request) => request.method === "PATCH" ? "reset" : undefined)
    return run(fake, (client) =>
      Effect.flip(client.ticketUpdate({
        ticketId: 2,
        Article: { Subject: "s", Body: "b", ContentType: "text/plain; charset=utf8" }
      }))).pipe(Effect.map((error) => {
        expect(error._tag).toBe("OtrsTransportError")
        expect(error.message).toContain("may have been applied")
        expect(fake.count("PATCH", "/Ticket/2")).toBe(1)
      }))
  })

  it.live("an update without article is idempotent and retried", () => {
    let failures = 1
    const fake = otrs((request) => request.method === "PATCH" && failures-- > 0 ? "reset" : undefined)
    return run(fake, (client) => client.ticketUpdate({ ticketId: 2, Ticket: { State: "open" } })).pipe(
      Effect.map(() => expect(fake.count("PATCH", "/Ticket/2")).toBe(2))
    )
  })

  it.live("each attempt has its own timeout, and reads retry after one", () => {
    let hangs = 1
    const fake = otrs((request) => request.method === "GET" && hangs-- > 0 ? "hang" : undefined)
    return run(fake, (client) => client.ticketGet({ ticketIds: [2] })).pipe(Effect.map((tickets) => {
      expect(tickets).toHaveLength(1)
      expect(fake.count("GET", "/Ticket/2")).toBe(2)
    }))
  })

  it.live("a read that keeps hanging ends in OtrsTimeout after the retries", () => {
    const fake = otrs((request) => request.method === "GET" ? "hang" : undefined)
    return run(fake, (client) => Effect.flip(client.ticketGet({ ticketIds: [2] }))).pipe(Effect.map((error) => {
      expect(error._tag).toBe("OtrsTimeout")
      expect(error.message).toContain("200 ms")
      expect(fake.count("GET", "/Ticket/2")).toBe(3)
    }))
  })

  it.effect("a redirect is reported with the URL to configure, never followed", () => {
    const fake = otrs((request) =>
      request.method === "POST"
        ? {
          status: 301,
          text: "Moved",
          location: `https://secure.otrs.test/otrs/nph-genericinterface.pl/Webservice/OtrsMcp${request.route}?x=1`
        }
        : undefined
    )
    return run(fake, (client) => Effect.flip(client.ticketSearch({ Title: "x" }))).pipe(Effect.map((error) => {
      expect(error._tag).toBe("OtrsWebServiceError")
      if (error._tag !== "OtrsWebServiceError") return
      expect(error.problem).toBe("Redirect")
      expect(error.message).toContain(
        "OTRS_BASE_URL=https://secure.otrs.test/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"
      )
      expect(error.message).not.toContain("x=1")
      expect(fake.requests).toHaveLength(1)
    }))
  })

  it.effect("a redirect from https to plain http is not suggested as the base URL, and says why", () => {
    const fake = otrs(createAnswered({ status: 301, text: "", location: baseUrl.replace("https:", "http:") + "/Ticket" }))
    return run(fake, createTicket).pipe(Effect.map((error) => {
      expect(error).toMatchObject({ _tag: "OtrsWebServiceError", problem: "Redirect" })
      expect(error.message).not.toContain("OTRS_BASE_URL=http:")
      expect(error.message).toContain("keep OTRS_BASE_URL on https and have the redirect fixed on the server")
    }))
  })

  it.effect("a redirect of a route given as a full URL suggests no base URL, which it does not lie under", () => {
    const cmdb = "https://otrs.test/otrs/nph-genericinterface.pl/Webservice/CmdbWeb"
    const config = {
      ...testConfig,
      routes: { ...testConfig.routes, ConfigItemGet: { method: "GET", path: `${cmdb}/ConfigItem/:ConfigItemID` } }
    } as const
    const fake = otrs((request) =>
      request.url.pathname.endsWith("/ConfigItem/7")
        ? { status: 301, text: "", location: `https://new.otrs.test${request.url.pathname}` }
        : undefined
    )
    const layer = OtrsClient.layerWithHttpClient.pipe(
      Layer.provide(Layer.merge(fake.layer, Layer.succeed(OtrsConfig, config)))
    )
    return Effect.flip(Effect.flatMap(OtrsClient, (client) => client.configItemGet([7]))).pipe(
      Effect.provide(layer),
      Effect.map((error) => {
        expect(error).toMatchObject({ _tag: "OtrsWebServiceError", problem: "Redirect" })
        expect(error.message).toContain("https://new.otrs.test/otrs/nph-genericinterface.pl/Webservice/CmdbWeb")
        expect(error.message).toContain("set OTRS_ROUTE_CONFIG_ITEM_GET to the redirect target")
        expect(error.message).not.toContain("OTRS_BASE_URL")
      })
    )
  })

  it.effect("a redirect whose Location is no URL is reported as a redirect, not as a bug", () => {
    const fake = otrs(createAnswered({ status: 302, text: "", location: "http://[bad-host/login" }))
    return run(fake, createTicket).pipe(Effect.map((error) => {
        expect(error).toMatchObject({ _tag: "OtrsWebServiceError", problem: "Redirect" })
        expect(error.message).toContain(`HTTP 302 redirect, not followed`)
        expect(error.message).toContain(`its Location header is not a URL: "http://[bad-host/login"`)
        expect(fake.count("POST", "/Ticket")).toBe(1)
      }))
  })

  it.effect("dynamic-field conditions go to the POST search route", () => {
    const fake = otrs()
    return run(fake, (client) =>
      client.ticketSearch({ Queues: ["Misc"], DynamicField: [{ Name: "Impact", Equals: "high" }] })).pipe(
        Effect.map((ids) => {
          expect(ids).toEqual([8])
          const post = fake.requests.find((r) => r.route === "/TicketSearch")!
          expect(post.body).toMatchObject({ Queues: ["Misc"], DynamicField_Impact: { Equals: "high" } })
        })
      )
  })

  it.effect("a custom route without a placeholder gets the id in the query or the body, as OTRS reads it there too", () => {
    const fake = otrs((request) =>
      request.route === "/TicketGet"
        ? { json: { Ticket: [ticketJson(Number(request.query.get("TicketID")))] } }
        : request.route === "/TicketUpdate"
        ? { json: { TicketID: String(request.body?.["TicketID"]), TicketNumber: "2026112410000019" } }
        : undefined
    )
    const routes = {
      ...testConfig.routes,
      TicketGet: { method: "GET", path: "/TicketGet" },
      TicketUpdate: { method: "POST", path: "/TicketUpdate" }
    } as const
    return Effect.gen(function*() {
      const client = yield* OtrsClient
      const [ticket] = yield* client.ticketGet({ ticketIds: [7] })
      expect(ticket?.id).toBe(7)
      expect((yield* client.ticketUpdate({ ticketId: 2, Ticket: { Title: "t" } })).ticketId).toBe(2)
    }).pipe(
      Effect.provide(OtrsClient.layerWithHttpClient.pipe(
        Layer.provide(Layer.merge(fake.layer, Layer.succeed(OtrsConfig, { ...testConfig, routes })))
      ))
    )
  })

  it.effect("GET lists are repeated query keys", () => {
    const fake = otrs()
    return run(fake, (client) => client.ticketSearch({ Queues: ["Raw", "Junk"], Limit: 5 })).pipe(Effect.map(() => {
      const get = fake.requests.find((r) => r.route === "/Ticket")!
      expect(get.query.getAll("Queues")).toEqual(["Raw", "Junk"])
      expect(get.query.get("Limit")).toBe("5")
    }))
  })

  const failures: ReadonlyArray<[string, FakeAnswer, string, string]> = [
    ["HTML page", { status: 200, text: "<!DOCTYPE html><html>login</html>", contentType: "text/html" }, "OtrsWebServiceError", "HtmlPage"],
    ["unknown route", { status: 500, text: "HTTP::REST Error while determine Operation for request URI '/Ticket/2'." }, "OtrsWebServiceError", "UnknownRoute"],
    ["connection closed", "reset", "OtrsTransportError", "ClosedWithoutAnswer"],
    ["malformed JSON", { status: 200, text: "{\"Ticket\":[{\"TicketID\":", contentType: "application/json" }, "OtrsUnexpectedPayload", ""],
    ["unexpected shape", { json: { Ticket: [{ TicketID: "abc" }] } }, "OtrsUnexpectedPayload", "TicketID"]
  ]
  for (const [name, answer, tag, detail] of failures) {
    it.live(`${name} becomes ${tag}`, () => {
      const fake = otrs((request) => request.method === "GET" ? answer : undefined)
      return run(fake, (client) => Effect.flip(client.ticketGet({ ticketIds: [2] }))).pipe(Effect.map((error) => {
        expect(error._tag).toBe(tag)
        expect(JSON.stringify(error) + error.message).toContain(detail)
        expectNoSecrets(error)
      }))
    })
  }
})

describe("timeouts the transport reports (here an HttpClient over undici, in undici's codes)", () => {
  it.effect("are the transport's job: OtrsHttp adds no timer of its own", () =>
    Effect.gen(function*() {
      // logs in, then never answers
      const call = yield* Effect.fork(
        runOverTransport(() => Effect.never, (client) => client.ticketGet({ ticketIds: [2] }))
      )
      yield* TestClock.adjust("10 seconds")
      expect(yield* Fiber.poll(call)).toEqual(expect.objectContaining({ _tag: "None" }))
      yield* Fiber.interrupt(call)
    }))

  it.live("its timeout waiting for an answer is an OtrsTimeout, and reads retry after one", () => {
    let timeouts = 1
    const fake = otrs((request) =>
      request.method === "GET" && timeouts-- > 0 ? { transportCode: "UND_ERR_HEADERS_TIMEOUT" } : undefined
    )
    return run(fake, (client) => client.ticketGet({ ticketIds: [2] })).pipe(Effect.map((tickets) => {
      expect(tickets).toHaveLength(1)
      expect(fake.count("GET", "/Ticket/2")).toBe(2)
    }))
  })

  it.effect("a write that timed out waiting for its answer may have been applied, and is not retried", () => {
    const fake = otrs((request) => request.route === "/Ticket" ? { transportCode: "UND_ERR_BODY_TIMEOUT" } : undefined)
    return run(fake, (client) => Effect.flip(client.ticketCreate(newTicket))).pipe(Effect.map((error) => {
      expect(error._tag).toBe("OtrsTimeout")
      expect(error.message).toContain("did not answer within 200 ms")
      expect(error.message).toContain("may have been applied")
      expect(fake.count("POST", "/Ticket")).toBe(1)
    }))
  })

  it.effect("a write that could not connect in time was not sent", () => {
    const fake = otrs((request) => request.route === "/Ticket" ? { transportCode: "UND_ERR_CONNECT_TIMEOUT" } : undefined)
    return run(fake, (client) => Effect.flip(client.ticketCreate(newTicket))).pipe(Effect.map((error) => {
      expect(error._tag).toBe("OtrsTimeout")
      expect(error.message).not.toContain("may have been applied")
    }))
  })
})

describe("a write the transport stopped before writing any of it", () => {
  it.effect("is not said to have been applied", () =>
    Effect.gen(function*() {
      const stopped = () =>
        Effect.fail(new TransportFailure({ code: undefined, message: "the request was cancelled", unsent: true }))
      const error = yield* Effect.flip(runOverTransport(stopped, (client) => client.ticketCreate(newTicket)))
      expect(error._tag).toBe("OtrsTransportError")
      expect(error).not.toHaveProperty("writeMayHaveApplied")
      expect(error.message).not.toContain("may have been applied")
    }))
})

describe("OtrsClient requests that break their schema (a caller's bug)", () => {
  const dies = <A, E>(call: (client: OtrsClient["Type"]) => Effect.Effect<A, E>, names: string) => {
    const fake = otrs()
    return run(fake, (client) => Effect.exit(call(client))).pipe(Effect.map((exit) => {
      const defect = Exit.isFailure(exit) ? Cause.dieOption(exit.cause) : Option.none()
      expect(Option.getOrThrow(defect)).toBeInstanceOf(Cause.IllegalArgumentException)
      expect((Option.getOrThrow(defect) as Error).message).toContain(names)
      expect(fake.requests).toHaveLength(0)
    }))
  }

  it.effect("an empty id list dies naming the field, and nothing is sent", () =>
    dies((client) => client.ticketGet({ ticketIds: [] as unknown as [number] }), "OtrsClient.ticketGet: ticketIds: an empty list"))

  it.effect("ids that are not positive integers die", () =>
    Effect.all([
      dies((client) => client.ticketHistoryGet([0]), "OtrsClient.ticketHistoryGet: ticketIds: 0 is not a positive integer"),
      dies((client) => client.configItemGet([Number.NaN]), "OtrsClient.configItemGet: configItemIds: NaN is not a positive integer"),
      dies((client) => client.ticketUpdate({ ticketId: 1.5, Ticket: { Priority: "4 high" } }), "ticketId")
    ]))

  it.effect("a Limit of 0 dies instead of asking OTRS for every ticket", () =>
    dies((client) => client.ticketSearch({ Limit: 0 }), "OtrsClient.ticketSearch: Limit"))
})

describe("OtrsClient errors name what to fix", () => {
  it.effect("a missing POST search route names OTRS_ROUTE_TICKET_SEARCH_POST, not the GET route's variable", () => {
    const fake = otrs((request) =>
      request.route === "/TicketSearch"
        ? { status: 500, text: "HTTP::REST Error while determine Operation for request URI '/TicketSearch'." }
        : undefined
    )
    return run(fake, (client) =>
      Effect.flip(client.ticketSearch({ DynamicField: [{ Name: "Impact", Equals: "high" }] }))).pipe(
        Effect.map((error) => {
          expect(error).toMatchObject({ _tag: "OtrsWebServiceError", routeVariable: "OTRS_ROUTE_TICKET_SEARCH_POST" })
          expect(error.message).toContain("set OTRS_ROUTE_TICKET_SEARCH_POST to the route")
          expect(error.message).toContain("'/TicketSearch'. The web service")
        })
      )
  })

  it.effect("a denied read keeps the ids asked for; a denied search blames permissions, not an id", () => {
    const denied = (operation: string): FakeAnswer => ({
      json: { Error: { ErrorCode: `${operation}.AccessDenied`, ErrorMessage: `${operation}: denied` } }
    })
    const fake = otrs((request) =>
      request.method === "GET" && request.route.startsWith("/Ticket/")
        ? denied("TicketGet")
        : request.route === "/ConfigItem/Search"
        ? denied("ConfigItemSearch")
        : undefined
    )
    return run(fake, (client) =>
      Effect.all([
        Effect.flip(client.ticketGet({ ticketIds: [4, 5] })),
        Effect.flip(client.configItemSearch({ Class: "Computer" }))
      ])).pipe(Effect.map(([read, search]) => {
        expect(read).toMatchObject({ _tag: "OtrsNotFoundOrDenied", ids: [4, 5] })
        expect(read.message).toContain("one of the tickets 4, 5 does not exist")
        expect(read.message).toContain("Check the ids")
        expect(search).toMatchObject({ _tag: "OtrsNotFoundOrDenied" })
        expect(search.message).toBe(
          "ConfigItemSearch: OTRS denied the agent access (ConfigItemSearch: denied). Check the agent's group permissions."
        )
      }))
  })
})
