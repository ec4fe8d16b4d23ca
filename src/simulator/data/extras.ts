import type { RecordedWrite } from "./recordedWrite.js"

/**
 * Seed data the recordings do not contain: OTRS's welcome ticket (ticket 1, there before the recordings began)
 * and a few more config items, written in the recordings' request format and replayed the same way.
 */
export const welcomeTicket: RecordedWrite = {
  fixture: "(installation)",
  at: "2026-11-24T05:02:41Z",
  operation: "TicketCreate",
  as: "root@localhost",
  body: {
    Ticket: {
      Title: "Welcome to OTRS!",
      Queue: "Raw",
      State: "new",
      Priority: "3 normal",
      CustomerUser: "info@otrs.com",
      CustomerID: "OTRS"
    },
    Article: {
      CommunicationChannel: "Email",
      SenderType: "customer",
      From: "OTRS Feedback <marketing@otrs.com>",
      To: "Your OTRS System <otrs@localhost>",
      Subject: "Welcome to OTRS!",
      Body: "Welcome to OTRS!\n\nThank you for installing OTRS, the world’s most popular service management software.\n\n" +
        "You will find updates and patches for OTRS at https://www.otrs.com/.\n\nYour OTRS Team\n",
      ContentType: "text/plain; charset=utf8"
    }
  },
  result: { TicketID: "1", TicketNumber: "2026112410000001", ArticleID: 1 }
}

const computer = (name: string, deplState: string, inciState: string, data: Readonly<Record<string, unknown>>) => ({
  ConfigItem: { Class: "Computer", Name: name, DeplState: deplState, InciState: inciState, CIXMLData: data }
})

const configItem = (id: number, at: string, body: Readonly<Record<string, unknown>>): RecordedWrite => ({
  fixture: "(seed)",
  at,
  operation: "ConfigItemCreate",
  as: "agent1",
  body,
  result: { ConfigItemID: String(id), Number: `1022${String(id).padStart(6, "0")}` }
})

export const extraConfigItems: ReadonlyArray<RecordedWrite> = [
  configItem(4, "2026-11-24T05:40:12Z", computer("nb-acme-20417", "Production", "Operational", {
    Vendor: "Lenovo",
    Model: "ThinkPad T14 Gen 4",
    Description: "Laptop of Dana Whitfield (Group Controlling); VPN client SecureLink Connect 5.2",
    Type: "Laptop",
    CustomerID: "ACME",
    SerialNumber: "PF4XK2Q9",
    OperatingSystem: "Windows 11 23H2",
    CPU: ["Intel Core i7-1355U"],
    Ram: ["32 GB"],
    HardDisk: [{ HardDisk: "nvme0", Capacity: "1 TB" }],
    FQDN: "acme-nb-20417.acme.test.local",
    NIC: [{ NIC: "wlan0", IPoverDHCP: "Yes" }],
    WarrantyExpirationDate: "2028-03-31",
    InstallDate: "2025-04-02",
    Note: "asset tag ACME-NB-20417"
  })),
  configItem(5, "2026-11-24T05:40:13Z", computer("prn-f3-02", "Production", "Operational", {
    Vendor: "HP",
    Model: "LaserJet Enterprise M607",
    Description: "Floor 3 printer next to the kitchen",
    Type: "Other",
    SerialNumber: "CNB3K47120",
    FQDN: "prn-f3-02.acme.test.local",
    NIC: [{ NIC: "eth0", IPoverDHCP: "No", IPAddress: ["10.0.3.42"] }],
    InstallDate: "2023-09-18",
    Note: "wall port 3-17; patch cable replaced 2026-11-24"
  })),
  configItem(6, "2026-11-24T05:40:14Z", computer("vpn-gw-02", "Maintenance", "Incident", {
    Vendor: "HPE",
    Model: "DL360 Gen10",
    Description: "VPN gateway for profile ACME-EU-Central",
    Type: "Server",
    SerialNumber: "SN-0007",
    OperatingSystem: "SecureLink Gateway 9.4",
    CPU: ["Xeon Silver 4214"],
    Ram: ["64 GB"],
    NIC: [
      { NIC: "eno1", IPoverDHCP: "No", IPAddress: ["10.0.0.2"] },
      { NIC: "eno2", IPoverDHCP: "No", IPAddress: ["203.0.113.20"] }
    ],
    Note: "cipher suite change pending (vendor case SLC-CASE-0048213)"
  })),
  configItem(7, "2026-11-24T05:40:15Z", computer("ws-floor3-002", "Planned", "Operational", {
    Vendor: "Dell",
    Model: "OptiPlex 7010",
    Type: "Desktop",
    CustomerID: "ACME",
    SerialNumber: "SN-0003",
    OperatingSystem: "Windows 11 23H2",
    NIC: [{ NIC: "eth0", IPoverDHCP: "Yes" }]
  }))
]
