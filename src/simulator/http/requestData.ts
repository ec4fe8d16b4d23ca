import type { Data } from "../engine/params.js"

/** The query string as OTRS reads it: repeated names become lists. */
const queryData = (search: string): Record<string, string | Array<string>> => {
  const data: Record<string, string | Array<string>> = {}
  for (const [key, value] of new URLSearchParams(search)) {
    const previous = data[key]
    data[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value]
  }
  return data
}

/**
 * The operation's input, merged like OTRS's HTTP::REST transport: a JSON object body, overridden by the query
 * string and the route's parameters. GET ignores its body entirely; a body that is no JSON is a decoding error.
 */
export const requestData = (
  method: string,
  search: string,
  params: Readonly<Record<string, string>>,
  body: string
): Data | "undecodable" => {
  const uri = { ...queryData(search), ...params }
  if (method === "GET" || method === "HEAD" || body.trim() === "") return uri
  let decoded: unknown
  try {
    decoded = JSON.parse(body)
  } catch {
    return "undecodable"
  }
  return typeof decoded === "object" && decoded !== null && !Array.isArray(decoded) ? { ...decoded, ...uri } : uri
}
