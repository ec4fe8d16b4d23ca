import { execFileSync, execSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createServer, type Server } from "node:https"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

/** Whether openssl is installed: node:crypto alone cannot write an X.509 certificate. */
export const hasOpenssl = (() => {
  try {
    execSync("which openssl", { stdio: "ignore" })
    return true
  } catch {
    return false
  }
})()

export interface Certificate {
  readonly certFile: string
  readonly cert: string
  readonly key: string
}

/** Throwaway self-signed certificates in a temp dir, removed by `remove`. */
export const certificates = () => {
  const dir = mkdtempSync(join(tmpdir(), "otrs-mcp-doctor-"))
  let count = 0
  return {
    make: (options: { readonly subjectAltName: string; readonly days: number }): Certificate => {
      const name = `cert${count++}`
      const keyFile = join(dir, `${name}.key`)
      const certFile = join(dir, `${name}.pem`)
      execFileSync("openssl", [
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", keyFile, "-out", certFile, "-days", String(options.days),
        "-subj", "/CN=otrs-mcp doctor test", "-addext", `subjectAltName=${options.subjectAltName}`
      ], { stdio: "ignore" })
      return { certFile, cert: readFileSync(certFile, "utf8"), key: readFileSync(keyFile, "utf8") }
    },
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

/** An https server on loopback answering 404 to everything: enough for the TLS step. */
export const startHttpsServer = async (certificate: Certificate): Promise<{ readonly port: number; readonly close: () => Promise<void> }> => {
  const server: Server = createServer({ cert: certificate.cert, key: certificate.key }, (_request, response) => {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found")
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  }
}
