/**
 * The fixed configuration of the recorded OTRS 6 + ITSM server: users, queues, states, priorities, types and
 * dynamic fields, with the ids the recordings show (shared/otrs-fixtures).
 */
export type Permission = "rw" | "ro"

export interface Agent {
  readonly id: number
  readonly login: string
  readonly password: string
  readonly firstname: string
  readonly lastname: string
  readonly email: string
  /** group id -> permission; the admin (id 1) may do everything */
  readonly groups: ReadonlyMap<number, Permission>
  /** member of itsm-configitem */
  readonly configItems: boolean
}

export interface CustomerUser {
  readonly login: string
  readonly password: string
  readonly firstname: string
  readonly lastname: string
  readonly email: string
  readonly customerId: string
}

export interface Queue {
  readonly id: number
  readonly name: string
  readonly groupId: number
}

export interface State {
  readonly id: number
  readonly name: string
  readonly typeId: number
  readonly typeName: string
}

export interface Priority {
  readonly id: number
  readonly name: string
  readonly color: string
}

export interface Named {
  readonly id: number
  readonly name: string
}

type DynamicFieldType = "Text" | "Dropdown" | "Multiselect" | "DateTime"

export interface DynamicFieldConfig {
  readonly name: string
  readonly type: DynamicFieldType
  readonly possibleValues?: ReadonlyArray<string>
}

const groups = { users: 1, admin: 2, stats: 3, restricted: 4, itsmConfigItem: 5 } as const

export const rootId = 1

const agents: ReadonlyArray<Agent> = [
  {
    id: rootId,
    login: "root@localhost",
    password: "root",
    firstname: "Admin",
    lastname: "OTRS",
    email: "root@localhost",
    groups: new Map(),
    configItems: true
  },
  {
    id: 2,
    login: "agent1",
    password: "agent1pass",
    firstname: "Agent",
    lastname: "One",
    email: "agent1@test.local",
    groups: new Map([[groups.users, "rw"], [groups.restricted, "rw"], [groups.itsmConfigItem, "rw"]]),
    configItems: true
  },
  {
    id: 3,
    login: "agent2",
    password: "agent2pass",
    firstname: "Agent",
    lastname: "Two",
    email: "agent2@test.local",
    groups: new Map([[groups.users, "rw"]]),
    configItems: false
  }
]

const customerUsers: ReadonlyArray<CustomerUser> = [
  {
    login: "customer1",
    password: "customer1pass",
    firstname: "Cust",
    lastname: "One",
    email: "customer1@test.local",
    customerId: "ACME"
  }
]

const queues: ReadonlyArray<Queue> = [
  { id: 1, name: "Postmaster", groupId: groups.users },
  { id: 2, name: "Raw", groupId: groups.users },
  { id: 3, name: "Junk", groupId: groups.users },
  { id: 4, name: "Misc", groupId: groups.users },
  { id: 5, name: "Restricted", groupId: groups.restricted }
]

const states: ReadonlyArray<State> = [
  { id: 1, name: "new", typeId: 1, typeName: "new" },
  { id: 2, name: "closed successful", typeId: 3, typeName: "closed" },
  { id: 3, name: "closed unsuccessful", typeId: 3, typeName: "closed" },
  { id: 4, name: "open", typeId: 2, typeName: "open" },
  { id: 5, name: "removed", typeId: 6, typeName: "removed" },
  { id: 6, name: "pending reminder", typeId: 4, typeName: "pending reminder" },
  { id: 7, name: "pending auto close+", typeId: 5, typeName: "pending auto" },
  { id: 8, name: "pending auto close-", typeId: 5, typeName: "pending auto" },
  { id: 9, name: "merged", typeId: 7, typeName: "merged" }
]

