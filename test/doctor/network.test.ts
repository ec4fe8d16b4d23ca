import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { createServer } from "node:net"
import type { AddressInfo, Socket } from "node:net"
import { endpointOf, hostAndPort } from "../../src/doctor/networkSteps.js"
import { diagnose, env, password, statuses, stepOf } from "./diagnose.js"
import { type Certificate, certificates, hasOpenssl, startHttpsServer } from "./tlsServer.js"

const path = "/otrs/nph-genericinterface.pl/Webservice/OtrsMcp"

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })

/** A TCP server that takes connections and never says a word, as a TLS handshake would need it to. */
const silentServer = () =>
  new Promise<{ readonly port: number; readonly close: () => Promise<void> }>((resolve) => {
    const sockets: Array<Socket> = []
    const server = createServer((socket) => sockets.push(socket))
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise((closed) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => closed())
          })
      }))
  })

describe("doctor before the network", () => {
  it.live("lists every configuration problem and skips the rest, without the password", () =>
    Effect.gen(function*() {
      const report = yield* diagnose({ OTRS_BASE_URL: "otrs.example.com", OTRS_PASSWORD: password, OTRS_VERIFY_SSL: "maybe" })
      expect(report.ok).toBe(false)
      const configuration = stepOf(report, "configuration")
      expect(configuration.status).toBe("fail")
      for (const variable of ["OTRS_BASE_URL", "OTRS_USERNAME", "OTRS_VERIFY_SSL"]) {
        expect(configuration.detail).toContain(variable)
      }
      expect(report.steps.slice(1).every((step) => step.status === "skip")).toBe(true)
      expect(stepOf(report, "DNS").detail).toBe("skipped: configuration failed")
      expect(JSON.stringify(report)).not.toContain(password)
    }))

  it.live("fails the configuration when OTRS_CA_FILE cannot be read", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(env(`https://127.0.0.1:1${path}`, { OTRS_CA_FILE: "/nonexistent/ca.pem" }))
      expect(stepOf(report, "configuration")).toMatchObject({ status: "fail" })
      expect(stepOf(report, "configuration").detail).toContain("OTRS_CA_FILE: cannot read /nonexistent/ca.pem")
    }))

  it.live("warns about a URL that is not a web service URL", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(env("https://otrs.invalid/otrs/index.pl"))
      const url = stepOf(report, "URL")
      expect(url.status).toBe("warn")
      expect(url.fix).toContain("https://otrs.invalid/otrs/nph-genericinterface.pl/Webservice/<name>")
    }))
})

describe("the endpoint doctor connects to", () => {
  it("writes an IPv6 address in brackets, so that its port stands apart", () => {
    expect(hostAndPort(endpointOf(new URL(`https://[::1]${path}`)))).toBe("[::1]:443")
    expect(hostAndPort(endpointOf(new URL(`http://[2001:db8::7]:8080${path}`)))).toBe("[2001:db8::7]:8080")
    expect(hostAndPort(endpointOf(new URL(`http://otrs.example.com${path}`)))).toBe("otrs.example.com:80")
  })
})

describe("doctor on the network", () => {
  it.live("fails DNS for a host name that does not resolve", () =>
    Effect.gen(function*() {
      const report = yield* diagnose(env(`https://otrs.invalid${path}`))
      expect(statuses(report)).toMatchObject({ configuration: "pass", URL: "pass", DNS: "fail", TCP: "skip" })
      expect(stepOf(report, "DNS").detail).toContain("otrs.invalid does not resolve")
      expect(stepOf(report, "DNS").fix).toContain("host name in OTRS_BASE_URL")
      expect(report.ok).toBe(false)
    }))

  it.live("fails TCP when nothing listens on the port", () =>
    Effect.gen(function*() {
      const port = yield* Effect.promise(freePort)
      const report = yield* diagnose(env(`http://127.0.0.1:${port}${path}`))
      expect(statuses(report)).toMatchObject({ DNS: "pass", TCP: "fail", TLS: "skip", redirects: "skip" })
      expect(stepOf(report, "TCP").detail).toContain(`127.0.0.1:${port} refused the connection`)
    }))

  it.live("names OTRS_TIMEOUT_MS when it ends a step, and blames it first when below a second", () =>
    Effect.gen(function*() {
      const server = yield* Effect.acquireRelease(Effect.promise(silentServer), (quiet) => Effect.promise(quiet.close))
      const report = yield* diagnose(env(`https://127.0.0.1:${server.port}${path}`, { OTRS_TIMEOUT_MS: "300" }))
      const tls = stepOf(report, "TLS")
      expect(tls.status).toBe("fail")
      expect(tls.detail).toBe(`no TLS handshake with 127.0.0.1:${server.port} within 0.3 s (OTRS_TIMEOUT_MS=300)`)
      expect(tls.fix).toBe("OTRS_TIMEOUT_MS is 300 ms; it is in milliseconds (30 s is 30000), too short for this. " +
        "Set OTRS_TIMEOUT_MS in milliseconds, such as 30000 (the default) for 30 s. If it still times out: Check " +
        "that this port serves https, or use http:// in OTRS_BASE_URL.")
    }).pipe(Effect.scoped))
})

