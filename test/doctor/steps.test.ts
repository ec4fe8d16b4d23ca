import { describe, expect, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { report } from "../../src/doctor/DoctorStep.js"
import { probeTarget, type ProbeResult } from "../../src/doctor/probe.js"
import { renderReport } from "../../src/doctor/render.js"
import { findRoute, judgeRoutes } from "../../src/doctor/routesStep.js"
import { checkUrl } from "../../src/doctor/urlStep.js"
import { checkRedirect, checkWebService } from "../../src/doctor/webServiceSteps.js"
import { operations } from "../../src/services/OtrsRoutes.js"
import { fixturesDir } from "../support/fixtures.js"

const baseUrl = "https://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"

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
    expect(checkUrl(url).status).toBe("pass")
  })

  it("says a route does not belong in OTRS_BASE_URL", () => {
    const step = checkUrl(`${baseUrl}/Ticket`)
    expect(step.status).toBe("warn")
    expect(step.fix).toContain("must end with the web service name")
  })

  it("warns about plain http to another machine", () => {
    expect(checkUrl("http://otrs.example.com/otrs/nph-genericinterface.pl/Webservice/OtrsMcp").status).toBe("warn")
  })
})

describe("routes step", () => {
  const target = (operation: keyof typeof operations) => probeTarget(baseUrl, operation, operations[operation])

  it("takes an AuthFail or MissingParameter answer as the route being there", () => {
    expect(findRoute(target("TicketGet"), recorded("ticket-get.no-auth.json"))._tag).toBe("Present")
    expect(findRoute(target("TicketCreate"), recorded("ticket-create.no-auth.json"))._tag).toBe("Present")
    expect(findRoute(target("SessionGet"), recorded("session-get.invalid.json"))._tag).toBe("Present")
  })

  it("reads the operation from the message when ITSM leaves the error code unfilled", () => {
    expect(findRoute(target("ConfigItemGet"), recorded("configitem-get.auth-fail.json"))._tag).toBe("Present")
    expect(findRoute(target("TicketGet"), recorded("configitem-get.auth-fail.json"))).toMatchObject({
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
    expect(findRoute(target("TicketSearchPost"), recorded("ticket-search.wrong-password.json"))._tag).toBe("Present")
  })

  it("takes OTRS's 'error while determine Operation' as a missing route", () => {
    expect(findRoute(target("TicketUpdate"), recorded("http.wrong-method.json"))._tag).toBe("Missing")
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
