export { makeSimulator, startSimulator } from "./Simulator.js"
export type { Fault, FaultScope, OtrsSimulator, SimulatorOptions, SimulatorStats } from "./types.js"