const priorities: ReadonlyArray<Priority> = [
  { id: 1, name: "1 very low", color: "#03c4f0" },
  { id: 2, name: "2 low", color: "#83bfc8" },
  { id: 3, name: "3 normal", color: "#cdcdcd" },
  { id: 4, name: "4 high", color: "#ffaaaa" },
  { id: 5, name: "5 very high", color: "#ff505e" }
]

const ticketTypes: ReadonlyArray<Named> = [
  { id: 1, name: "Unclassified" },
  { id: 2, name: "Incident" },
  { id: 3, name: "Service Request" },
  { id: 4, name: "Problem" }
]

const locks: ReadonlyArray<Named> = [
  { id: 1, name: "unlock" },
  { id: 2, name: "lock" },
  { id: 3, name: "tmp_lock" }
]

const senderTypes: ReadonlyArray<Named> = [
  { id: 1, name: "agent" },
  { id: 2, name: "system" },
  { id: 3, name: "customer" }
]

const communicationChannels: ReadonlyArray<Named> = [
  { id: 1, name: "Email" },
  { id: 2, name: "Phone" },
  { id: 3, name: "Internal" },
  { id: 4, name: "Chat" }
]

const criticality = ["1 very low", "2 low", "3 normal", "4 high", "5 very high"]

/** Sorted by name, the order TicketGet lists them in. */
export const ticketDynamicFields: ReadonlyArray<DynamicFieldConfig> = [
  { name: "Components", type: "Multiselect", possibleValues: ["laptop", "desktop", "network", "printer", "vpn", "email", "software"] },
  { name: "DueDate", type: "DateTime" },
  { name: "ExternalRef", type: "Text" },
  { name: "ITSMCriticality", type: "Dropdown", possibleValues: criticality },
  { name: "ITSMImpact", type: "Dropdown", possibleValues: criticality },
  { name: "Impact", type: "Dropdown", possibleValues: ["low", "medium", "high"] },
  { name: "ProcessManagementActivityID", type: "Text" },
  { name: "ProcessManagementProcessID", type: "Text" }
]

/** Each an ordinary lookup table: by id and by name. */
const lookup = <T extends { readonly id: number; readonly name: string }>(rows: ReadonlyArray<T>) => ({
  all: rows,
  byId: new Map(rows.map((row) => [row.id, row])),
  byName: new Map(rows.map((row) => [row.name, row]))
})

export const Queues = lookup(queues)
export const States = lookup(states)
export const Priorities = lookup(priorities)
export const TicketTypes = lookup(ticketTypes)
export const Locks = lookup(locks)
export const SenderTypes = lookup(senderTypes)
export const Channels = lookup(communicationChannels)
export const DynamicFields = new Map(ticketDynamicFields.map((field) => [field.name, field]))

export const agentsById = new Map(agents.map((agent) => [agent.id, agent]))
export const agentsByLogin = new Map(agents.map((agent) => [agent.login, agent]))
/** OTRS's UserLookup lowercases the login it is given and the logins it compares with. */
export const agentsByLowerLogin = new Map(agents.map((agent) => [agent.login.toLowerCase(), agent]))
export const customersByLogin = new Map(customerUsers.map((customer) => [customer.login, customer]))
/** OTRS's customer user backends look logins up regardless of case (CaseSensitive 0, the default). */
export const customersByLowerLogin = new Map(customerUsers.map((customer) => [customer.login.toLowerCase(), customer]))
export const customersByEmail = new Map(customerUsers.map((customer) => [customer.email.toLowerCase(), customer]))

export const fullName = (person: { readonly firstname: string; readonly lastname: string }) =>
  `${person.firstname} ${person.lastname}`

/** The moment the recorded server's users were created (SessionGet shows it as ChangeTime/CreateTime). */
export const usersCreated = Date.UTC(2026, 10, 24, 5, 3, 26) / 1000

/** `"First Last" <email>`, how OTRS writes a known customer user as an article sender. */
export const mailbox = (person: { readonly firstname: string; readonly lastname: string; readonly email: string }) =>
  `"${fullName(person)}" <${person.email}>`
