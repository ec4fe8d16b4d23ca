import { Clock, Data, Effect } from "effect"
import { isIP } from "node:net"
import type { DetailedPeerCertificate } from "node:tls"
import { nodeTls } from "../services/NodeModules.js"
import { withPublicRoots } from "../services/NodeHttpTransport.js"
import { type DoctorStep, fail, pass, warn } from "./DoctorStep.js"
import { type Endpoint, errorCode, hostAndPort } from "./networkSteps.js"
import { networkTimeoutFix, type Wait, within } from "./Wait.js"

const name = "TLS"
const day = 24 * 60 * 60 * 1000

interface TlsSettings {
  readonly verifySsl: boolean
  /** contents of OTRS_CA_FILE */
  readonly ca: string | undefined
  readonly wait: Wait
}

interface Handshake {
  readonly protocol: string | null
  readonly certificate: DetailedPeerCertificate
  /** Node's verification error code (chain or host name), undefined when the certificate is trusted */
  readonly problem: string | undefined
}

/**
 * Connects with verification off and reads Node's verdict afterwards, so that the report can say exactly what is
 * wrong with the certificate instead of just "handshake failed".
 */
const handshake = (endpoint: Endpoint, ca: string | undefined) =>
  Effect.async<Handshake, HandshakeError>((resume) => {
    const socket = nodeTls().connect({
      host: endpoint.host,
      port: endpoint.port,
      rejectUnauthorized: false,
      ...(isIP(endpoint.host) === 0 ? { servername: endpoint.host } : {}),
      ...(ca === undefined ? {} : { ca: withPublicRoots(ca) })
    })
    socket.once("secureConnect", () => {
      const verdict = socket.authorizationError as unknown
      resume(Effect.succeed({
        protocol: socket.getProtocol(),
        certificate: socket.getPeerCertificate(true),
        problem: socket.authorized ? undefined : errorCode(verdict)
      }))
      socket.destroy()
    })
    socket.once("error", (error) => resume(Effect.fail(new HandshakeError({ error }))))
    return Effect.sync(() => socket.destroy())
  })

class HandshakeError extends Data.TaggedError("HandshakeError")<{ readonly error: unknown }> {}

export const checkTls = (endpoint: Endpoint, settings: TlsSettings): Effect.Effect<DoctorStep> =>
  handshake(endpoint, settings.ca).pipe(
    Effect.timeout(settings.wait.timeout),
    Effect.flatMap((result) => Effect.map(Clock.currentTimeMillis, (now) => judge(result, endpoint, settings, now))),
    Effect.catchAll((error) =>
      Effect.succeed(
        error._tag === "TimeoutException"
          ? fail(name, `no TLS handshake with ${hostAndPort(endpoint)} ${within(settings.wait)}`,
            networkTimeoutFix(settings.wait, "Check that this port serves https, or use http:// in OTRS_BASE_URL."))
          : fail(name, `TLS handshake with ${hostAndPort(endpoint)} failed (${errorCode(error.error)})`,
            "Check that the port in OTRS_BASE_URL serves https; if the server only speaks plain http there, use http://.")
      )
    )
  )

const judge = (handshake: Handshake, endpoint: Endpoint, settings: TlsSettings, now: number): DoctorStep => {
  const { certificate, problem } = handshake
  const expires = new Date(certificate.valid_to)
  const daysLeft = Math.floor((expires.getTime() - now) / day)
  const about = `${handshake.protocol ?? "TLS"}, certificate for ${subjectOf(certificate)} issued by ` +
    `${issuerOf(certificate)}, valid until ${expires.toISOString().slice(0, 10)}`
  if (problem !== undefined) {
    const { detail, fix } = explain(problem, certificate, endpoint, expires)
    return settings.verifySsl
      ? fail(name, `the certificate is not trusted: ${detail}`, fix)
      : warn(name, `not verified because OTRS_VERIFY_SSL=false; it would fail: ${detail}`,
        `Once the certificate is fixed or trusted (OTRS_CA_FILE), remove OTRS_VERIFY_SSL=false.`)
  }
  if (daysLeft < 30) {
    return warn(name, `${about}: expires in ${daysLeft} day${daysLeft === 1 ? "" : "s"}`,
      "Renew the server's certificate before it expires, or otrs-mcp will stop connecting.")
  }
  return pass(name, about)
}

const trustFix = (trusted: string) =>
  `Set OTRS_CA_FILE=/path/to/ca.pem (${trusted}, in PEM form) or, only on a trusted network, OTRS_VERIFY_SSL=false.`
const caFix = trustFix("the CA certificate that signed the server's certificate")

const explain = (
  code: string,
  certificate: DetailedPeerCertificate,
  endpoint: Endpoint,
  expires: Date
): { readonly detail: string; readonly fix: string } => {
  switch (code) {
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
      return { detail: `it is self-signed (${subjectOf(certificate)})`, fix: trustFix("for a self-signed certificate, that certificate itself") }
    case "SELF_SIGNED_CERT_IN_CHAIN":
      return { detail: `its chain ends in a root CA this machine does not trust (${rootOf(certificate)})`, fix: caFix }
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "UNABLE_TO_GET_ISSUER_CERT":
    case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY":
      return {
        detail: `it was issued by an unknown CA (${issuerOf(certificate)})`,
        fix: `${caFix} If the CA is public, the server may not send its intermediate certificates: fix the web ` +
          "server's certificate chain."
      }
    case "CERT_HAS_EXPIRED":
      return {
        detail: `it expired on ${expires.toISOString().slice(0, 10)}`,
        fix: "Renew the server's certificate (OTRS_VERIFY_SSL=false only as a stopgap, on a trusted network)."
      }
    case "CERT_NOT_YET_VALID":
      return {
        detail: `it is not valid before ${new Date(certificate.valid_from).toISOString().slice(0, 10)}`,
        fix: "Check the clock of this machine and of the server."
      }
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return {
        detail: `it is for ${certificate.subjectaltname ?? subjectOf(certificate)}, not for the host name ${endpoint.host}`,
        fix: "Use a host name the certificate names in OTRS_BASE_URL, or have the certificate reissued for " +
          `${endpoint.host} (OTRS_VERIFY_SSL=false also skips this check, only on a trusted network).`
      }
    default:
      return { detail: code, fix: caFix }
  }
}

const subjectOf = (certificate: DetailedPeerCertificate) => certificate.subject?.CN ?? "an unnamed subject"
const issuerOf = (certificate: DetailedPeerCertificate) =>
  [certificate.issuer?.CN, certificate.issuer?.O].filter((part) => part !== undefined).join(", ") || "an unnamed issuer"

const rootOf = (certificate: DetailedPeerCertificate) => {
  let current = certificate
  for (let depth = 0; depth < 10 && current.issuerCertificate !== undefined && current.issuerCertificate !== current; depth++) {
    current = current.issuerCertificate
  }
  return subjectOf(current)
}
