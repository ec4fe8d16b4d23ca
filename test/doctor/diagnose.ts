import type { Effect } from "effect"
import { type DoctorReport, type DoctorStep, runDoctor } from "../../src/doctor/Doctor.js"
import type { StepName } from "../../src/doctor/DoctorStep.js"
import { withEnvironment } from "../cli/environment.js"

export const password = "doctor-S3cret!pw"

/** Runs doctor with the given environment and nothing else. */
export const diagnose = (env: Readonly<Record<string, string>>): Effect.Effect<DoctorReport> =>
  runDoctor.pipe(withEnvironment(env))

export const env = (baseUrl: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> => ({
  OTRS_BASE_URL: baseUrl,
  OTRS_USERNAME: "agent1",
  OTRS_PASSWORD: password,
  OTRS_TIMEOUT_MS: "3000",
  ...extra
})

export const stepOf = (report: DoctorReport, name: StepName): DoctorStep => {
  const step = report.steps.find((candidate) => candidate.name === name)
  if (step === undefined) throw new Error(`no step ${name} in ${JSON.stringify(report)}`)
  return step
}

export const statuses = (report: DoctorReport): Record<string, string> =>
  Object.fromEntries(report.steps.map((step) => [step.name, step.status]))
