// esbuild options shared by everything bundled to run on Node: the otrs-mcp bundle (scripts/bundle.mjs) and the
// baseline server the benchmarks compare it with (scripts/bench.mjs), so that their cold starts compare fairly.
export const nodeBundleOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  // CommonJS: Node 20 can keep V8's compiled code for a script (src/boot/compileCache.ts), not for an ES module.
  format: "cjs",
  // import.meta does not exist in CommonJS; the bundle's own URL stands in for the modules' (src/mcp/ServerInfo.ts
  // finds package.json from it).
  define: { "import.meta.url": "__bundleUrl" },
  // "use strict" first: esbuild puts its own after the banner, where it would no longer count.
  banner: { js: "\"use strict\";\nvar __bundleUrl = require(\"node:url\").pathToFileURL(__filename).href;" },
  // Whitespace and syntax only: identifiers keep their names, so stack traces stay readable. No keepNames: it
  // wraps every closure created at run time in a defineProperty call, and Effect creates closures on every call
  // (measured: 6.42 -> 5.92 ms of server CPU per get_ticket).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning"
}
