import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { agent1, agent2, call, getTicket } from "./otrs.js"

const historyOf = async (simulator: OtrsSimulator, id: string) =>
  (await call(simulator, `/TicketHistory/${id}`, { query: agent1 })).json.TicketHistory[0].History.map(
    (entry: any) => `${entry.HistoryType} ${entry.Name}`
  )

describe("writes change what reads return", () => {
  let simulator: OtrsSimulator
  let ticketId: string
  beforeAll(async () => {
    simulator = await startSimulator()
    const created = await call(simulator, "/Ticket", {
      method: "POST",
      body: {
        ...agent1,
        Ticket: { Title: "Monitor flickers", Queue: "Raw", State: "new", Priority: "2 low", CustomerUser: "customer1" },
        Article: {
          CommunicationChannel: "Phone",
          SenderType: "customer",
          Subject: "Monitor flickers",
          Body: "The monitor flickers \u{1F62C} since Monday.",
          ContentType: "text/plain; charset=utf8"
        },
        DynamicField: { Name: "Components", Value: ["desktop"] }
      }
    })
    ticketId = created.json.TicketID
  })
  afterAll(() => simulator.close())

  it("TicketCreate makes a ticket with a new id, an OTRS ticket number and its history", async () => {
    expect(ticketId).toBe("59")
    const ticket = (await getTicket(simulator, ticketId, { AllArticles: 1, DynamicFields: 1 })).json.Ticket[0]
    const today = new Date().toISOString().slice(0, 10).replaceAll("-", "")
    expect(ticket.TicketNumber).toMatch(new RegExp(`^${today}1000058\\d$`))
    expect([ticket.Title, ticket.Queue, ticket.State, ticket.Priority, ticket.Owner, ticket.CustomerID]).toEqual(
      ["Monitor flickers", "Raw", "new", "2 low", "agent1", "ACME"]
    )
    expect(ticket.Article[0].From).toBe("\"Cust One\" <customer1@test.local>")
    expect(ticket.Article[0].To).toBe("Raw")
    expect(ticket.Article[0].Body).toBe("The monitor flickers \uFFFD since Monday.")
    expect(ticket.DynamicField.find((field: any) => field.Name === "Components").Value).toEqual(["desktop"])
    expect(await historyOf(simulator, ticketId)).toEqual([
      `NewTicket %%${ticket.TicketNumber}%%Raw%%2 low%%new%%59`,
      "ServiceUpdate %%NULL%%%%NULL%%",
      "SLAUpdate %%NULL%%%%NULL%%",
      "CustomerUpdate %%CustomerID=ACME;CustomerUser=customer1;",
      "NewTicket %%GenericInterface Create",
      "OwnerUpdate %%agent1%%2",
      "TicketDynamicFieldUpdate %%FieldName%%Components%%Value%%desktop%%OldValue%%"
    ])
    expect((await call(simulator, "/Ticket", { query: { ...agent1, Title: "monitor*" } })).json.TicketID).toEqual([ticketId])
  })

  it("TicketUpdate changes fields, adds articles (HTML converted, attachments) and logs it all", async () => {
    const updated = await call(simulator, `/Ticket/${ticketId}`, {
      method: "PATCH",
      body: {
        ...agent1,
        Ticket: { State: "open", Owner: "agent2", Priority: "4 high" },
        Article: {
          CommunicationChannel: "Email",
          SenderType: "agent",
          To: "customer1@test.local",
          Subject: "RE: Monitor flickers",
          Body: "<p>Please try the <a href=\"https://kb.test/cable\">other cable</a>.</p>\n",
          ContentType: "text/html; charset=utf8",
          TimeUnit: 5
        },
        Attachment: { Content: Buffer.from("cable list").toString("base64"), ContentType: "text/plain", Filename: "cables.txt" },
        DynamicField: [{ Name: "Impact", Value: "medium" }]
      }
    })
    expect(updated.json).toEqual({ TicketID: ticketId, TicketNumber: expect.any(String), ArticleID: 130 })
    const query = { AllArticles: 1, Attachments: 1, HTMLBodyAsAttachment: 1, DynamicFields: 1, Extended: 1 }
    const ticket = (await getTicket(simulator, ticketId, query)).json.Ticket[0]
    expect([ticket.State, ticket.Owner, ticket.Priority, ticket.TimeUnit]).toEqual(["open", "agent2", "4 high", 5])
    expect(ticket.FirstResponse).toBe(ticket.Article[1].CreateTime)
    const reply = ticket.Article[1]
    expect([reply.ArticleNumber, reply.From, reply.ContentType]).toEqual([2, "Agent One", "text/plain; charset=utf8"])
    expect(reply.Body).toBe("\nPlease try the [1]other cable.\n\n\n[1] https://kb.test/cable\n")
    expect(reply.Attachment.map((file: any) => [file.FileID, file.Filename, file.ContentType])).toEqual([
      ["1", "file-2", "text/html; charset=\"utf8\""],
      ["2", "cables.txt", "text/plain"]
    ])
    expect(Buffer.from(reply.Attachment[1].Content, "base64").toString()).toBe("cable list")
    expect((await historyOf(simulator, ticketId)).slice(7)).toEqual([
      "StateUpdate %%new%%open%%",
      "SetPendingTime %%00-00-00 00:00",
      "PriorityUpdate %%2 low%%2%%4 high%%4",
      "OwnerUpdate %%agent2%%3",
      "AddNote %%GenericInterface Note",
      "Misc Reset of unlock time.",
      "TimeAccounting %%5%%5",
      "TicketDynamicFieldUpdate %%FieldName%%Impact%%Value%%medium%%OldValue%%",
      "SendAgentNotification %%Ticket owner update notification%%agent2%%Email",
      "SendAgentNotification %%Ticket new note notification%%agent2%%Email"
    ])
  })

  it("pending states need a pending time, which TicketGet then shows while the ticket is pending", async () => {
    const withoutTime = await call(simulator, `/Ticket/${ticketId}`, {
      method: "PATCH",
      body: { ...agent2, Ticket: { State: "pending reminder", Title: "Waiting for logs", Priority: "5 very high" } }
    })
    expect(withoutTime.json.Error).toEqual({
      ErrorCode: "TicketUpdate.MissingParameter",
      ErrorMessage: "Can't set a ticket on a pending state without pendig time!"
    })
    // OTRS refuses while setting the state: the title, set before, stays; the priority, set after, does not
    const refused = (await getTicket(simulator, ticketId)).json.Ticket[0]
    expect([refused.Title, refused.Priority]).toEqual(["Waiting for logs", "4 high"])
    await call(simulator, `/Ticket/${ticketId}`, {
      method: "PATCH",
      body: { ...agent2, Ticket: { State: "pending reminder", PendingTime: { Diff: 60 } } }
    })
    const pending = (await getTicket(simulator, ticketId)).json.Ticket[0]
    expect(pending.RealTillTimeNotUsed).toBeGreaterThan(Date.now() / 1000)
    expect(pending.UntilTime).toBeGreaterThan(3500)
    await call(simulator, `/Ticket/${ticketId}`, { method: "PATCH", body: { ...agent2, Ticket: { State: "closed successful" } } })
    const closed = (await getTicket(simulator, ticketId, { Extended: 1 })).json.Ticket[0]
    expect([closed.State, closed.RealTillTimeNotUsed, closed.UntilTime]).toEqual(["closed successful", 0, 0])
    expect(closed.Closed).toBeDefined()
    const pendingTime = new Date(pending.RealTillTimeNotUsed * 1000).toISOString().slice(0, 16).replace("T", " ")
    expect((await historyOf(simulator, ticketId)).slice(-4)).toEqual([
      `SetPendingTime %%${pendingTime}`,
      "StateUpdate %%open%%pending reminder%%",
      "StateUpdate %%pending reminder%%closed successful%%",
      "SetPendingTime %%00-00-00 00:00"
    ])
  })

  it("takes an owner's login in any case and by user id, as OTRS's UserLookup does", async () => {
    const update = (body: object) => call(simulator, "/Ticket/2", { method: "PATCH", body: { ...agent1, ...body } })
    expect((await update({ Ticket: { Owner: "AGENT2", ResponsibleID: 2 } })).json.Error).toBeUndefined()
    expect((await update({ Ticket: { OwnerID: 99 } })).json.Error.ErrorMessage).toBe("TicketUpdate: Ticket->OwnerID or Ticket->Owner parameter is invalid!")
  })

  it("rejects what OTRS rejects, with its messages", async () => {
    const update = (body: object) => call(simulator, "/Ticket/2", { method: "PATCH", body: { ...agent1, ...body } })
    expect((await update({ Ticket: { Queue: "Nope" } })).json.Error.ErrorMessage).toBe("TicketUpdate: Ticket->QueueID or Ticket->Queue parameter is invalid!")
    expect((await update({ Ticket: { Owner: "nobody" } })).json.Error.ErrorMessage).toBe("TicketUpdate: Ticket->OwnerID or Ticket->Owner parameter is invalid!")
    expect((await update({ DynamicField: { Name: "Impact", Value: "huge" } })).json.Error.ErrorMessage).toBe("TicketUpdate: DynamicField->Value parameter is invalid!")
    expect((await update({ DynamicField: { Name: "Nope", Value: "x" } })).json.Error.ErrorMessage).toBe("TicketUpdate: DynamicField->Name parameter is invalid!")
    expect((await update({ Article: { Subject: "no body" } })).json.Error.ErrorMessage).toBe("TicketUpdate: Article->Body parameter is missing!")
  })

  it("config items are created, updated to a new version and deleted", async () => {
    const item = {
      Class: "Computer",
      Name: "nb-test-01",
      DeplState: "Planned",
      InciState: "Operational",
      CIXMLData: { Type: "Laptop", CPU: ["i5", "i5"], NIC: { NIC: "wlan0", IPoverDHCP: "Yes" } }
    }
    // create, update and delete are in the recorded config-item web service, not in the one otrs-mcp ships
    const webService = "GenericConfigItemConnectorREST"
    const created = await call(simulator, "/ConfigItem", { method: "POST", body: { ...agent1, ConfigItem: item }, webService })
    expect(created.json).toEqual({ ConfigItemID: "8", Number: "1022000008" })
    const first = (await call(simulator, "/ConfigItem/8", { query: agent1, webService })).json.ConfigItem[0]
    expect([first.Name, first.DeplState, first.CIXMLData]).toEqual([
      "nb-test-01",
      "Planned",
      { Type: "Laptop", CPU: ["i5", "i5"], NIC: { NIC: "wlan0", IPoverDHCP: "Yes" } }
    ])
    await call(simulator, "/ConfigItem/8", { method: "PATCH", body: { ...agent1, ConfigItem: { ...item, DeplState: "Production", InciState: "Incident" } }, webService })
    const second = (await call(simulator, "/ConfigItem/8", { query: agent1, webService })).json.ConfigItem[0]
    expect([second.DeplState, second.CurInciState, second.CurInciStateType, second.LastVersionID]).toEqual(["Production", "Incident", "incident", first.LastVersionID + 1])
    const search = (body: object) => call(simulator, "/ConfigItem/Search", { method: "POST", body: { ...agent1, ConfigItem: { Class: "Computer", ...body } } })
    expect((await search({ InciStates: ["Incident"] })).json.ConfigItemIDs).toEqual([6, 8])
    expect((await call(simulator, "/ConfigItem/8", { method: "DELETE", query: agent1, webService })).json).toEqual({ ConfigItemID: ["8"] })
    expect((await search({ Name: "nb-test-*" })).json).toEqual({ ConfigItemIDs: "" })
  })
})
