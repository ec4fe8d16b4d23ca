// Bundles src/Main.ts into the single file `npm run build` ships as the otrs-mcp command: dist/otrs-mcp.js.
import { chmodSync } from "node:fs"
import { build } from "esbuild"

const outfile = "dist/otrs-mcp.js"

await build({
  entryPoints: ["src/Main.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // Bundled CommonJS dependencies (undici among them) call require(), which ESM does not define.
  banner: {
    js: [
      "#!/usr/bin/env node",
      "import { createRequire as __otrsMcpCreateRequire } from \"node:module\";",
      "const require = __otrsMcpCreateRequire(import.meta.url);"
    ].join("\n")
  },
  // Whitespace and syntax only: identifiers keep their names, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning"
})

// Runnable as ./dist/otrs-mcp.js, as MCP host configurations often do.
chmodSync(outfile, 0o755)
