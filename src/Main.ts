import { main } from "./cli/Cli.js"

main(process.argv.slice(2))
