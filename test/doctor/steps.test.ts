import { describe, expect, it } from "@effect/vitest"
import { Duration } from "effect"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { report } from "../../src/doctor/DoctorStep.js"
import { probeTarget, type ProbeResult } from "../../src/doctor/probe.js"
import { renderReport } from "../../src/doctor/render.js"
import { findRoute, judgeRoutes } from "../../src/doctor/routesStep.js"
import { checkUrl } from "../../src/doctor/urlStep.js"
import { waitFor } from "../../src/doctor/Wait.js"
import { checkRedirect, checkWebService } from "../../src/doctor/webServiceSteps.js"
import { operations } from "../../src/services/OtrsRoutes.js"
import { fixturesDir } from "../support/fixtures.js"

const baseUrl = "https://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"
const webService = new URL(baseUrl)

/** A recorded OTRS answer from the shared fixtures, as the probe would have received it. */
const recorded = (file: string): ProbeResult => {
  const exchange = JSON.parse(readFileSync(join(fixturesDir, file), "utf8")) as {
    status: number
    response_headers: Record<string, string>
    response: unknown
  }
  return {
    _tag: "Answered",
    response: {
      status: exchange.status,
      contentType: exchange.response_headers["Content-Type"] ?? "",
      location: undefined,
      text: typeof exchange.response === "string" ? exchange.response : JSON.stringify(exchange.response)
    }
  }
}

describe("URL step", () => {
  it.each([
    baseUrl,
    "https://helpdesk.example.com/znuny/nph-genericinterface.pl/Webservice/OtrsMcp",
    "https://helpdesk.example.com/otobo/nph-genericinterface.pl/Webservice/OtrsMcp",
    "https://otrs.example.com/otrs/nph-genericinterface.pl/WebserviceID/3",
    "http://localhost:8080/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"
  ])("accepts %s", (url) => {
    expect(checkUrl(url, operations).status).toBe("pass")
  })

  it("says a route does not belong in OTRS_BASE_URL", () => {
    const step = checkUrl(`${baseUrl}/Ticket`, operations)
    expect(step.status).toBe("warn")
    expect(step.fix).toContain("must end with the web service name")
  })

  it("warns about plain http to another machine", () => {
    expect(checkUrl(baseUrl.replace("https:", "http:"), operations).status).toBe("warn")
  })

  it("warns about a full-URL route in plain http under an https base URL, naming its variable", () => {
    const plain = "http://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/Login/Session"
    const step = checkUrl(baseUrl, { ...operations, SessionCreate: { method: "POST", path: plain } })
    expect(step.status).toBe("warn")
    expect(step.detail).toBe("OTRS_ROUTE_SESSION_CREATE uses plain http: the password and session travel unencrypted")
    expect(step.fix).toBe("Use https:// in OTRS_ROUTE_SESSION_CREATE if the server offers it.")
    const cmdb = { method: "GET" as const, path: "HTTP://cmdb.example.com/otrs/nph-genericinterface.pl/Webservice/C" }
    expect(checkUrl(baseUrl, { ...operations, ConfigItemGet: cmdb }).detail)
      .toBe("OTRS_ROUTE_CONFIG_ITEM_GET uses plain http: the session travels unencrypted")
    const loopback = { method: "POST" as const, path: "http://127.0.0.1:8080/otrs/nph-genericinterface.pl/Webservice" }
    expect(checkUrl(baseUrl, { ...operations, SessionCreate: loopback }).status).toBe("pass")
  })
})

const answered = (status: number, contentType: string, text: string): ProbeResult => ({
  _tag: "Answered",
  response: { status, contentType, location: undefined, text }
})

