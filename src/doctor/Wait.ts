import { Duration } from "effect"
import { shortTimeoutWarning } from "../services/OtrsConfig.js"

/**
 * How long doctor waits for each step: OTRS_TIMEOUT_MS, but at most 10 s. doctor runs some twenty requests and
 * checks, mostly one after another, and OTRS_TIMEOUT_MS may allow an hour: a server slower than 10 s is reported as
 * such within seconds, saying that otrs-mcp itself would wait longer, rather than as too slow for otrs-mcp.
 */
export interface Wait {
  /** what doctor waits */
  readonly timeout: Duration.Duration
  /** OTRS_TIMEOUT_MS: what otrs-mcp waits */
  readonly configured: Duration.Duration
}

export const maxWait = Duration.seconds(10)

export const waitFor = (configured: Duration.Duration): Wait => ({
  timeout: Duration.min(configured, maxWait),
  configured
})

/** doctor's own limit ended the wait, not OTRS_TIMEOUT_MS */
const capped = (wait: Wait) => Duration.lessThan(wait.timeout, wait.configured)

const configuredMs = (wait: Wait) => `OTRS_TIMEOUT_MS=${Duration.toMillis(wait.configured)}`

/** `within 0.3 s (OTRS_TIMEOUT_MS=300)`, or `within 10 s (doctor's limit; otrs-mcp waits OTRS_TIMEOUT_MS=60000)` */
export const within = (wait: Wait): string =>
  `within ${Duration.toSeconds(wait.timeout)} s (` +
  (capped(wait) ? `doctor's limit; otrs-mcp waits ${configuredMs(wait)} ms)` : `${configuredMs(wait)})`)

/** What to do about a slow answer, true of the limit that ran out. */
export const slowAnswerAdvice = (wait: Wait): string =>
  capped(wait)
    ? `otrs-mcp itself waits up to ${configuredMs(wait)} ms, which may be enough if the server is just slow.`
    : "Raise OTRS_TIMEOUT_MS if the server is just slow."

/**
 * The fix for a network step that ran out of time: `usual` blames the network, unless OTRS_TIMEOUT_MS, in force, is
 * too short to be meant (1 for 1 s), which is then named first.
 */
export const networkTimeoutFix = (wait: Wait, usual: string): string => {
  const short = capped(wait) ? undefined : shortTimeoutWarning(wait.configured)
  return short === undefined
    ? usual
    : `${short.detail}, too short for this. ${short.fix} If it still times out: ${usual}`
}
