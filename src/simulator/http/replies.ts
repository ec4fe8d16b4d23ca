import type { ServerResponse } from "node:http"

const send = (
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  options: { readonly keepAlive: boolean; readonly headers?: Readonly<Record<string, string>> }
) => {
  if (response.headersSent || response.destroyed) return
  const payload = Buffer.from(body, "utf8")
  response.writeHead(status, {
    "Content-Type": contentType,
    "Content-Length": String(payload.length),
    Connection: options.keepAlive ? "keep-alive" : "close",
    ...options.headers
  })
  response.end(payload)
}

/** An operation's answer: always HTTP 200, errors included. */
export const sendJson = (response: ServerResponse, body: unknown) =>
  send(response, 200, "application/json; charset=UTF-8", JSON.stringify(body), { keepAlive: true })

/** OTRS's transport errors: HTTP 500 (or another status) with a plain-text message. */
export const sendText = (response: ServerResponse, status: number, text: string, keepAlive = true) =>
  send(response, status, "text/plain; charset=UTF-8", text, { keepAlive })

export const sendNotFound = (response: ServerResponse) =>
  send(response, 404, "text/html; charset=iso-8859-1", "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n", { keepAlive: true })

/** A faulted answer closes the connection afterwards; `reason` is the status's standard text, if it has one. */
export const sendStatusFault = (response: ServerResponse, status: number, reason: string | undefined) =>
  sendText(response, status, `${status} ${reason ?? "Error"}`, false)

export const sendLoginPage = (response: ServerResponse) =>
  send(
    response,
    200,
    "text/html; charset=utf-8",
    "<!DOCTYPE html>\n<html><head><title>Login - OTRS</title></head><body><form action=\"/otrs/index.pl\" method=\"post\"><input name=\"User\"><input name=\"Password\" type=\"password\"><button>Log in</button></form></body></html>\n",
    { keepAlive: false }
  )

export const sendTruncatedJson = (response: ServerResponse) =>
  send(response, 200, "application/json; charset=UTF-8", "{\"Ticket\":[{\"TicketID\":2,\"Title\":\"Printer jam", { keepAlive: false })

export const sendRedirect = (response: ServerResponse, location: string) =>
  send(
    response,
    301,
    "text/html; charset=iso-8859-1",
    `<html><head><title>301 Moved Permanently</title></head><body><a href="${location}">Moved Permanently</a></body></html>\n`,
    { keepAlive: false, headers: { Location: location } }
  )
