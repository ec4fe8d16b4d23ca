// An esbuild plugin for the otrs-mcp bundle: in the sources, `import { Effect, Schema as S, pipe } from "effect"`
// becomes `import * as Effect from "effect/Effect"`, `import * as S from "effect/Schema"` and
// `import { pipe } from "effect/Function"`, the modules effect's index re-exports them from.
//
// Why: the server loads its tools' modules when it first needs them (src/tools/modules.ts), with import(), and
// esbuild evaluates every module such an import reaches only when the import runs. It cannot do that with part of a
// module, so effect's index would be evaluated whole, its 175 modules (20 ms), where the sources use a few dozen.
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"

/** effect's index (ES module build): namespace name -> module name, and what it re-exports from ./Function.js. */
const indexExports = () => {
  const packageJson = createRequire(import.meta.url).resolve("effect/package.json")
  const index = readFileSync(join(dirname(packageJson), "dist/esm/index.js"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "")
  const namespaces = new Map([...index.matchAll(/export \* as (\w+) from "\.\/(\w+)\.js"/g)].map((m) => [m[1], m[2]]))
  const functions = /export \{([^}]*)\} from "\.\/Function\.js"/.exec(index)?.[1].split(",").map((name) => name.trim())
  if (namespaces.size === 0 || functions === undefined) throw new Error("effect's index no longer reads as expected")
  return { namespaces, functions: new Set(functions.filter((name) => name !== "")) }
}

/**
 * `import { ... } from "effect"`, on one line or several, with or without a semicolon or a comment after it;
 * esbuild drops `import type` lines itself.
 */
const indexImport = /^import \{([^}]*)\} from "effect";?(?=[ \t]*(?:\/\/[^\n]*)?\r?$)/gm

const withoutComments = (text) => text.replace(/\/\/[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "")

export const effectSubpaths = () => ({
  name: "effect-subpaths",
  setup(build) {
    const { functions, namespaces } = indexExports()
    const subpathImport = (specifier) => {
      const [imported, local = imported] = specifier.split(/\s+as\s+/)
      if (functions.has(imported)) return `import { ${imported} as ${local} } from "effect/Function"`
      const module = namespaces.get(imported)
      if (module === undefined) throw new Error(`effect's index has no namespace ${imported}`)
      return `import * as ${local} from "effect/${module}"`
    }
    const rewrite = (clause) =>
      withoutComments(clause).split(",").map((specifier) => specifier.trim())
        .filter((specifier) => specifier !== "" && !specifier.startsWith("type "))
        .map(subpathImport)
        .join("; ")
    // as many lines as the import took, so that the source map's lines still match the file's
    const replace = (whole, clause) => rewrite(clause) + "\n".repeat(whole.split("\n").length - 1)
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => ({
      contents: readFileSync(path, "utf8").replace(indexImport, replace),
      loader: "ts"
    }))
  }
})
