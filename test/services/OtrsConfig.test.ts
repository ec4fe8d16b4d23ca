import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Option, Redacted } from "effect"
import { OtrsConfig } from "../../src/services/OtrsConfig.js"
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
})
