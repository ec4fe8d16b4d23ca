import type { Agent } from "../data/reference.js"
import { authenticate } from "../engine/auth.js"
import type { Data } from "../engine/params.js"
import type { World } from "../engine/World.js"

/** The CMDB operations accept agents only. */
export const authenticateAgent = (world: World, data: Data): Agent | undefined => {
  const actor = authenticate(world, data)
  return actor?.kind === "agent" ? actor.agent : undefined
}