describe("routes step", () => {
  const target = (operation: keyof typeof operations) => probeTarget(baseUrl, operation, operations[operation])
  /** on the web service of the base URL, which answered */
  const found = (operation: keyof typeof operations, result: ProbeResult) =>
    findRoute(webService, target(operation), result, true)

  it("takes an AuthFail or MissingParameter answer as the route being there", () => {
    expect(found("TicketGet", recorded("ticket-get.no-auth.json"))._tag).toBe("Present")
    expect(found("TicketCreate", recorded("ticket-create.no-auth.json"))._tag).toBe("Present")
    expect(found("SessionGet", recorded("session-get.invalid.json"))._tag).toBe("Present")
  })

  it("reads the operation from the message when ITSM leaves the error code unfilled", () => {
    expect(found("ConfigItemGet", recorded("configitem-get.auth-fail.json"))._tag).toBe("Present")
    expect(found("TicketGet", recorded("configitem-get.auth-fail.json"))).toMatchObject({
      _tag: "Elsewhere",
      answeredBy: "ConfigItemGet"
    })
  })

  it("fills the placeholders of a full-URL route, not its port", () => {
    const route = { method: "GET", path: "HTTPS://cmdb.example.com:8443/otrs/nph-genericinterface.pl/Webservice/Cmdb/ConfigItem/:ConfigItemID" } as const
    const probe = probeTarget(baseUrl, "ConfigItemGet", route)
    expect(probe.url.href).toBe("https://cmdb.example.com:8443/otrs/nph-genericinterface.pl/Webservice/Cmdb/ConfigItem/1")
    expect(probe.routePath).toBe("")
  })

  it("accepts TicketSearch behind the POST search route", () => {
    expect(found("TicketSearchPost", recorded("ticket-search.wrong-password.json"))._tag).toBe("Present")
  })

  it("takes OTRS's 'error while determine Operation' as a missing route", () => {
    expect(found("TicketUpdate", recorded("http.wrong-method.json"))._tag).toBe("Missing")
  })

  it("takes a 404 or 405 as a missing route", () => {
    for (const status of [404, 405]) {
      const result: ProbeResult = answered(status, "text/plain", "Not Found")
      expect(found("TicketGet", result)._tag, String(status)).toBe("Missing")
    }
  })

  it("gives a route the server fails on the web service step's advice, not the import of the routes", () => {
    const failures: ReadonlyArray<ProbeResult> = [
      answered(502, "text/plain", "Bad Gateway"),
      answered(200, "text/html", "<html><body>Login</body></html>"),
      { _tag: "NoAnswer", problem: "Other", detail: "the connection was reset (ECONNRESET)" },
      { _tag: "TimedOut", wait: waitFor(Duration.seconds(3)) }
    ]
    for (const result of failures) {
      const finding = found("TicketGet", result)
      const webServiceStep = checkWebService(webService, target("TicketGet"), result)
      expect(finding, result._tag).toMatchObject({
        _tag: "Failing",
        failure: { detail: webServiceStep.detail, fix: webServiceStep.fix }
      })
      const step = judgeRoutes([{ _tag: "Present", operation: "SessionCreate" }, finding])
      expect(step.status).toBe("fail")
      expect(step.detail).toContain(`failing: TicketGet: ${webServiceStep.detail}`)
      expect(step.fix).toBe(webServiceStep.fix)
      expect(step.fix).not.toContain("OtrsMcp.yml")
    }
    expect(found("TicketGet", failures[0]!)).toMatchObject({
      failure: { detail: expect.stringContaining("answers HTTP 502"), fix: expect.stringContaining("OTRS is failing") }
    })
  })

  it("takes a connection closed on a route of a web service that answered for no sign of an unknown name", () => {
    const closed: ProbeResult = { _tag: "NoAnswer", problem: "ClosedWithoutAnswer", detail: "closed without an answer" }
    expect(found("TicketGet", closed)).toMatchObject({
      failure: { fix: "Check that OTRS is running and reachable at OTRS_BASE_URL." }
    })
    const elsewhere = probeTarget(baseUrl, "ConfigItemGet", {
      method: "GET",
      path: "https://cmdb.example.com/otrs/nph-genericinterface.pl/Webservice/Cmdb/ConfigItem/:ConfigItemID"
    })
    expect(findRoute(webService, elsewhere, closed, true)).toMatchObject({
      failure: { fix: expect.stringMatching(/^The web service name in OTRS_ROUTE_CONFIG_ITEM_GET must match/) }
    })
  })

  it("gives each kind of problem its own fix, once", () => {
    const gateway = answered(502, "text/plain", "Bad Gateway")
    const step = judgeRoutes([
      { _tag: "Missing", operation: "TicketSearchPost", target: target("TicketSearchPost") },
      found("TicketGet", gateway),
      found("TicketUpdate", gateway)
    ])
    expect(step.fix).toMatch(/^Import otrs\/OtrsMcp.yml.*OTRS_ROUTE_TICKET_SEARCH_POST at the routes/)
    expect(step.fix).not.toContain("OTRS_ROUTE_TICKET_GET")
    expect(step.fix?.match(/OTRS is failing/g)).toHaveLength(1)
  })

  it("fails on a missing ticket route and names the variable to set", () => {
    const step = judgeRoutes([
      { _tag: "Present", operation: "TicketGet" },
      { _tag: "Missing", operation: "TicketSearchPost", target: target("TicketSearchPost") }
    ])
    expect(step.status).toBe("fail")
    expect(step.detail).toContain("missing: TicketSearchPost (POST /TicketSearch)")
    expect(step.fix).toContain("otrs/OtrsMcp.yml")
    expect(step.fix).toContain("OTRS_ROUTE_TICKET_SEARCH_POST")
  })

  it("only warns when the missing routes are the optional config item ones", () => {
    const step = judgeRoutes([
      { _tag: "Present", operation: "TicketGet" },
      { _tag: "Missing", operation: "ConfigItemGet", target: target("ConfigItemGet") }
    ])
    expect(step.status).toBe("warn")
    expect(step.detail).toContain("config-item tools will not work")
    expect(step.fix).toContain("ITSM")
  })
})

