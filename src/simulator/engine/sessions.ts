export type SessionUser = { readonly kind: "agent"; readonly login: string } | { readonly kind: "customer"; readonly login: string }

export interface Session {
  readonly id: string
  readonly user: SessionUser
  readonly start: number
  lastRequest: number
  readonly remoteAddr: string
  readonly userAgent: string
}

export interface Sessions {
  readonly create: (user: SessionUser, client: { readonly remoteAddr: string; readonly userAgent: string }) => Session
  /** the live session, refreshed (its idle time starts over); undefined when unknown or idle too long */
  readonly use: (id: string) => Session | undefined
  /** the live session without refreshing it (SessionGet only looks) */
  readonly peek: (id: string) => Session | undefined
  readonly expireAll: () => void
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

/**
 * 32 characters like OTRS's SessionIDs. Web Crypto, which Node loads on first use, rather than node:crypto, which
 * an import would load at the start of the server that shares this bundle.
 */
const newSessionId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) => alphabet[byte % alphabet.length]).join("")

/** Sessions are global (every web service accepts them) and expire after `idleSeconds` without a request. */
export const makeSessions = (idleSeconds: number, nowMillis: () => number): Sessions => {
  const sessions = new Map<string, Session>()
  const now = () => nowMillis() / 1000
  const live = (id: string) => {
    const session = sessions.get(id)
    if (session === undefined) return undefined
    if (now() - session.lastRequest > idleSeconds) {
      sessions.delete(id)
      return undefined
    }
    return session
  }
  return {
    create: (user, client) => {
      const session: Session = { id: newSessionId(), user, start: now(), lastRequest: now(), ...client }
      sessions.set(session.id, session)
      return session
    },
    use: (id) => {
      const session = live(id)
      if (session !== undefined) session.lastRequest = now()
      return session
    },
    peek: live,
    expireAll: () => sessions.clear()
  }
}
