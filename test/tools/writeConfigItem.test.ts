import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { ConfigItemGetResponse } from "../../src/schemas/ConfigItem.js"
import {
  flattenAttributes,
  renderConfigItemDetails,
  toConfigItemDetails,
  toConfigItemSummary
} from "../../src/tools/format/configItem.js"
import { CmdbAccessDenied } from "../../src/tools/format/configItemAccess.js"
import { OtrsNotFoundOrDenied } from "../../src/services/OtrsErrors.js"
import { responseOf } from "../support/fixtures.js"

const itemsOf = (file: string) => Schema.decodeUnknownSync(ConfigItemGetResponse)(responseOf(file))

describe("flattenAttributes", () => {
  it("makes a group's own-named child its value and sorts the keys", () => {
    const [item] = itemsOf("configitem-get.ok.json")
    expect(item && flattenAttributes(item.attributes)).toStrictEqual({
      CPU: "Intel i7-1365U",
      CustomerID: "ACME",
      Description: "Reception laptop",
      FQDN: "ws-floor3-001.test.local",
      HardDisk: "nvme0",
      "HardDisk.Capacity": "512 GB",
      InstallDate: "2024-07-01",
      Model: "Latitude 7440",
      NIC: "eth0",
      "NIC.IPAddress": "10.0.3.15",
      "NIC.IPoverDHCP": "Yes",
      Note: "asset tag 4711",
      OperatingSystem: "Debian 12",
      Ram: "16 GB",
      SerialNumber: "SN-0001",
      Type: "Laptop",
      Vendor: "Dell",
      WarrantyExpirationDate: "2027-06-30"
    })
  })

  it("numbers repeated attributes from 1", () => {
    const [item] = itemsOf("configitem-get.ok-attachments.json")
    expect(item && flattenAttributes(item.attributes)).toStrictEqual({
      "CPU[1]": "Xeon Silver 4210",
      "CPU[2]": "Xeon Silver 4210",
      Model: "DL380 Gen10",
      "NIC[1]": "eno1",
      "NIC[1].IPAddress": "10.0.0.11",
      "NIC[1].IPoverDHCP": "No",
      "NIC[2]": "eno2",
      "NIC[2].IPAddress": "192.168.1.10",
      "NIC[2].IPoverDHCP": "No",
      OperatingSystem: "Debian 12",
      "Ram[1]": "64 GB",
      "Ram[2]": "64 GB",
      SerialNumber: "SN-0002",
      Type: "Server",
      Vendor: "HPE"
    })
  })

  it("leaves out empty values and unwraps single-element lists", () => {
    expect(flattenAttributes({
      Empty: "",
      Nothing: null,
      Single: ["one"],
      Group: { Group: "", Sub: ["x", { Sub: "y", Deep: "z" }] }
    })).toEqual({ "Group.Sub[1]": "x", "Group.Sub[2]": "y", "Group.Sub[2].Deep": "z", Single: "one" })
  })
})

describe("config item output", () => {
  it("has attachment metadata without contents", () => {
    const [item] = itemsOf("configitem-get.ok-attachments.json")
    const details = item && toConfigItemDetails(item)
    expect(details).toMatchObject({
      id: 2,
      number: "1022000002",
      name: "srv-db-01",
      class: "Computer",
      deployment_state: "Production",
      incident_state: "Operational",
      changed: "2026-11-24 05:07:01",
      attachments: [{ filename: "location.txt", content_type: "text/plain", size: 15 }]
    })
    expect(details).not.toHaveProperty("current_incident_state")
    expect(details && renderConfigItemDetails(details)).toContain("NIC[2].IPAddress: 192.168.1.10")
  })

  it("summarizes each item of a batched get", () => {
    expect(itemsOf("configitem-get.multiple-ids.json").map(toConfigItemSummary)).toEqual([
      { id: 1, number: "1022000001", name: "ws-floor3-001", deployment_state: "Production", incident_state: "Operational" },
      { id: 2, number: "1022000002", name: "srv-db-01", deployment_state: "Production", incident_state: "Operational" }
    ])
  })
})

describe("CmdbAccessDenied", () => {
  const denied = new OtrsNotFoundOrDenied({
    operation: "ConfigItemSearch",
    subject: "the requested object",
    otrsMessage: "ConfigItemSearch: Can not search configuration items!"
  })

  it("says a denied search is a missing CMDB permission", () => {
    const message = CmdbAccessDenied.fromOtrs(denied).message
    expect(message).toContain("the agent may not read config items")
    expect(message).toContain("itsm-configitem")
    expect(message).not.toContain("does not exist")
  })

  it("says a denied get may be either", () => {
    const message = CmdbAccessDenied.fromOtrs(denied, 7).message
    expect(message).toContain("config item 7 does not exist, or the agent may not read config items")
    expect(message).toContain("Check the id (search_config_items lists them).")
  })

  it("takes an id with a config item number's digits for what it likely is", () => {
    expect(CmdbAccessDenied.fromOtrs(denied, 1022000001).message).toContain(
      "1022000001 looks like a config item's number rather than its id: search_config_items with number " +
        "\"1022000001\" gives the id."
    )
  })
})
