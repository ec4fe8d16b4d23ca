/** One diagnosed step of `otrs-mcp doctor`: what was checked, how it went and, when it did not pass, what to do. */
export type StepStatus = "pass" | "warn" | "fail" | "skip"

/** Every step, in the order doctor runs them; a step depends on the ones before it unless told otherwise. */
export const stepNames = [
  "configuration",
  "URL",
  "DNS",
  "TCP",
  "TLS",
  "redirects",
  "web service",
  "routes",
  "credentials",
  "queue permissions",
  "config item permissions"
] as const
export type StepName = typeof stepNames[number]

export interface DoctorStep {
  readonly name: StepName
  readonly status: StepStatus
  /** may span lines, e.g. one per problem */
  readonly detail: string
  readonly fix?: string
}

export interface DoctorReport {
  readonly steps: ReadonlyArray<DoctorStep>
  /** true when no step failed: warnings and not-applicable steps do not stop otrs-mcp from working */
  readonly ok: boolean
}

export const pass = (name: StepName, detail: string): DoctorStep => ({ name, status: "pass", detail })

const withFix = (step: DoctorStep, fix: string | undefined): DoctorStep => fix === undefined ? step : { ...step, fix }

export const warn = (name: StepName, detail: string, fix?: string): DoctorStep =>
  withFix({ name, status: "warn", detail }, fix)

/** Without a fix only when the detail already says what to do. */
export const fail = (name: StepName, detail: string, fix?: string): DoctorStep =>
  withFix({ name, status: "fail", detail }, fix)

export const skip = (name: StepName, reason: string): DoctorStep => ({ name, status: "skip", detail: reason })

export const report = (steps: ReadonlyArray<DoctorStep>): DoctorReport => ({
  steps,
  ok: steps.every((step) => step.status !== "fail")
})
