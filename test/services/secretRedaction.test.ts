import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Layer, Logger, LogLevel, Redacted } from "effect"
import { callTool } from "../../src/mcp/CallTool.js"
import type * as Tool from "../../src/mcp/Tool.js"
import { OtrsClient } from "../../src/services/OtrsClient.js"
import { OtrsConfig } from "../../src/services/OtrsConfig.js"
import { concealer, quoter } from "../../src/services/concealSecrets.js"
import { type Exchange, redirectTarget } from "../../src/services/OtrsResponse.js"
import { CreateSessionTool } from "../../src/tools/CreateSession.js"
import { GetConfigItemTool } from "../../src/tools/GetConfigItem.js"
import { baseUrl, type FakeAnswer, fakeOtrs, type FakeRequest, password, sessionIds, testConfig } from "./fakeOtrs.js"

/**
 * The configured password and the SessionIDs the server holds never reach an error's message, a tool result or a
 * log line, whatever OTRS echoes of the request: bodies of any status and type, ErrorMessages, payload values.
 */

const sessionId = sessionIds[0]!
const login = (request: FakeRequest) => request.route === "/Session" && request.method === "POST"

/** OTRS logs in with sessionIds[0]; `answer` answers everything else, and SessionCreate when it returns one. */
const otrs = (answer: (request: FakeRequest) => FakeAnswer | undefined) =>
  fakeOtrs((request) => answer(request) ?? (login(request) ? { json: { SessionID: sessionId } } : { json: {} }))

interface Outcome {
  readonly message: string
  readonly tag: string
  readonly logs: ReadonlyArray<string>
}

/** Runs `use` against the fake with every log line captured, down to debug, and the config given. */
const failing = <A>(
  fake: ReturnType<typeof otrs>,
  use: Effect.Effect<A, { readonly _tag: string; readonly message: string }, OtrsClient | OtrsConfig>,
  config = testConfig
) => {
  const logs: Array<string> = []
  const capture = Logger.make(({ cause, message }) =>
    logs.push(Cause.isEmpty(cause) ? String(message) : `${String(message)} ${Cause.pretty(cause)}`)
  )
  const layer = OtrsClient.layerWithHttpClient.pipe(
    Layer.provideMerge(Layer.merge(fake.layer, Layer.succeed(OtrsConfig, config)))
  )
  return Effect.flip(use).pipe(
    Effect.map((error): Outcome => ({ message: error.message, tag: error._tag, logs })),
    Effect.provide(layer),
    Effect.provide(Logger.replace(Logger.defaultLogger, capture)),
    Logger.withMinimumLogLevel(LogLevel.All)
  )
}

/** The failure as the tool's result (failed, to fit `failing`), with the line CallTool logs for it. */
const asTool = (tool: Tool.Any<OtrsClient | OtrsConfig>, args: unknown) =>
  Effect.flatMap(
    callTool(tool, args),
    (result) => Effect.fail({ _tag: "ToolResult", message: JSON.stringify(result) })
  )

/** No form of the secrets in the message or any log line, and the message shows `shown`, placeholders included. */
const expectConcealed = (outcome: Outcome, secrets: ReadonlyArray<string>, shown: string) => {
  for (const text of [outcome.message, ...outcome.logs]) {
    for (const secret of secrets) expect(text).not.toContain(secret)
  }
  expect(outcome.message).toContain(shown)
}

const passwordForms = [password, encodeURIComponent(password)]

