import { textList } from "../engine/params.js"

/** TicketID as `2,3,4` from the route or repeated in the query (TicketGetList). */
export const requestedIds = (value: unknown): ReadonlyArray<string> =>
  textList(value).flatMap((item) => item.split(",")).map((id) => id.trim()).filter((id) => id !== "")

export const asId = (raw: string): number => (/^\d+$/.test(raw) ? Number(raw) : -1)
