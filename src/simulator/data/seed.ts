import { isOpError } from "../engine/opError.js"
import type { Data } from "../engine/params.js"
import { ticketNumberCounter } from "../engine/ticketNumber.js"
import { emptyStats, type World } from "../engine/World.js"
import { operationTypes, type OperationType } from "../ops/index.js"
import { extraConfigItems, welcomeTicket } from "./extras.js"
import { recordedBodies, recordedWrites } from "./recordedSeed.js"
import type { RecordedWrite } from "./recordedWrite.js"
import { agentsByLogin, customersByLogin } from "./reference.js"

const credentials = (login: string): Data => {
  const agent = agentsByLogin.get(login)
  if (agent !== undefined) return { UserLogin: agent.login, Password: agent.password }
  const customer = customersByLogin.get(login)!
  return { CustomerUserLogin: customer.login, Password: customer.password }
}

/** Makes the next ids the ones the recording got, so tickets, articles and config items keep their recorded ids. */
const presetCounters = (world: World, write: RecordedWrite) => {
  const { counters } = world
  const result = write.result
  if (write.operation === "TicketCreate") {
    counters.ticketId = Number(result["TicketID"]) - 1
    counters.ticketNumber = ticketNumberCounter(String(result["TicketNumber"])) - 1
  }
  if (result["ArticleID"] !== undefined) counters.articleId = Number(result["ArticleID"]) - 1
  if (write.operation === "ConfigItemCreate") {
    counters.configItemId = Number(result["ConfigItemID"]) - 1
    counters.configItemNumber = Number(String(result["Number"]).slice(4)) - 1
  }
}

const replay = (world: World, write: RecordedWrite) => {
  world.clock = () => Date.parse(write.at)
  presetCounters(world, write)
  const key = write.operation === "TicketUpdate" ? "TicketID" : "ConfigItemID"
  const data = { ...write.body, ...credentials(write.as), ...(write.id === undefined ? {} : { [key]: write.id }) }
  const operation = operationTypes[write.operation as OperationType]
  const answer = operation({ world, data, client: { remoteAddr: "127.0.0.1", userAgent: "otrs-mcp simulator seed" } })
  if (isOpError(answer)) throw new Error(`seed: replaying ${write.fixture} failed: ${answer.Error.ErrorMessage}`)
}

/** The counters continue after the highest id of each kind, whatever order the replay went in. */
const settleCounters = (world: World) => {
  const tickets = [...world.tickets.values()]
  const { counters } = world
  counters.ticketId = Math.max(0, ...tickets.map((ticket) => ticket.ticketId))
  counters.ticketNumber = Math.max(0, ...tickets.map((ticket) => ticketNumberCounter(ticket.ticketNumber)))
  counters.articleId = Math.max(0, ...tickets.flatMap((ticket) => ticket.articles.map((article) => article.articleId)))
  counters.configItemId = Math.max(counters.configItemId, ...world.configItems.keys())
  counters.configItemNumber = Math.max(
    counters.configItemNumber,
    ...[...world.configItems.values()].map((item) => Number(item.number.slice(4)))
  )
}

/**
 * The recorded server's state: OTRS's welcome ticket, every recorded successful write replayed on its recorded
 * clock with its recorded ids, OTRS's own plain-text bodies for HTML mail, and a few more config items.
 */
export const seedWorld = (world: World): void => {
  const clock = world.clock
  for (const write of [welcomeTicket, ...recordedWrites, ...extraConfigItems]) replay(world, write)
  for (const ticket of world.tickets.values()) {
    for (const article of ticket.articles) article.body = recordedBodies[article.articleId] ?? article.body
  }
  settleCounters(world)
  world.clock = clock
  Object.assign(world.stats, emptyStats())
}