describe("the password, echoed by OTRS in an answer to SessionCreate", () => {
  it.effect("in a 500 text/plain body: the tool result and the logs show <password>", () => {
    const fake = otrs((request) =>
      login(request)
        ? { status: 500, text: `bad request {"UserLogin":"agent1","Password":"${password}"}` }
        : undefined
    )
    // no retries: the test clock would hold them
    return failing(fake, asTool(CreateSessionTool, {}), { ...testConfig, retries: 0 }).pipe(Effect.map((outcome) => {
      expectConcealed(outcome, passwordForms, `\\"Password\\":\\"<password>\\"`)
      expect(outcome.message).toContain("OTRS answered HTTP 500")
      expect(outcome.logs.some((line) => line.includes("create_session failed"))).toBe(true)
    }))
  })

  it.effect("in an HTML error page, HTML-escaped", () => {
    const special = "pa<ss>&\"word"
    const fake = otrs((request) =>
      login(request)
        ? {
          status: 403,
          contentType: "text/html",
          text: `<html><body>Denied for Password=${special.replace(/&/g, "&amp;").replace(/</g, "&lt;")
            .replace(/>/g, "&gt;").replace(/"/g, "&quot;")}</body></html>`
        }
        : undefined
    )
    const config = { ...testConfig, password: Redacted.make(special) }
    return failing(fake, OtrsClient.pipe(Effect.flatMap((client) => client.sessionCreate)), config).pipe(
      Effect.map((outcome) => {
        expect(outcome.tag).toBe("OtrsWebServiceError")
        expectConcealed(outcome, ["pa&lt;ss&gt;&amp;&quot;word", special], "Password=<password>")
      })
    )
  })

  it.effect("in a body that is not valid JSON, JSON-escaped and URL-encoded", () => {
    const special = "p@ss\"w/rd ü"
    const fake = otrs((request) =>
      login(request)
        ? { status: 200, text: `{"P":${JSON.stringify(special)},"Q":"${encodeURIComponent(special)}` }
        : undefined
    )
    const config = { ...testConfig, password: Redacted.make(special) }
    return failing(fake, OtrsClient.pipe(Effect.flatMap((client) => client.sessionCreate)), config).pipe(
      Effect.map((outcome) => {
        expect(outcome.tag).toBe("OtrsUnexpectedPayload")
        expectConcealed(
          outcome,
          [special, JSON.stringify(special).slice(1, -1), encodeURIComponent(special), "p@ss", "p%40ss"],
          `starting "{\\"P\\":\\"<password>\\",\\"Q\\":\\"<password>"`
        )
      })
    )
  })

  it.effect("in the ErrorMessage of a known code (AuthFail)", () => {
    const fake = otrs((request) =>
      login(request)
        ? {
          json: {
            Error: { ErrorCode: "SessionCreate.AuthFail", ErrorMessage: `SessionCreate: agent1/${password} failed!` }
          }
        }
        : undefined
    )
    return failing(fake, asTool(CreateSessionTool, {})).pipe(Effect.map((outcome) => {
      expectConcealed(outcome, passwordForms, "agent1/<password> failed!")
      expect(outcome.message).toContain("OTRS_PASSWORD")
    }))
  })

  it.effect("in the ErrorMessage of an unknown code", () => {
    const fake = otrs((request) =>
      login(request)
        ? { json: { Error: { ErrorCode: "SessionCreate.Odd", ErrorMessage: `could not hash ${password}` } } }
        : undefined
    )
    return failing(fake, OtrsClient.pipe(Effect.flatMap((client) => client.sessionCreate))).pipe(
      Effect.map((outcome) => {
        expect(outcome.tag).toBe("OtrsOperationError")
        expectConcealed(outcome, passwordForms, "SessionCreate failed with SessionCreate.Odd: could not hash <password>")
      })
    )
  })
})

