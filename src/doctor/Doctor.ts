import { Context, Effect, Layer } from "effect"
import { OtrsClient } from "../services/OtrsClient.js"
import { OtrsConfig } from "../services/OtrsConfig.js"
import type { Operation } from "../services/OtrsRoutes.js"
import { OtrsTransport } from "../services/OtrsTransport.js"
import { checkConfigItems, checkCredentials, checkQueue } from "./accountSteps.js"
import { loadConfiguration, type Setup } from "./configurationStep.js"
import { type DoctorReport, type DoctorStep, report, skip, type StepName, stepNames } from "./DoctorStep.js"
import { checkDns, checkTcp, endpointOf } from "./networkSteps.js"
import { probe, probeTarget } from "./probe.js"
import { judgeRoutes, presentOperations, probeRoutes } from "./routesStep.js"
import { checkTls } from "./tlsStep.js"
import { checkUrl } from "./urlStep.js"
import { checkRedirect, checkWebService } from "./webServiceSteps.js"

export type { DoctorReport, DoctorStep, StepStatus } from "./DoctorStep.js"

/** The OtrsClient the MCP server would use, over doctor's transport and configuration. */
const buildClient = (setup: Setup) =>
  Layer.build(
    OtrsClient.layerWithTransport.pipe(
      Layer.provide(Layer.succeed(OtrsTransport, setup.transport)),
      Layer.provide(Layer.succeed(OtrsConfig, setup.config))
    )
  ).pipe(Effect.map((context) => Context.get(context, OtrsClient)))

/**
 * Diagnoses a real OTRS setup step by step, from the configuration to the agent's permissions. A step that fails
 * skips the steps that depend on it, with the reason; the report is ok when no step failed.
 */
export const runDoctor: Effect.Effect<DoctorReport> = Effect.scoped(
  Effect.gen(function*() {
    const steps: Array<DoctorStep> = []
    /** records the step; true when the steps after it may run */
    const record = (step: DoctorStep) => {
      steps.push(step)
      return step.status !== "fail"
    }
    const stop = (reason = `skipped: ${steps[steps.length - 1]?.name} failed`) =>
      report([...steps, ...stepNames.slice(steps.length).map((name) => skip(name, reason))])

    const configured = yield* loadConfiguration
    if (configured._tag === "Left") {
      record(configured.left)
      return stop()
    }
    const { setup, step } = configured.right
    const { config, wait } = setup
    const baseUrl = new URL(config.baseUrl)
    const endpoint = endpointOf(baseUrl)
    record(step)

    if (!record(checkUrl(config.baseUrl, config.routes))) return stop()
    if (!record(yield* checkDns(endpoint, wait))) return stop()
    if (!record(yield* checkTcp(endpoint, wait))) return stop()
    const tls = baseUrl.protocol === "https:"
      ? yield* checkTls(endpoint, { verifySsl: config.verifySsl, ca: setup.ca, wait })
      : skip("TLS", "plain http: no TLS to check")
    if (!record(tls)) return stop()

    const sessionTarget = probeTarget(config.baseUrl, "SessionCreate", config.routes.SessionCreate)
    const sessionProbe = yield* probe(setup.transport, sessionTarget, wait)
    if (!record(checkRedirect(sessionTarget, sessionProbe))) return stop()
    if (!record(checkWebService(baseUrl, sessionTarget, sessionProbe))) return stop()

    const findings = yield* probeRoutes(setup.transport, config.baseUrl, config.routes, wait)
    record(judgeRoutes(findings))
    const present = presentOperations(findings)
    const missing = (name: StepName, needed: ReadonlyArray<Operation>) => {
      const absent = needed.filter((operation) => !present.has(operation))
      return absent.length === 0
        ? undefined
        : skip(name, `skipped: no usable ${absent.join(" or ")} route (see routes)`)
    }

    const loginBlocked = missing("credentials", ["SessionCreate", "SessionGet"])
    if (loginBlocked !== undefined) {
      record(loginBlocked)
      return stop("skipped: doctor cannot log in without those routes")
    }
    const client = yield* buildClient(setup)
    const account = { client, username: config.username, wait }
    if (!record(yield* checkCredentials(account))) return stop()
    record(
      missing("queue permissions", ["TicketSearch", "TicketGet"]) ?? (yield* checkQueue(account, config.defaults.queue))
    )
    record(missing("config item permissions", ["ConfigItemSearch"]) ?? (yield* checkConfigItems(account)))
    return report(steps)
  })
)
