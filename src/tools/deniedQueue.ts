import { Effect } from "effect"
import type { OtrsNotFoundOrDenied } from "../services/OtrsErrors.js"
import { ToolInputError } from "./ToolInputError.js"

/**
 * OTRS refuses a ticket created in, or moved to, a queue the agent may not write to with the same AccessDenied as a
 * ticket it may not see; its message names the queue ("Can not create tickets in given Queue or QueueID!", "User
 * does not have access to the new queue!"). Blaming the ticket id, or an id at all, would send the agent looking in
 * the wrong place.
 */
export const explainDeniedQueue = (queue: string | undefined, defaultFrom?: string) =>
(error: OtrsNotFoundOrDenied): Effect.Effect<never, OtrsNotFoundOrDenied | ToolInputError> =>
  queue === undefined || !/queue/i.test(error.otrsMessage)
    ? Effect.fail(error)
    : Effect.fail(
      new ToolInputError({
        field: "queue",
        problem: `the agent may not put tickets in queue ${JSON.stringify(queue)}` +
          `${defaultFrom === undefined ? "" : `, the server's default from ${defaultFrom}`} (OTRS: ` +
          `${error.otrsMessage}): choose a queue the agent has write access to, or have its group permissions ` +
          "changed"
      })
    )