describe.skipIf(!hasOpenssl)("doctor on TLS (needs openssl to make a throwaway certificate)", () => {
  let certs: ReturnType<typeof certificates>
  let selfSigned: Certificate
  let otherHost: Certificate
  let expiring: Certificate
  beforeAll(() => {
    certs = certificates()
    selfSigned = certs.make({ subjectAltName: "IP:127.0.0.1", days: 365 })
    otherHost = certs.make({ subjectAltName: "DNS:otrs.example.com", days: 365 })
    expiring = certs.make({ subjectAltName: "IP:127.0.0.1", days: 10 })
  })
  afterAll(() => certs.remove())

  const withServer = (certificate: () => Certificate, extra: (certFile: string) => Record<string, string>) =>
    Effect.acquireRelease(Effect.promise(() => startHttpsServer(certificate())), (server) => Effect.promise(server.close)).pipe(
      Effect.flatMap((server) => diagnose(env(`https://127.0.0.1:${server.port}${path}`, extra(certificate().certFile)))),
      Effect.scoped
    )

  it.live("explains a self-signed certificate and how to trust it", () =>
    Effect.gen(function*() {
      const report = yield* withServer(() => selfSigned, () => ({}))
      const tls = stepOf(report, "TLS")
      expect(tls.status).toBe("fail")
      expect(tls.detail).toContain("self-signed")
      expect(tls.fix).toContain("OTRS_CA_FILE=/path/to/ca.pem")
      expect(tls.fix).toContain("OTRS_VERIFY_SSL=false")
      expect(stepOf(report, "redirects").status).toBe("skip")
    }))

  it.live("trusts the certificate given in OTRS_CA_FILE", () =>
    Effect.gen(function*() {
      const report = yield* withServer(() => selfSigned, (certFile) => ({ OTRS_CA_FILE: certFile }))
      expect(stepOf(report, "TLS").status).toBe("pass")
      // the test server answers 404 to everything: no GenericInterface there
      expect(stepOf(report, "web service")).toMatchObject({ status: "fail" })
    }))

  it.live("only warns with OTRS_VERIFY_SSL=false, still naming the problem", () =>
    Effect.gen(function*() {
      const report = yield* withServer(() => selfSigned, () => ({ OTRS_VERIFY_SSL: "false" }))
      const tls = stepOf(report, "TLS")
      expect(tls.status).toBe("warn")
      expect(tls.detail).toContain("self-signed")
    }))

  it.live("names the host names a certificate is for when it is not for this one", () =>
    Effect.gen(function*() {
      const report = yield* withServer(() => otherHost, (certFile) => ({ OTRS_CA_FILE: certFile }))
      const tls = stepOf(report, "TLS")
      expect(tls.status).toBe("fail")
      expect(tls.detail).toContain("not for the host name 127.0.0.1")
      expect(tls.detail).toContain("otrs.example.com")
    }))

  it.live("warns about a certificate expiring within 30 days", () =>
    Effect.gen(function*() {
      const report = yield* withServer(() => expiring, (certFile) => ({ OTRS_CA_FILE: certFile }))
      const tls = stepOf(report, "TLS")
      expect(tls.status).toBe("warn")
      expect(tls.detail).toMatch(/expires in (9|10) days/)
    }))
})
