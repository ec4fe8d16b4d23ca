import { describe, expect, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import { operationNames, operations } from "../../src/services/OtrsRoutes.js"
import { webServicesByName } from "../../src/simulator/http/webServices.js"

interface WebService {
  readonly Provider: {
    readonly Operation: Record<string, { readonly Type: string }>
    readonly Transport: {
      readonly Type: string
      readonly Config: { readonly RouteOperationMapping: Record<string, { RequestMethod: Array<string>; Route: string }> }
    }
  }
}

const shipped = parse(readFileSync(join(import.meta.dirname, "../../otrs/OtrsMcp.yml"), "utf8")) as WebService

/** Our operation keys where the web service names them differently. */
const webServiceName = (operation: string) => operation === "TicketSearchPost" ? "TicketSearchPOST" : operation

describe("otrs/OtrsMcp.yml, the web service admins import", () => {
  it("is a REST provider", () => expect(shipped.Provider.Transport.Type).toBe("HTTP::REST"))

  for (const operation of operationNames) {
    it(`maps ${operation} to the route and method the default configuration uses`, () => {
      const name = webServiceName(operation)
      const mapping = shipped.Provider.Transport.Config.RouteOperationMapping[name]
      expect(mapping).toEqual({ RequestMethod: [operations[operation].method], Route: operations[operation].path })
      expect(shipped.Provider.Operation[name]?.Type).toMatch(/^(Session|Ticket|ConfigItem)::/)
    })
  }

  it("has no operation the tools do not use", () =>
    expect(Object.keys(shipped.Provider.Operation).sort()).toEqual(operationNames.map(webServiceName).sort()))

  it("is what the simulator serves as OtrsMcp", () => {
    const simulated = webServicesByName.get("OtrsMcp")!.routes
      .map(({ method, operation, route }) => [operation, { RequestMethod: [method], Route: route }] as const)
    expect(Object.fromEntries(simulated)).toEqual(shipped.Provider.Transport.Config.RouteOperationMapping)
  })
})
