import { Effect } from "effect"
import { runDoctor } from "../doctor/Doctor.js"
import { renderReport } from "../doctor/render.js"
import { against } from "./Connection.js"
import { print } from "./Output.js"
import type { ExitCode } from "./runOnce.js"

/** Prints doctor's report; exit code 0 only when no step failed. */
export const doctor = (demo: boolean): Effect.Effect<ExitCode> =>
  runDoctor.pipe(
    against(demo),
    Effect.tap((report) => print(renderReport(report))),
    Effect.map((report) => (report.ok ? 0 : 1))
  )
