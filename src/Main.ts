import { main } from "./cli/Cli.js"

main(process.argv.slice(2))

// for the launcher (src/boot/bin.ts), which runs this as the bundle
export { toolsLoaded } from "./tools/modules.js"
