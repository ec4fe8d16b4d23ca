export interface SimulatorOptions {
  /** default 127.0.0.1 */
  readonly host?: string
  /** default 0: an ephemeral port */
  readonly port?: number
  /** how long a SessionID lives without being used; default 7200 (OTRS's SessionMaxIdleTime) */
  readonly sessionIdleSeconds?: number
}

export type Fault =
  | { readonly kind: "latency"; readonly ms: number }
  /** e.g. 503, with a plain-text body */
  | { readonly kind: "status"; readonly status: number }
  /** 200 text/html, like a login or proxy page */
  | { readonly kind: "html" }
  /** the socket is destroyed without any answer */
  | { readonly kind: "reset" }
  /** 200 application/json with a truncated body */
  | { readonly kind: "malformedJson" }
  /** 301 with Location, like an http -> https redirect */
  | { readonly kind: "redirect"; readonly location: string }
  /** never answers (until the simulator closes) */
  | { readonly kind: "hang" }

export interface FaultScope {
  /** how many matching requests the fault hits; default: until cleared */
  readonly times?: number
  /** operation names (TicketGet) or their web service names (TicketSearchPOST); default: every request */
  readonly operations?: ReadonlyArray<string>
}

export interface SimulatorStats {
  requests: number
  byOperation: Record<string, number>
  sessionCreates: number
  ticketsCreated: number
  articlesCreated: number
}

export interface OtrsSimulator {
  /** http://127.0.0.1:PORT */
  readonly url: string
  /** `${url}/otrs/nph-genericinterface.pl/Webservice/${name ?? "OtrsMcp"}` */
  readonly webServiceUrl: (name?: string) => string
  /**
   * Throws a TypeError for a fault that could not hit as asked (an unknown kind or operation name, a status Node
   * cannot send), and an Error once the simulator is closed.
   */
  readonly inject: (fault: Fault, scope?: FaultScope) => void
  readonly clearFaults: () => void
  /** every current SessionID becomes invalid (like idle expiry) */
  readonly expireSessions: () => void
  /** a snapshot */
  readonly stats: () => SimulatorStats
  /** TCP connections open right now (keep-alive ones included), e.g. to check that a client does not leak sockets */
  readonly connections: () => number
  /** also ends hanging requests and keep-alive sockets */
  readonly close: () => Promise<void>
}
