import { describe, expect, it } from "@effect/vitest"
import { insecureTransportWarnings } from "../../src/services/transportSecurity.js"
import { testConfig } from "./fakeOtrs.js"

const webService = "/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"

describe("insecureTransportWarnings (logged when the server starts)", () => {
  it("says nothing of https with certificate checks, or of plain http on this machine", () => {
    expect(insecureTransportWarnings(testConfig)).toEqual([])
    expect(insecureTransportWarnings({ ...testConfig, baseUrl: `http://127.0.0.1:8080${webService}` })).toEqual([])
    expect(insecureTransportWarnings({ ...testConfig, baseUrl: `http://localhost${webService}` })).toEqual([])
  })

  it("warns of plain http across a network, for the base URL or a route given as a full URL", () => {
    expect(insecureTransportWarnings({ ...testConfig, baseUrl: `http://127.corp.example.com${webService}` }))
      .toHaveLength(1)
    const [base] = insecureTransportWarnings({ ...testConfig, baseUrl: `http://otrs.example.com${webService}` })
    expect(base?.detail).toBe(`http://otrs.example.com${webService} uses plain http: the password and session travel ` +
      "unencrypted")
    const routes = { ...testConfig.routes, SessionCreate: { method: "POST", path: `http://sso.example.com${webService}` } }
    const [route] = insecureTransportWarnings({ ...testConfig, routes } as typeof testConfig)
    expect(route?.detail).toBe("OTRS_ROUTE_SESSION_CREATE uses plain http: the password and session travel unencrypted")
  })

  it("warns that OTRS_VERIFY_SSL=false lets anyone on the way pose as OTRS, where there is TLS to check", () => {
    const [unverified] = insecureTransportWarnings({ ...testConfig, verifySsl: false })
    expect(unverified?.detail).toContain("OTRS_VERIFY_SSL=false: the server's certificate is not checked")
    expect(unverified?.fix).toContain("OTRS_CA_FILE")
    expect(insecureTransportWarnings({ ...testConfig, verifySsl: false, baseUrl: `http://127.0.0.1${webService}` }))
      .toEqual([])
  })
})
