import type { Server } from "node:http"
import type { AddressInfo, Socket } from "node:net"
import { Effect, type Scope } from "effect"
import { seedWorld } from "./data/seed.js"
import { makeWorld } from "./engine/World.js"
import { makeFaults } from "./http/faults.js"
import { makeServer } from "./http/server.js"
import { operationNames } from "./http/webServices.js"
import type { OtrsSimulator, SimulatorOptions } from "./types.js"

const listen = (server: Server, host: string, port: number) =>
  new Promise<AddressInfo>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      server.off("error", reject)
      resolve(server.address() as AddressInfo)
    })
  })

/** The server's open sockets, kept up to date as they connect and close. */
const openSockets = (server: Server): ReadonlySet<Socket> => {
  const sockets = new Set<Socket>()
  server.on("connection", (socket: Socket) => {
    sockets.add(socket)
    socket.once("close", () => sockets.delete(socket))
  })
  return sockets
}

/** An in-memory OTRS 6 + ITSM speaking the GenericInterface REST protocol on loopback, seeded with the recordings. */
export const startSimulator = async (options: SimulatorOptions = {}): Promise<OtrsSimulator> => {
  const world = makeWorld(options.sessionIdleSeconds ?? 7200)
  seedWorld(world)
  const faults = makeFaults(operationNames)
  const http = makeServer(world, faults)
  const sockets = openSockets(http.server)
  let closed = false
  const address = await listen(http.server, options.host ?? "127.0.0.1", options.port ?? 0)
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address
  const url = `http://${host}:${address.port}`
  return {
    url,
    webServiceUrl: (name = "OtrsMcp") => `${url}/otrs/nph-genericinterface.pl/Webservice/${name}`,
    inject: (fault, scope) => {
      // a fault injected after close would hit nothing, and a test reading on would pass for the wrong reason
      if (closed) throw new Error("The simulator is closed: inject faults before closing it.")
      faults.inject(fault, scope)
    },
    clearFaults: faults.clear,
    expireSessions: world.sessions.expireAll,
    stats: () => ({ ...world.stats, byOperation: { ...world.stats.byOperation } }),
    connections: () => sockets.size,
    close: () => {
      closed = true
      return http.close()
    }
  }
}

/** The simulator for the length of a scope. */
export const makeSimulator = (options?: SimulatorOptions): Effect.Effect<OtrsSimulator, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.promise(() => startSimulator(options)),
    (simulator) => Effect.promise(() => simulator.close())
  )
