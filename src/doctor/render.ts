import type { DoctorReport, StepStatus } from "./DoctorStep.js"

const marks: Record<StepStatus, string> = { pass: "✓", warn: "!", fail: "✗", skip: "-" }

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`

/** The report as plain text: one line per step, the fix indented below it, and a verdict. */
export const renderReport = (doctorReport: DoctorReport): string => {
  const width = Math.max(...doctorReport.steps.map((step) => step.name.length))
  const indent = " ".repeat(width + 4)
  const lines = doctorReport.steps.flatMap((step) => {
    const [first, ...more] = step.detail.split("\n")
    return [
      `${marks[step.status]} ${step.name.padEnd(width)}  ${first}`,
      ...more.map((line) => `${indent}${line}`),
      ...(step.fix === undefined ? [] : [`${indent}→ ${step.fix}`])
    ]
  })
  const failed = doctorReport.steps.filter((step) => step.status === "fail").length
  const warned = doctorReport.steps.filter((step) => step.status === "warn").length
  const verdict = failed > 0
    ? `${count(failed, "problem")} to fix${warned > 0 ? `, ${count(warned, "warning")}` : ""}.`
    : warned > 0
    ? `OTRS is reachable and usable, with ${count(warned, "warning")}.`
    : "All checks passed: otrs-mcp can work with this OTRS."
  return `otrs-mcp doctor\n\n${lines.join("\n")}\n\n${verdict}\n`
}