describe("the SessionID", () => {
  it.effect("in the ErrorMessage of an unknown code", () => {
    const fake = otrs((request) =>
      request.route.startsWith("/ConfigItem/")
        ? {
          json: {
            Error: { ErrorCode: "ConfigItemGet.X", ErrorMessage: `ConfigItemGet: bad session ${sessionId}` }
          }
        }
        : undefined
    )
    return failing(fake, asTool(GetConfigItemTool, { config_item_id: 7 })).pipe(Effect.map((outcome) => {
      expectConcealed(outcome, [sessionId], "ConfigItemGet failed with ConfigItemGet.X: ConfigItemGet: bad session <SessionID>")
    }))
  })

  it.effect("as a payload value quoted by a decode failure", () => {
    const fake = otrs((request) =>
      request.route.startsWith("/ConfigItem/") ? { json: { ConfigItem: [{ ConfigItemID: sessionId }] } } : undefined
    )
    return failing(fake, asTool(GetConfigItemTool, { config_item_id: 7 })).pipe(Effect.map((outcome) => {
      expectConcealed(outcome, [sessionId], `actual \\"<SessionID>\\"`)
      expect(outcome.message).toContain("ConfigItemGet: OTRS sent a response otrs-mcp cannot read")
    }))
  })

  it.effect("in SessionGet's request URI, which OTRS quotes in its 500", () => {
    const fake = otrs((request) =>
      request.route.startsWith("/Session/")
        ? { status: 500, text: `HTTP::REST Error while determine Operation for request URI '${request.route}'.` }
        : undefined
    )
    return failing(fake, OtrsClient.pipe(Effect.flatMap((client) => client.sessionGet))).pipe(
      Effect.map((outcome) => {
        expect(outcome.tag).toBe("OtrsWebServiceError")
        expectConcealed(outcome, [sessionId], "request URI '/Session/<SessionID>'")
        expect(outcome.message).toContain("/Session/:SessionID")
      })
    )
  })

  it.effect("in a redirect's Location that changed its case", () => {
    const fake = otrs((request) =>
      request.route.startsWith("/Session/")
        ? { status: 301, text: "", location: `${baseUrl}${request.route}`.toLowerCase() }
        : undefined
    )
    return failing(fake, OtrsClient.pipe(Effect.flatMap((client) => client.sessionGet))).pipe(
      Effect.map((outcome) => {
        expect(outcome.tag).toBe("OtrsWebServiceError")
        expectConcealed(outcome, [sessionId, sessionId.toLowerCase()], "/session/:SessionID")
      })
    )
  })

  it.effect("returned by a SessionCreate answer that is an error too, and quoted in its ErrorMessage", () => {
    // too short for the rules that catch what looks like a token
    const fresh = "k3y-0f-5ess"
    const fake = otrs((request) =>
      login(request)
        ? {
          json: {
            SessionID: fresh,
            Error: { ErrorCode: "SessionCreate.Odd", ErrorMessage: `session ${fresh} could not be stored` }
          }
        }
        : undefined
    )
    return failing(fake, OtrsClient.pipe(Effect.flatMap((client) => client.sessionCreate))).pipe(
      Effect.map((outcome) => {
        expect(outcome.tag).toBe("OtrsOperationError")
        expectConcealed(outcome, [fresh], "session <SessionID> could not be stored")
      })
    )
  })
})

/** What conceals the secrets of a TicketGet sent to `url` with `password` configured. */
const ticketGetConcealer = (password: string, url = "https://otrs.test/Ticket/1") =>
  concealer({
    operation: "TicketGet",
    method: "GET",
    url,
    routePath: "/Ticket/1",
    user: "agent1",
    subject: "ticket 1",
    password: Redacted.make(password)
  }, "")

/** A SessionCreate of agent1 with `password`. */
const sessionCreate = (password: string): Exchange => ({
  operation: "SessionCreate",
  method: "POST",
  url: "https://otrs.test/Session",
  routePath: "/Session",
  user: "agent1",
  subject: "the session",
  credentials: { _tag: "Login", userLogin: "agent1", password: Redacted.make(password) }
})

