/** A write recorded against the real OTRS, replayed into the simulator's seed (see recordedSeed.ts). */
export interface RecordedWrite {
  /** the fixture it comes from */
  readonly fixture: string
  /** recorded_at, ISO 8601 UTC */
  readonly at: string
  readonly operation: string
  /** the login that made it (agent or customer user) */
  readonly as: string
  /** the TicketID or ConfigItemID of an update */
  readonly id?: string
  /** the request body without credentials */
  readonly body: Readonly<Record<string, unknown>>
  /** the recorded answer: the ids the replay must hand out */
  readonly result: Readonly<Record<string, unknown>>
}
