import { formatTimestamp } from "./time.js"

const systemId = "10"

/** OTRS's DateChecksum generator: date, SystemID, a five-digit counter and a check digit. */
export const ticketNumber = (epochSeconds: number, counter: number): string => {
  const base = formatTimestamp(epochSeconds).slice(0, 10).replaceAll("-", "") + systemId + String(counter).padStart(5, "0")
  let sum = 0
  let weight = 1
  for (const digit of base) {
    sum += weight * Number(digit)
    weight = weight === 2 ? 1 : weight + 1
  }
  const check = 10 - (sum % 10)
  return base + String(check === 10 ? 1 : check)
}

/** The counter part of a ticket number made by `ticketNumber`. */
export const ticketNumberCounter = (number: string): number => Number(number.slice(10, 15))
