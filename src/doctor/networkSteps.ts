import { Data, Effect } from "effect"
import { isIP, Socket } from "node:net"
import { nodeDns } from "../services/NodeModules.js"
import { type DoctorStep, fail, pass } from "./DoctorStep.js"
import { networkTimeoutFix, type Wait, within } from "./Wait.js"

/** Where OTRS_BASE_URL points: host name as the resolver wants it (no IPv6 brackets) and the effective port. */
export interface Endpoint {
  readonly host: string
  readonly port: number
}

export const endpointOf = (url: URL): Endpoint => ({
  host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
  port: url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port)
})

/** "host:port" as a URL writes it: an IPv6 address in brackets, or "::1:443" would not say where the port starts. */
export const hostAndPort = (endpoint: Endpoint): string =>
  `${isIP(endpoint.host) === 6 ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`

export const checkDns = (endpoint: Endpoint, wait: Wait): Effect.Effect<DoctorStep> => {
  const name = "DNS"
  if (isIP(endpoint.host) !== 0) return Effect.succeed(pass(name, `${endpoint.host} is an IP address, nothing to look up`))
  return Effect.tryPromise(() => nodeDns().lookup(endpoint.host, { all: true })).pipe(
    Effect.timeout(wait.timeout),
    Effect.match({
      onSuccess: (addresses) =>
        pass(name, `${endpoint.host} resolves to ${addresses.map((entry) => entry.address).join(", ")}`),
      onFailure: (error) =>
        error._tag === "TimeoutException"
          ? fail(name, `no answer from the DNS resolver for ${endpoint.host} ${within(wait)}`, networkTimeoutFix(wait,
            "This machine's DNS resolver does not answer: check /etc/resolv.conf or the network."))
          : fail(name, `${endpoint.host} does not resolve (${errorCode(error.error)})`,
            "Check the host name in OTRS_BASE_URL for typos, and that this machine can resolve it " +
              "(VPN, /etc/hosts, DNS search domain).")
    })
  )
}

export const checkTcp = (endpoint: Endpoint, wait: Wait): Effect.Effect<DoctorStep> => {
  const name = "TCP"
  const target = hostAndPort(endpoint)
  return connect(endpoint).pipe(
    Effect.timeout(wait.timeout),
    Effect.match({
      onSuccess: (address) => pass(name, `connected to ${target}${address === endpoint.host ? "" : ` (${address})`}`),
      onFailure: (error) => {
        if (error._tag === "TimeoutException") {
          return fail(name, `no connection to ${target} ${within(wait)}`, networkTimeoutFix(wait,
            "A firewall probably drops the packets: check that this machine may reach that port (proxy, VPN, " +
              "security groups), and the port in OTRS_BASE_URL."))
        }
        const code = errorCode(error.error)
        return code === "ECONNREFUSED"
          ? fail(name, `${target} refused the connection: nothing listens there`,
            "Check the port in OTRS_BASE_URL (https is usually 443, http 80) and that the web server is running.")
          : fail(name, `cannot connect to ${target} (${code})`,
            "Check that the host is reachable from this machine (routing, VPN, firewall).")
      }
    })
  )
}

class ConnectError extends Data.TaggedError("ConnectError")<{ readonly error: unknown }> {}

/** Opens and closes one TCP connection; resolves with the remote address. */
const connect = (endpoint: Endpoint) =>
  Effect.async<string, ConnectError>((resume) => {
    const socket = new Socket()
    socket.once("connect", () => {
      resume(Effect.succeed(socket.remoteAddress ?? endpoint.host))
      socket.destroy()
    })
    socket.once("error", (error) => resume(Effect.fail(new ConnectError({ error }))))
    socket.connect(endpoint.port, endpoint.host)
    return Effect.sync(() => socket.destroy())
  })

export const errorCode = (error: unknown): string => {
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code === "string") return code
  return error instanceof Error ? error.message : String(error)
}
