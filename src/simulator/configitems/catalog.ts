/** The ITSM general catalog entries config items use, with the recorded class id (Computer = 22). */
interface CatalogState {
  readonly name: string
  readonly id: number
  /** the Functionality preference: productive, preproductive, ... / operational, warning, incident */
  readonly type: string
}

const computerClassId = 22

export const configItemClasses: ReadonlyMap<string, number> = new Map([["Computer", computerClassId]])
export const classNames: ReadonlyMap<number, string> = new Map([[computerClassId, "Computer"]])

const deploymentStates: ReadonlyArray<CatalogState> = [
  { name: "Expired", id: 51, type: "postproductive" },
  { name: "Inactive", id: 52, type: "postproductive" },
  { name: "Maintenance", id: 53, type: "maintenance" },
  { name: "Pilot", id: 54, type: "preproductive" },
  { name: "Planned", id: 55, type: "preproductive" },
  { name: "Production", id: 56, type: "productive" },
  { name: "Repair", id: 57, type: "maintenance" },
  { name: "Retired", id: 58, type: "postproductive" },
  { name: "Review", id: 59, type: "maintenance" },
  { name: "Test/QA", id: 60, type: "preproductive" }
]

const incidentStates: ReadonlyArray<CatalogState> = [
  { name: "Operational", id: 1, type: "operational" },
  { name: "Warning", id: 2, type: "warning" },
  { name: "Incident", id: 3, type: "incident" }
]

export const deploymentStatesByName = new Map(deploymentStates.map((state) => [state.name, state]))
export const incidentStatesByName = new Map(incidentStates.map((state) => [state.name, state]))

export const catalogs: ReadonlyMap<string, ReadonlyArray<string>> = new Map([
  ["ITSM::ConfigItem::Computer::Type", ["Desktop", "Laptop", "Workplace", "Server", "Phone", "Pager", "Other"]],
  ["ITSM::ConfigItem::YesNo", ["Yes", "No"]]
])
