import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Option, Redacted } from "effect"
import { OtrsConfig, shortTimeoutWarning } from "../../src/services/OtrsConfig.js"
import { withEnv } from "../support/env.js"

const load = (env: Record<string, string>) => OtrsConfig.load.pipe(withEnv(env))

const minimal = {
  OTRS_BASE_URL: "https://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp/",
  OTRS_USERNAME: "agent1",
  OTRS_PASSWORD: "agent1pass"
}

describe("OtrsConfig", () => {
  it.effect("applies the documented defaults", () =>
    Effect.map(load(minimal), (config) => {
      expect(config.baseUrl).toBe("https://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp")
      expect(config.verifySsl).toBe(true)
      expect(Option.isNone(config.caFile)).toBe(true)
      expect(Duration.toMillis(config.timeout)).toBe(30_000)
      expect(config.defaults).toMatchObject({ queue: "Raw", state: "new", priority: "3 normal", type: "Unclassified" })
      expect(config.routes.TicketGet).toEqual({ method: "GET", path: "/Ticket/:TicketID" })
      expect(config.routes.ConfigItemSearch).toEqual({ method: "POST", path: "/ConfigItem/Search" })
      expect(Redacted.value(config.password)).toBe("agent1pass")
    }))

  it.effect("names every missing or malformed variable in one message, without the password", () =>
    Effect.map(
      Effect.flip(load({
        OTRS_BASE_URL: "otrs.example.com",
        OTRS_PASSWORD: "hunter2-secret",
        OTRS_VERIFY_SSL: "maybe",
        OTRS_TIMEOUT_MS: "-5",
        OTRS_ROUTE_TICKET_GET: "FETCH Ticket"
      })),
      (error) => {
        for (const variable of ["OTRS_BASE_URL", "OTRS_USERNAME", "OTRS_VERIFY_SSL", "OTRS_TIMEOUT_MS", "OTRS_ROUTE_TICKET_GET"]) {
          expect(error.message).toContain(variable)
        }
        expect(error.message).toContain("--demo")
        expect(error.message).not.toContain("hunter2-secret")
      }
    ))

  it.effect("suggests --demo only when the connection variables are the problem, since it replaces only those", () =>
    Effect.map(Effect.flip(load({ ...minimal, OTRS_TIMEOUT_MS: "abc" })), (error) => {
      expect(error.message).toContain("OTRS_TIMEOUT_MS")
      expect(error.message).toContain("Fix these environment variables")
      expect(error.message).not.toContain("--demo")
    }))

  it.effect("routes can be overridden with or without a method, or point at another web service", () =>
    Effect.map(
      load({
        ...minimal,
        OTRS_ROUTE_TICKET_UPDATE: "POST /TicketUpdate/:TicketID",
        OTRS_ROUTE_TICKET_GET: "/Tickets/:TicketID",
        OTRS_ROUTE_CONFIG_ITEM_GET:
          "https://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/GenericConfigItemConnectorREST/ConfigItem/:ConfigItemID",
        OTRS_VERIFY_SSL: "false",
        OTRS_CA_FILE: "/etc/ssl/otrs-ca.pem",
        OTRS_DEFAULT_CUSTOMER_USER: "customer1"
      }),
      (config) => {
        expect(config.routes.TicketUpdate).toEqual({ method: "POST", path: "/TicketUpdate/:TicketID" })
        expect(config.routes.TicketGet).toEqual({ method: "GET", path: "/Tickets/:TicketID" })
        expect(config.routes.ConfigItemGet.path).toContain("GenericConfigItemConnectorREST")
        expect(config.verifySsl).toBe(false)
        expect(config.caFile).toEqual(Option.some("/etc/ssl/otrs-ca.pem"))
        expect(config.defaults.customerUser).toEqual(Option.some("customer1"))
      }
    ))

  const problemsOf = (env: Record<string, string>) =>
    Effect.map(Effect.flip(load({ ...minimal, ...env })), (error) => error.problems)

  it.effect("names every problem at once, each as a sentence saying what is accepted, without Effect's wrappers", () =>
    Effect.map(Effect.flip(load({
      OTRS_BASE_URL: minimal.OTRS_BASE_URL,
      OTRS_USERNAME: "a",
      OTRS_PASSWORD: "b",
      OTRS_TIMEOUT_MS: "abc",
      OTRS_VERIFY_SSL: "sometimes",
      OTRS_RETRIES: "11"
    })), (error) => {
      expect(error.problems).toEqual([
        {
          variable: "OTRS_VERIFY_SSL",
          problem: "not a yes/no value; expected true or false (also yes/no, on/off, 1/0; in any case)"
        },
        {
          variable: "OTRS_TIMEOUT_MS",
          problem: "not a whole number; expected a whole number of milliseconds from 1 to 3600000, in decimal digits (default 30000)"
        },
        {
          variable: "OTRS_RETRIES",
          problem: "out of range; expected a whole number of extra attempts from 0 to 10, in decimal digits (default 2)"
        }
      ])
      expect(error.message).not.toMatch(/Invalid data|Missing data/)
    }))

  it.effect("takes an empty or blank optional variable as unset: its default applies", () =>
    Effect.map(
      load({
        ...minimal,
        OTRS_RETRIES: "",
        OTRS_TIMEOUT_MS: " ",
        OTRS_VERIFY_SSL: "",
        OTRS_CA_FILE: "  ",
        OTRS_DEFAULT_QUEUE: "",
        OTRS_DEFAULT_CUSTOMER_USER: " ",
        OTRS_ROUTE_TICKET_GET: ""
      }),
      (config) => {
        expect(config.retries).toBe(2)
        expect(Duration.toMillis(config.timeout)).toBe(30_000)
        expect(config.verifySsl).toBe(true)
        expect(config.caFile).toEqual(Option.none())
        expect(config.defaults.queue).toBe("Raw")
        expect(config.defaults.customerUser).toEqual(Option.none())
        expect(config.routes.TicketGet).toEqual({ method: "GET", path: "/Ticket/:TicketID" })
      }
    ))

  it.effect("reads yes/no values in any case, as Config.boolean does in lower case", () =>
    Effect.gen(function*() {
      for (const [text, value] of [["TRUE", true], ["False", false], ["Yes", true], ["OFF", false], ["1", true], ["0", false]] as const) {
        expect((yield* load({ ...minimal, OTRS_VERIFY_SSL: text })).verifySsl, text).toBe(value)
      }
    }))

  it.effect("takes numbers in decimal digits only", () =>
    Effect.gen(function*() {
      expect(Duration.toMillis((yield* load({ ...minimal, OTRS_TIMEOUT_MS: " 5000 " })).timeout)).toBe(5000)
      for (const text of ["0x10", "1e3", "+5", "-5", "5.0", "0", "3600001"]) {
        const [problem] = yield* problemsOf({ OTRS_TIMEOUT_MS: text })
        expect(problem?.variable, text).toBe("OTRS_TIMEOUT_MS")
        expect(problem?.problem, text).toContain("from 1 to 3600000, in decimal digits")
      }
    }))

  it.effect("accepts an upper-case scheme and keeps the URL in lower case, without trailing slashes", () =>
    Effect.map(load({ ...minimal, OTRS_BASE_URL: " HTTPS://OTRS.Example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp// " }),
      (config) => expect(config.baseUrl).toBe("https://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp")))

  it.effect("refuses a URL with a query string or a fragment, which would break every route", () =>
    Effect.gen(function*() {
      for (const suffix of ["?foo=1", "#frag", "?"]) {
        const problems = yield* problemsOf({ OTRS_BASE_URL: `${minimal.OTRS_BASE_URL}${suffix}` })
        expect(problems, suffix).toHaveLength(1)
        expect(problems[0]?.variable).toBe("OTRS_BASE_URL")
        expect(problems[0]?.problem).toMatch(suffix.startsWith("#") ? /has a fragment/ : /has a query string/)
        expect(problems[0]?.problem).toContain("must end with the web service name")
      }
    }))

  it.effect("refuses credentials in the URL, pointing at OTRS_USERNAME and OTRS_PASSWORD, without echoing them", () =>
    Effect.map(Effect.flip(load({ ...minimal, OTRS_BASE_URL: "https://agent:hunter2-secret@otrs.example.com/otrs" })), (error) => {
      expect(error.problems).toEqual([{
        variable: "OTRS_BASE_URL",
        problem: "contains a user name or password (user:password@): remove it, OTRS_USERNAME and OTRS_PASSWORD " +
          "carry the credentials"
      }])
      expect(error.message).not.toContain("hunter2-secret")
      expect(error.message).not.toContain("agent:")
    }))

  it.effect("refuses credentials in a full-URL route as in the base URL, without echoing them", () =>
    Effect.gen(function*() {
      for (const route of [
        "POST http://admin:TopSecret1@otrs.example.com/x/Session",
        // a GET would otherwise be refused quoting the route, password and all
        "GET https://admin:TopSecret1@otrs.example.com/x/Session",
        "https://:TopSecret1@otrs.example.com/x/Session"
      ]) {
        const error = yield* Effect.flip(load({ ...minimal, OTRS_ROUTE_SESSION_CREATE: route }))
        expect(error.problems, route).toEqual([{
          variable: "OTRS_ROUTE_SESSION_CREATE",
          problem: "contains a user name or password (user:password@): remove it, OTRS_USERNAME and OTRS_PASSWORD " +
            "carry the credentials"
        }])
        expect(error.message, route).not.toContain("TopSecret1")
      }
    }))

  it.effect("refuses a full-URL route that is no URL, which every request would fail to build", () =>
    Effect.gen(function*() {
      const problems = yield* problemsOf({ OTRS_ROUTE_TICKET_GET: "GET https://[otrs.example.com/Ticket/:TicketID" })
      expect(problems).toEqual([{
        variable: "OTRS_ROUTE_TICKET_GET",
        problem: "not a URL; expected a path such as \"/Ticket/:TicketID\" or a full URL such as " +
          "\"https://host/otrs/nph-genericinterface.pl/Webservice/Name/Ticket/:TicketID\""
      }])
    }))

  it("warns about a timeout below a second, which was likely meant in seconds", () => {
    expect(shortTimeoutWarning(Duration.millis(30))?.detail).toBe(
      "OTRS_TIMEOUT_MS is 30 ms; it is in milliseconds (30 s is 30000)"
    )
    expect(shortTimeoutWarning(Duration.seconds(1))).toBeUndefined()
  })

  it.effect("refuses a blank login and an empty password, and suggests --demo", () =>
    Effect.map(Effect.flip(load({ ...minimal, OTRS_USERNAME: " ", OTRS_PASSWORD: "" })), (error) => {
      expect(error.problems).toEqual([
        { variable: "OTRS_USERNAME", problem: "empty; expected the OTRS agent's login" },
        { variable: "OTRS_PASSWORD", problem: "empty; expected the agent's password" }
      ])
      expect(error.message).toContain("--demo")
    }))

  it.effect("keeps a password with spaces around it as given", () =>
    Effect.map(load({ ...minimal, OTRS_PASSWORD: " pass word " }), (config) =>
      expect(Redacted.value(config.password)).toBe(" pass word ")))

  it.effect("drops the spaces around a login, which OTRS logins never have", () =>
    Effect.map(load({ ...minimal, OTRS_USERNAME: " agent1 \t" }), (config) => expect(config.username).toBe("agent1")))

  const sessionCreateGet = "GET would send the password in the URL's query string, which web servers and proxies " +
    "write to their logs; use POST, e.g. \"POST /Session\""

  it.effect("refuses a GET SessionCreate route, in any case and to a full URL: the password would be in the URL", () =>
    Effect.gen(function*() {
      expect(yield* problemsOf({ OTRS_ROUTE_SESSION_CREATE: "GET /Session" })).toEqual([
        { variable: "OTRS_ROUTE_SESSION_CREATE", problem: sessionCreateGet }
      ])
      for (const text of ["get /Session", " Get   /Session ", "GET https://otrs.example.com:8443/otrs/ws/Session"]) {
        const problems = yield* problemsOf({ OTRS_ROUTE_SESSION_CREATE: text })
        expect(problems.map(({ variable }) => variable), text).toEqual(["OTRS_ROUTE_SESSION_CREATE"])
        expect(problems[0]?.problem, text).toContain("use POST")
      }
    }))

  it.effect("takes a SessionCreate route without a method as POST, and any method that sends a body", () =>
    Effect.gen(function*() {
      expect((yield* load({ ...minimal, OTRS_ROUTE_SESSION_CREATE: "/Login" })).routes.SessionCreate)
        .toEqual({ method: "POST", path: "/Login" })
      expect((yield* load({ ...minimal, OTRS_ROUTE_SESSION_CREATE: "put /Session" })).routes.SessionCreate)
        .toEqual({ method: "PUT", path: "/Session" })
    }))

  it.effect("refuses a placeholder the operation does not fill, naming the ones it fills", () =>
    Effect.gen(function*() {
      expect(yield* problemsOf({
        OTRS_ROUTE_TICKET_SEARCH: "GET /Ticket/:Nope",
        OTRS_ROUTE_TICKET_GET: "/Ticket/:TicketId/:Other/:TicketId",
        OTRS_ROUTE_SESSION_CREATE: "GET /Session/:SessionID"
      })).toEqual([
        {
          variable: "OTRS_ROUTE_SESSION_CREATE",
          problem: "GET would send the password in the URL's query string, which web servers and proxies write to " +
            "their logs; use POST, e.g. \"POST /Session/:SessionID\"; the placeholder :SessionID is not filled by " +
            "SessionCreate (OTRS would get it as written); SessionCreate fills none: remove it"
        },
        {
          variable: "OTRS_ROUTE_TICKET_GET",
          problem: "the placeholders :TicketId, :Other are not filled by TicketGet (OTRS would get them as written); " +
            "TicketGet fills :TicketID"
        },
        {
          variable: "OTRS_ROUTE_TICKET_SEARCH",
          problem: "the placeholder :Nope is not filled by TicketSearch (OTRS would get it as written); TicketSearch " +
            "fills none: remove it"
        }
      ])
    }))

  it.effect("accepts the stock routes, routes without their placeholder, and full URLs with a port", () =>
    Effect.gen(function*() {
      const routes = {
        OTRS_ROUTE_SESSION_CREATE: "POST /Session",
        OTRS_ROUTE_SESSION_GET: "GET /Session/:SessionID",
        OTRS_ROUTE_TICKET_CREATE: "POST /Ticket",
        OTRS_ROUTE_TICKET_GET: "GET /Ticket/:TicketID",
        OTRS_ROUTE_TICKET_SEARCH: "GET /Ticket",
        OTRS_ROUTE_TICKET_SEARCH_POST: "POST /TicketSearch",
        OTRS_ROUTE_TICKET_UPDATE: "PATCH /Ticket/:TicketID",
        OTRS_ROUTE_TICKET_HISTORY_GET: "GET /TicketHistory/:TicketID",
        OTRS_ROUTE_CONFIG_ITEM_GET: "GET /ConfigItem/:ConfigItemID",
        OTRS_ROUTE_CONFIG_ITEM_SEARCH: "POST /ConfigItem/Search"
      }
      expect((yield* load({ ...minimal, ...routes })).routes).toEqual((yield* load(minimal)).routes)
      const config = yield* load({
        ...minimal,
        // the id goes to the query string or the body instead (OtrsHttp)
        OTRS_ROUTE_SESSION_GET: "GET /Session",
        OTRS_ROUTE_TICKET_HISTORY_GET: "/TicketHistoryGet",
        OTRS_ROUTE_CONFIG_ITEM_GET: "https://otrs.example.com:8443/otrs/nph-genericinterface.pl/Webservice/CMDB/" +
          "ConfigItem/:ConfigItemID",
        OTRS_ROUTE_TICKET_SEARCH: "GET http://otrs.example.com:8080/otrs/nph-genericinterface.pl/Webservice/T/Ticket"
      })
      expect(config.routes.SessionGet).toEqual({ method: "GET", path: "/Session" })
      expect(config.routes.TicketHistoryGet).toEqual({ method: "GET", path: "/TicketHistoryGet" })
      expect(config.routes.ConfigItemGet.path).toContain(":8443/")
      expect(config.routes.TicketSearch.path).toContain(":8080/")
    }))

  it.effect("reports route problems with every other problem, in the one message", () =>
    Effect.map(
      Effect.flip(load({
        OTRS_BASE_URL: minimal.OTRS_BASE_URL,
        OTRS_PASSWORD: "b",
        OTRS_RETRIES: "many",
        OTRS_ROUTE_SESSION_CREATE: "GET /Session",
        OTRS_ROUTE_TICKET_SEARCH: "GET /Ticket/:Nope"
      })),
      (error) => {
        expect(error.problems.map(({ variable }) => variable)).toEqual([
          "OTRS_USERNAME",
          "OTRS_RETRIES",
          "OTRS_ROUTE_SESSION_CREATE",
          "OTRS_ROUTE_TICKET_SEARCH"
        ])
        expect(error.message).toContain("  - OTRS_ROUTE_TICKET_SEARCH: the placeholder :Nope is not filled")
      }
    ))
})
