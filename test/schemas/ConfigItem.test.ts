import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import {
  ConfigItemCreateResponse,
  ConfigItemDeleteResponse,
  ConfigItemGetResponse,
  ConfigItemUpdateResponse
} from "../../src/schemas/ConfigItem.js"
import { ConfigItemSearchResponse, TicketSearchResponse } from "../../src/schemas/Search.js"
import { decodeIssues } from "./decodeIssues.js"
import { responseOf } from "../support/fixtures.js"

const configItems = Schema.decodeUnknownSync(ConfigItemGetResponse)

describe("ConfigItemGet", () => {
  it("reads ConfigItemID and VersionID sent as strings or numbers", () => {
    expect(configItems(responseOf("configitem-get.ok-attachments.json"))[0]).toMatchObject({ id: 2, versionId: 2 })
    const items = configItems(responseOf("configitem-get.multiple-ids.json"))
    expect(items.map((item) => [item.id, item.versionId])).toEqual([[1, 1], [2, 2]])
  })

  it("keeps CIXMLData's nested objects and arrays of repeated attributes", () => {
    const [laptop, server] = configItems(responseOf("configitem-get.multiple-ids.json"))
    expect(laptop?.attributes["NIC"]).toEqual({ NIC: "eth0", IPoverDHCP: "Yes", IPAddress: "10.0.3.15" })
    expect(server?.attributes["CPU"]).toEqual(["Xeon Silver 4210", "Xeon Silver 4210"])
    expect(server?.attributes["NIC"]).toEqual([
      { IPAddress: "10.0.0.11", IPoverDHCP: "No", NIC: "eno1" },
      { IPoverDHCP: "No", IPAddress: "192.168.1.10", NIC: "eno2" }
    ])
  })

  it("maps states and types", () => {
    expect(configItems(responseOf("configitem-get.sessionid.json"))[0]).toMatchObject({
      number: "1022000001",
      name: "ws-floor3-001",
      class: "Computer",
      deploymentState: "Production",
      deploymentStateType: "productive",
      incidentState: "Warning",
      incidentStateType: "warning",
      currentDeploymentState: "Production",
      currentIncidentState: "Warning",
      created: "2026-11-24 05:07:04",
      attachments: []
    })
  })

  it("reads attachments with their size under Preferences", () => {
    expect(configItems(responseOf("configitem-get.ok-attachments.json"))[0]?.attachments).toEqual([
      { filename: "location.txt", contentType: "text/plain", size: 15, content: "cmFjayA0LCB1bml0IDEy" }
    ])
  })

  it("reads numbers inside CIXMLData as strings, and no CIXMLData as no attributes", () => {
    const wire = structuredClone(responseOf("configitem-get.ok.json"))
    wire.ConfigItem[0].CIXMLData = { Ram: 16, Disk: [{ Capacity: 512 }] }
    expect(configItems(wire)[0]?.attributes).toEqual({ Ram: "16", Disk: [{ Capacity: "512" }] })
    wire.ConfigItem[0].CIXMLData = ""
    expect(configItems(wire)[0]?.attributes).toEqual({})
  })

  it("names the attachment that has no usable size", () => {
    const wire = structuredClone(responseOf("configitem-get.ok-attachments.json"))
    wire.ConfigItem[0].Attachment[0].Preferences = {}
    wire.ConfigItem[0].Attachment[0].Filesize = "15 Bytes"
    expect(decodeIssues(ConfigItemGetResponse, wire)).toEqual([
      "ConfigItem.0.Attachment.0: Expected a file size in Preferences.FilesizeRaw, FilesizeRaw or Filesize"
    ])
  })
})

describe("searches", () => {
  it("read TicketSearch's {} as no tickets, by GET and by POST", () => {
    const decode = Schema.decodeUnknownSync(TicketSearchResponse)
    expect(decode(responseOf("ticket-search.no-result.json"))).toEqual([])
    expect(decode(responseOf("ticket-search-post.dynamicfield-like-nomatch.json"))).toEqual([])
    expect(decode(responseOf("ticket-search-post.dynamicfield-equals.json"))).toEqual([8])
    expect(decode(responseOf("ticket-search.sort-priority-down.json"))).toEqual([3, 5, 2, 7, 1, 6, 4])
  })

  it("read ConfigItemSearch's \"\" as no config items", () => {
    const decode = Schema.decodeUnknownSync(ConfigItemSearchResponse)
    expect(decode(responseOf("configitem-search.no-result.json"))).toEqual([])
    expect(decode(responseOf("configitem-search.by-xmldata.json"))).toEqual([2])
    expect(decode(responseOf("configitem-search.by-class.json"))).toEqual([1, 2])
  })
})

describe("config item writes", () => {
  it("read the saved item's id and number", () => {
    expect(Schema.decodeUnknownSync(ConfigItemCreateResponse)(responseOf("configitem-create.ok.json"))).toEqual({
      configItemId: 1,
      number: "1022000001"
    })
    expect(Schema.decodeUnknownSync(ConfigItemUpdateResponse)(responseOf("configitem-update.ok.json"))).toEqual({
      configItemId: 1,
      number: "1022000001"
    })
  })

  it("read the deleted ids", () => {
    expect(Schema.decodeUnknownSync(ConfigItemDeleteResponse)(responseOf("configitem-delete.ok.json"))).toEqual({
      configItemIds: [3]
    })
  })
})
