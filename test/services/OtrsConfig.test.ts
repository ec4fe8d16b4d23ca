import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Duration, Effect, Option, Redacted } from "effect"
import { OtrsConfig } from "../../src/services/OtrsConfig.js"

const load = (env: Record<string, string>) =>
  Effect.withConfigProvider(OtrsConfig.load, ConfigProvider.fromMap(new Map(Object.entries(env))))

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
})
