/** `otrs-mcp --help`. */
export const usage = `otrs-mcp: an MCP server for OTRS, Znuny and OTOBO help desks

Usage:
  otrs-mcp [--demo]                                   serve MCP on stdin/stdout (what MCP hosts run)
  otrs-mcp doctor [--demo]                            check the OTRS setup step by step and say what to fix
  otrs-mcp tools [--demo] [--markdown]                list the tools the tool policy exposes
  otrs-mcp call [--demo] [--json] <tool> ['<json>']   run one tool as MCP would and print its result
                                                      (- in place of the JSON: read it from stdin)
  otrs-mcp --help | --version

Options:
  --demo       use the built-in OTRS simulator with sample data instead of the OTRS named by OTRS_BASE_URL
  --markdown   tools: every tool and resource with its parameters, as Markdown (the README's reference)
  --json       call: print the result's structuredContent as JSON instead of its text
  -h, --help   show this help
  --version    show the version

The OTRS connection comes from the environment: OTRS_BASE_URL, OTRS_USERNAME and OTRS_PASSWORD (not needed with
--demo); OTRS_READ_ONLY, OTRS_TOOLS_ALLOW and OTRS_TOOLS_DENY choose the tools; the README lists every variable.
Logs go to stderr. call's arguments are one JSON object, e.g. otrs-mcp call get_ticket '{"ticket_id": 1}'.

Exit codes: 0 success; 1 failure (doctor found a problem, the tool answered an error, bad configuration);
2 usage error.
`