describe("concealer", () => {
  it("conceals every form a secret takes in an echo, and only the secrets", () => {
    const secret = "ä/b c&\"<d>!(x)*'"
    const exchange = sessionCreate(secret)
    const forms = [
      secret,
      JSON.stringify(secret).slice(1, -1),
      "\\u00e4/b c&\\\"<d>!(x)*'",
      "\\u00E4/b c&\\\"<d>!(x)*'",
      encodeURIComponent(secret),
      encodeURIComponent(secret).toLowerCase(),
      // hex digits of both cases in one text
      "%C3%a4%2fb%20c%26%22%3Cd%3E!(x)*'",
      // Perl's URI::Escape, as OTRS would write it
      "%C3%A4%2Fb%20c%26%22%3Cd%3E%21%28x%29%2A%27",
      new URLSearchParams({ p: secret }).toString().slice(2),
      "ä/b c&amp;&quot;&lt;d&gt;!(x)*'",
      "ä/b c&amp;&quot;&lt;d&gt;!(x)*&#39;",
      "ä/b c&amp;&quot;&lt;d&gt;!(x)*&#x27;",
      "&#228;&#47;b c&#38;&#34;&#60;d&#62;&#33;&#40;x&#41;&#42;&#39;",
      // UTF-8 read as Latin-1, as Node's HTTP client reads a header
      "\u00c3\u00a4/b c&\"<d>!(x)*'"
    ]
    const conceal = concealer(exchange, "")
    for (const form of forms) expect(conceal(`agent1 [${form}] sent`)).toBe("agent1 [<password>] sent")
    expect(conceal("nothing secret here")).toBe("nothing secret here")
  })

  it("conceals a password a redirect's Location held, whatever the URL parser would make of it", () => {
    for (const password of ["S3cret pass%word\"2024", "pa\\ss word-1", "pa ss\tword-1", "sec#ret-pass1", "a?b c-pass"]) {
      const exchange = sessionCreate(password)
      const target = redirectTarget(`/login/${password}`, exchange, concealer(exchange, ""))
      expect(target).toEqual({ _tag: "Url", url: "https://otrs.test/login/<password>", baseUrl: undefined })
    }
  })

  it("leaves no part of a secret that crosses the end of what a message quotes", () => {
    const password = "Tr0ub4dor&3-horse-battery"
    const exchange = sessionCreate(password)
    for (let offset = 1_960; offset <= 2_010; offset++) {
      const text = `${" ".repeat(offset)}${password} and more text after it ${"z ".repeat(3_000)}`
      const quoted = quoter(exchange, text)(text)
      expect(quoted).not.toContain("Tr0ub")
      expect(quoted.length).toBeLessThan(2_100)
    }
    const sessionId = "Zq8sKd03JfLw9Pq2RtYx5Hu"
    const body = JSON.stringify({ Error: { ErrorMessage: `${"x".repeat(2_500)} ${sessionId}` }, SessionID: sessionId })
    expect(quoter(exchange, body)(`session ${sessionId} revoked`)).toBe("session <SessionID> revoked")
  })

  it("leaves a short secret's letters in other words, and conceals it where it stands alone", () => {
    for (const secret of ["b", "ö1"]) {
      const conceal = ticketGetConcealer(secret)
      const url = "https://otrs.test/otrs/nph-genericinterface.pl/Webservice/Möbius1b"
      expect(conceal(`${url} Password=${secret}&x ${encodeURIComponent(secret)}`))
        .toBe(`${url} Password=<password>&x <password>`)
    }
  })

  it("conceals a short secret after an escape, which ends a word, and a long one anywhere", () => {
    for (const secret of ["hunter2", "correct-horse-battery"]) {
      const conceal = ticketGetConcealer(secret)
      const echoes = [
        `msg=%22${secret}%22`,
        `%7B%22Password%22%3A%22${secret}%22%7D`,
        `Password%3D${secret}&x`,
        `{"Message":"failed:\\n${secret}"}`,
        `line\\t${secret}`
      ]
      for (const echo of echoes) expect(conceal(echo), echo).not.toContain(secret)
    }
    expect(ticketGetConcealer("hunter22")("xhunter22y")).toBe("x<password>y")
  })

  it("conceals a long secret in any case, and a short one only in its own", () => {
    expect(ticketGetConcealer("Hunter2Hunter")("password HUNTER2HUNTER, hunter2hunter"))
      .toBe("password <password>, <password>")
    expect(ticketGetConcealer("Hunter2")("password HUNTER2, Hunter2")).toBe("password HUNTER2, <password>")
  })

  it("leaves the request's URL as it is in any case, where a redirect changed it", () => {
    const url = "https://otrs.test/otrs/nph-genericinterface.pl/Webservice/OtrsMcp/Ticket/1"
    const moved = `moved to ${url.toUpperCase()}`
    expect(ticketGetConcealer("nph-genericinterface", url)(moved)).toBe(moved)
  })

  it("leaves the request's URL as it is, where a password that is also one of its words would give itself away", () => {
    const exchange: Exchange = {
      operation: "SessionCreate",
      method: "POST",
      url: "http://otrs.test/otrs/nph-genericinterface.pl/Webservice/OtrsMcp/Session",
      routePath: "/Session",
      user: "otrs",
      subject: "the session",
      credentials: { _tag: "Login", userLogin: "otrs", password: Redacted.make("otrs") }
    }
    const conceal = concealer(exchange, "")
    expect(conceal("You sent POST /otrs/nph-genericinterface.pl/Webservice/OtrsMcp/Session as otrs, password otrs"))
      .toBe("You sent POST /otrs/nph-genericinterface.pl/Webservice/OtrsMcp/Session as <password>, password <password>")
    expect(conceal("GET /otrs/nph-genericinterface.pl/Webservice/OtrsMcp/Ticket/1?Password=otrs"))
      .toBe("GET /otrs/nph-genericinterface.pl/Webservice/OtrsMcp/Ticket/1?Password=<password>")
  })

  it("conceals a secret whose letters fold to another case differently in JavaScript and in regular expressions", () => {
    for (const secret of ["\u0130stanbul2024!", "a\u03c3b", "Stra\u1e9ee"]) {
      const conceal = ticketGetConcealer(secret)
      expect(conceal(`{"Password":"${secret}"}`)).toBe("{\"Password\":\"<password>\"}")
      const lowerHex = encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())
      expect(conceal(lowerHex)).toBe("<password>")
    }
  })
})
