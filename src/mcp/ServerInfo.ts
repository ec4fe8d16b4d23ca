import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const NAME = "otrs-mcp"

/**
 * The version in otrs-mcp's package.json, read once at start-up. The file is found by walking up from this
 * module, which works from src/ (tests), build/ (tsc) and dist/ (the bundle) alike.
 */
const readVersion = (): string => {
  let directory = dirname(fileURLToPath(import.meta.url))
  while (true) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as {
        readonly name?: unknown
        readonly version?: unknown
      }
      if (manifest.name === NAME && typeof manifest.version === "string") return manifest.version
    } catch {
      // no readable package.json here: keep walking up
    }
    const parent = dirname(directory)
    if (parent === directory) return "unknown"
    directory = parent
  }
}

export const serverInfo = { name: NAME, version: readVersion() } as const
