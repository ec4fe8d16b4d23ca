// esbuild options shared by everything bundled to run on Node: the otrs-mcp command (scripts/bundle.mjs) and the
// baseline server the benchmarks compare it with (scripts/bench.mjs), so that their cold starts compare fairly.
export const nodeBundleOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // Bundled CommonJS dependencies (undici among them) call require(), which ESM does not define; every chunk is
  // a module of its own and needs it.
  banner: {
    js: [
      "import { createRequire as __otrsMcpCreateRequire } from \"node:module\";",
      "const require = __otrsMcpCreateRequire(import.meta.url);"
    ].join("\n")
  },
  // Whitespace and syntax only: identifiers keep their names, so stack traces stay readable. No keepNames: it
  // wraps every closure created at run time in a defineProperty call, and Effect creates closures on every call
  // (measured: 6.42 -> 5.92 ms of server CPU per get_ticket).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning"
}