describe("redirects step", () => {
  const target = probeTarget(baseUrl, "SessionCreate", operations.SessionCreate)
  const redirect = (location: string | undefined): ProbeResult => ({
    _tag: "Answered",
    response: { status: 302, contentType: "text/html", location, text: "" }
  })

  it("names the OTRS_BASE_URL the redirect leads to", () => {
    const https = baseUrl.replace("https://otrs.example.com", "https://sso.example.com")
    const step = checkRedirect(target, redirect(`${https}/Session?x=1`))
    expect(step.status).toBe("fail")
    expect(step.fix).toBe(`Set OTRS_BASE_URL=${https}`)
  })

  it("never suggests following a redirect from https to plain http", () => {
    const http = baseUrl.replace("https:", "http:")
    const step = checkRedirect(target, redirect(`${http}/Session`))
    expect(step.status).toBe("fail")
    expect(step.detail).toContain("from https to plain http")
    expect(step.fix).toContain("Keep OTRS_BASE_URL on https")
    expect(step.fix).not.toContain(http)
    const webService = checkWebService(new URL(baseUrl), target, redirect(`${http}/Session`))
    expect(webService.detail + webService.fix).not.toContain(`OTRS_BASE_URL=${http}`)
  })

  it("fails on a Location that is no URL like on a missing one, quoting it, instead of throwing", () => {
    const step = checkRedirect(target, redirect("http://[bad-host/login"))
    expect(step.status).toBe("fail")
    expect(step.detail).toContain(`answers HTTP 302 without saying where to (its Location header, ` +
      `"http://[bad-host/login", is not a URL)`)
    expect(step.fix).toContain("Open OTRS_BASE_URL in a browser")
    const webService = checkWebService(new URL(baseUrl), target, redirect("http://[bad-host/login"))
    expect(webService.status).toBe("fail")
    expect(webService.detail).toContain("HTTP 302 redirect, not followed")
  })
})

describe("web service step", () => {
  const target = probeTarget(baseUrl, "SessionCreate", operations.SessionCreate)
  const timedOut = (configuredMs: number): ProbeResult => ({
    _tag: "TimedOut",
    wait: waitFor(Duration.millis(configuredMs))
  })

  it("advises raising OTRS_TIMEOUT_MS when that is what ran out", () => {
    const step = checkWebService(webService, target, timedOut(3000))
    expect(step.detail).toBe(`POST ${baseUrl}/Session got no answer within 3 s (OTRS_TIMEOUT_MS=3000)`)
    expect(step.fix).toContain("Raise OTRS_TIMEOUT_MS if the server is just slow.")
  })

  it("says when its own 10 s limit ran out, and that otrs-mcp waits longer", () => {
    const step = checkWebService(webService, target, timedOut(60_000))
    expect(step.detail).toBe(`POST ${baseUrl}/Session got no answer within 10 s (doctor's limit; otrs-mcp waits ` +
      "OTRS_TIMEOUT_MS=60000 ms)")
    expect(step.fix).toContain("otrs-mcp itself waits up to OTRS_TIMEOUT_MS=60000 ms, which may be enough")
    expect(step.fix).not.toContain("Raise OTRS_TIMEOUT_MS")
  })

  it("names the route's variable when a full-URL route leads nowhere", () => {
    const route = { method: "POST", path: "https://sso.example.com/otrs/index.pl/Session" } as const
    const fullUrl = probeTarget(baseUrl, "SessionCreate", route)
    const step = checkWebService(webService, fullUrl, answered(200, "text/html", "<!DOCTYPE html><html></html>"))
    expect(step.fix).toMatch(/^OTRS_ROUTE_SESSION_CREATE must lead to an operation of a GenericInterface web service, /)
    expect(step.fix).toContain("\"POST https://host/otrs/nph-genericinterface.pl/Webservice/<name>/Session\"")
  })
})

describe("renderReport", () => {
  it("writes one line per step with its mark, the fix indented below", () => {
    const text = renderReport(report([
      { name: "configuration", status: "pass", detail: "OTRS_USERNAME=agent1" },
      { name: "URL", status: "warn", detail: "odd path", fix: "change it" },
      { name: "DNS", status: "fail", detail: "does not resolve\nsecond line", fix: "check the host" },
      { name: "TCP", status: "skip", detail: "skipped: DNS failed" }
    ]))
    expect(text).toBe([
      "otrs-mcp doctor",
      "",
      "✓ configuration  OTRS_USERNAME=agent1",
      "! URL            odd path",
      "                 → change it",
      "✗ DNS            does not resolve",
      "                 second line",
      "                 → check the host",
      "- TCP            skipped: DNS failed",
      "",
      "1 problem to fix, 1 warning.",
      ""
    ].join("\n"))
  })

  it("is ok only without failures", () => {
    expect(report([{ name: "URL", status: "warn", detail: "x" }]).ok).toBe(true)
    expect(report([{ name: "URL", status: "fail", detail: "x" }]).ok).toBe(false)
  })
})
