// Generated from shared/otrs-fixtures by test/simulator/seed/generate.ts: do not edit.
import type { RecordedWrite } from "./recordedWrite.js"

export const recordedWrites: ReadonlyArray<RecordedWrite> = [
  {
    "fixture": "ticket-create.ok",
    "at": "2026-11-24T05:04:26Z",
    "operation": "TicketCreate",
    "as": "agent1",
    "body": {
      "Ticket": {
        "Title": "Printer jammed",
        "Queue": "Raw",
        "State": "new",
        "Priority": "3 normal",
        "CustomerUser": "customer1"
      },
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "agent",
        "Subject": "Printer on floor 3 is jammed",
        "Body": "The printer on floor 3 shows error E-42.\nPlease check.",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "ArticleID": 2,
      "TicketNumber": "2026112410000019",
      "TicketID": "2"
    }
  },
  {
    "fixture": "ticket-create.ok-sessionid",
    "at": "2026-11-24T05:04:27Z",
    "operation": "TicketCreate",
    "as": "agent1",
    "body": {
      "Ticket": {
        "Title": "VPN not connecting",
        "Queue": "Misc",
        "State": "open",
        "Priority": "4 high",
        "CustomerUser": "customer1@test.local",
        "Type": "Unclassified"
      },
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "customer",
        "From": "customer1@test.local",
        "Subject": "VPN fails",
        "Body": "<p>VPN client says <b>timeout</b></p>",
        "ContentType": "text/html; charset=utf8",
        "MimeType": "text/html",
        "Charset": "utf8"
      }
    },
    "result": {
      "TicketID": "3",
      "TicketNumber": "2026112410000028",
      "ArticleID": "3"
    }
  },
  {
    "fixture": "ticket-create.with-attachment",
    "at": "2026-11-24T05:04:27Z",
    "operation": "TicketCreate",
    "as": "agent1",
    "body": {
      "Ticket": {
        "Title": "Log file attached",
        "Queue": "Junk",
        "State": "new",
        "Priority": "2 low",
        "CustomerUser": "customer1"
      },
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "agent",
        "Subject": "see attached log",
        "Body": "The printer on floor 3 shows error E-42.\nPlease check.",
        "ContentType": "text/plain; charset=utf8"
      },
      "Attachment": [
        {
          "Content": "aGVsbG8gYXR0YWNobWVudApsaW5lIDIK",
          "ContentType": "text/plain",
          "Filename": "log.txt"
        }
      ]
    },
    "result": {
      "ArticleID": 4,
      "TicketNumber": "2026112410000037",
      "TicketID": "4"
    }
  },
  {
    "fixture": "ticket-create.pending",
    "at": "2026-11-24T05:04:28Z",
    "operation": "TicketCreate",
    "as": "agent1",
    "body": {
      "Ticket": {
        "Title": "Waiting for customer",
        "Queue": "Misc",
        "State": "pending reminder",
        "Priority": "3 normal",
        "CustomerUser": "customer1",
        "PendingTime": {
          "Year": 2030,
          "Month": 1,
          "Day": 15,
          "Hour": 10,
          "Minute": 30
        }
      },
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "agent",
        "Subject": "Printer on floor 3 is jammed",
        "Body": "The printer on floor 3 shows error E-42.\nPlease check.",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "ArticleID": 6,
      "TicketID": "6",
      "TicketNumber": "2026112410000055"
    }
  },
  {
    "fixture": "ticket-create.restricted-queue",
    "at": "2026-11-24T05:04:28Z",
    "operation": "TicketCreate",
    "as": "agent1",
    "body": {
      "Ticket": {
        "Title": "Restricted ticket",
        "Queue": "Restricted",
        "State": "new",
        "Priority": "3 normal",
        "CustomerUser": "customer1"
      },
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "agent",
        "Subject": "Printer on floor 3 is jammed",
        "Body": "The printer on floor 3 shows error E-42.\nPlease check.",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "ArticleID": 5,
      "TicketID": "5",
      "TicketNumber": "2026112410000046"
    }
  },
  {
    "fixture": "ticket-create.customer-session.ok",
    "at": "2026-11-24T05:04:29Z",
    "operation": "TicketCreate",
    "as": "customer1",
    "body": {
      "Ticket": {
        "Title": "Created by customer",
        "Queue": "Raw",
        "State": "new",
        "Priority": "3 normal",
        "CustomerUser": "customer1"
      },
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "customer",
        "Subject": "hi",
        "Body": "from customer",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "TicketID": "7",
      "TicketNumber": "2026112410000064",
      "ArticleID": "7"
    }
  },
  {
    "fixture": "ticket-update.state-change",
    "at": "2026-11-24T05:05:02Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "2",
    "body": {
      "Ticket": {
        "State": "open"
      }
    },
    "result": {
      "TicketNumber": "2026112410000019",
      "TicketID": "2"
    }
  },
  {
    "fixture": "ticket-update.add-article",
    "at": "2026-11-24T05:05:03Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "2",
    "body": {
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "agent",
        "IsVisibleForCustomer": 0,
        "Subject": "Internal note",
        "Body": "Checked toner, ordering a new one.",
        "ContentType": "text/plain; charset=utf8",
        "TimeUnit": 15
      }
    },
    "result": {
      "TicketID": "2",
      "TicketNumber": "2026112410000019",
      "ArticleID": 8
    }
  },
  {
    "fixture": "ticket-update.add-article-with-attachment",
    "at": "2026-11-24T05:05:03Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "2",
    "body": {
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "agent",
        "Subject": "photo",
        "Body": "see file",
        "ContentType": "text/plain; charset=utf8"
      },
      "Attachment": [
        {
          "Content": "c2Vjb25kIGZpbGU=",
          "ContentType": "text/plain",
          "Filename": "notes.txt"
        }
      ]
    },
    "result": {
      "TicketID": "2",
      "TicketNumber": "2026112410000019",
      "ArticleID": 9
    }
  },
  {
    "fixture": "ticket-update.close",
    "at": "2026-11-24T05:05:03Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "4",
    "body": {
      "Ticket": {
        "State": "closed successful"
      },
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "agent",
        "Subject": "closing",
        "Body": "done",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "TicketNumber": "2026112410000037",
      "TicketID": "4",
      "ArticleID": 10
    }
  },
  {
    "fixture": "ticket-update.multiple-fields",
    "at": "2026-11-24T05:05:03Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "2",
    "body": {
      "Ticket": {
        "Title": "Printer jammed (floor 3)",
        "Priority": "4 high",
        "Queue": "Misc",
        "Lock": "lock",
        "Responsible": "agent1"
      }
    },
    "result": {
      "TicketNumber": "2026112410000019",
      "TicketID": "2"
    }
  },
  {
    "fixture": "ticket-update.owner-change",
    "at": "2026-11-24T05:05:03Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "2",
    "body": {
      "Ticket": {
        "Owner": "agent2"
      }
    },
    "result": {
      "TicketNumber": "2026112410000019",
      "TicketID": "2"
    }
  },
  {
    "fixture": "ticket-update.pending",
    "at": "2026-11-24T05:05:03Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "3",
    "body": {
      "Ticket": {
        "State": "pending auto close+",
        "PendingTime": {
          "Diff": 1440
        }
      }
    },
    "result": {
      "TicketNumber": "2026112410000028",
      "TicketID": "3"
    }
  },
  {
    "fixture": "ticket-update.by-ticketnumber",
    "at": "2026-11-24T05:05:04Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "2",
    "body": {
      "TicketNumber": "2026112410000019",
      "Ticket": {
        "Type": "Unclassified"
      }
    },
    "result": {
      "TicketNumber": "2026112410000019",
      "TicketID": 2
    }
  },
  {
    "fixture": "ticket-update.empty",
    "at": "2026-11-24T05:05:04Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "2",
    "body": {},
    "result": {
      "TicketNumber": "2026112410000019",
      "TicketID": "2"
    }
  },
  {
    "fixture": "ticket-update.sessionid",
    "at": "2026-11-24T05:05:04Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "2",
    "body": {
      "Ticket": {
        "Priority": "3 normal"
      }
    },
    "result": {
      "TicketID": "2",
      "TicketNumber": "2026112410000019"
    }
  },
  {
    "fixture": "ticket-create.with-dynamicfields",
    "at": "2026-11-24T05:05:49Z",
    "operation": "TicketCreate",
    "as": "agent1",
    "body": {
      "Ticket": {
        "Title": "Laptop screen flickers",
        "Queue": "Misc",
        "State": "open",
        "Priority": "3 normal",
        "CustomerUser": "customer1"
      },
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "agent",
        "Subject": "laptop broken",
        "Body": "screen flickers",
        "ContentType": "text/plain; charset=utf8"
      },
      "DynamicField": [
        {
          "Name": "ExternalRef",
          "Value": "EXT-1234"
        },
        {
          "Name": "Impact",
          "Value": "high"
        },
        {
          "Name": "Components",
          "Value": [
            "laptop",
            "network"
          ]
        },
        {
          "Name": "DueDate",
          "Value": "2027-01-31 12:00:00"
        }
      ]
    },
    "result": {
      "TicketID": "8",
      "TicketNumber": "2026112410000073",
      "ArticleID": 11
    }
  },
  {
    "fixture": "ticket-update.dynamicfield",
    "at": "2026-11-24T05:05:50Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "8",
    "body": {
      "DynamicField": {
        "Name": "Impact",
        "Value": "low"
      }
    },
    "result": {
      "TicketNumber": "2026112410000073",
      "TicketID": "8"
    }
  },
  {
    "fixture": "configitem-create.ok",
    "at": "2026-11-24T05:07:00Z",
    "operation": "ConfigItemCreate",
    "as": "agent1",
    "body": {
      "ConfigItem": {
        "Class": "Computer",
        "Name": "ws-floor3-001",
        "DeplState": "Production",
        "InciState": "Operational",
        "CIXMLData": {
          "Vendor": "Dell",
          "Model": "Latitude 7440",
          "Description": "Reception laptop",
          "Type": "Laptop",
          "CustomerID": "ACME",
          "SerialNumber": "SN-0001",
          "OperatingSystem": "Debian 12",
          "CPU": [
            "Intel i7-1365U"
          ],
          "Ram": [
            "16 GB"
          ],
          "HardDisk": [
            {
              "HardDisk": "nvme0",
              "Capacity": "512 GB"
            }
          ],
          "FQDN": "ws-floor3-001.test.local",
          "NIC": [
            {
              "NIC": "eth0",
              "IPoverDHCP": "Yes",
              "IPAddress": [
                "10.0.3.15"
              ]
            }
          ],
          "WarrantyExpirationDate": "2027-06-30",
          "InstallDate": "2024-07-01",
          "Note": "asset tag 4711"
        }
      }
    },
    "result": {
      "Number": "1022000001",
      "ConfigItemID": "1"
    }
  },
  {
    "fixture": "configitem-create.ok-multi-values-attachment",
    "at": "2026-11-24T05:07:01Z",
    "operation": "ConfigItemCreate",
    "as": "agent1",
    "body": {
      "ConfigItem": {
        "Class": "Computer",
        "Name": "srv-db-01",
        "DeplState": "Production",
        "InciState": "Operational",
        "CIXMLData": {
          "Vendor": "HPE",
          "Model": "DL380 Gen10",
          "Type": "Server",
          "SerialNumber": "SN-0002",
          "OperatingSystem": "Debian 12",
          "CPU": [
            "Xeon Silver 4210",
            "Xeon Silver 4210"
          ],
          "Ram": [
            "64 GB",
            "64 GB"
          ],
          "NIC": [
            {
              "NIC": "eno1",
              "IPoverDHCP": "No",
              "IPAddress": [
                "10.0.0.10",
                "10.0.0.11"
              ]
            },
            {
              "NIC": "eno2",
              "IPoverDHCP": "No",
              "IPAddress": [
                "192.168.1.10"
              ]
            }
          ]
        },
        "Attachment": {
          "Content": "cmFjayA0LCB1bml0IDEy",
          "ContentType": "text/plain",
          "Filename": "location.txt"
        }
      }
    },
    "result": {
      "Number": "1022000002",
      "ConfigItemID": "2"
    }
  },
  {
    "fixture": "configitem-update.ok",
    "at": "2026-11-24T05:07:04Z",
    "operation": "ConfigItemUpdate",
    "as": "agent1",
    "id": "1",
    "body": {
      "ConfigItem": {
        "Class": "Computer",
        "Name": "ws-floor3-001",
        "DeplState": "Production",
        "InciState": "Warning",
        "CIXMLData": {
          "Vendor": "Dell",
          "Model": "Latitude 7440",
          "Description": "Reception laptop",
          "Type": "Laptop",
          "CustomerID": "ACME",
          "SerialNumber": "SN-0001",
          "OperatingSystem": "Debian 12",
          "CPU": [
            "Intel i7-1365U"
          ],
          "Ram": [
            "32 GB"
          ],
          "HardDisk": [
            {
              "HardDisk": "nvme0",
              "Capacity": "512 GB"
            }
          ],
          "FQDN": "ws-floor3-001.test.local",
          "NIC": [
            {
              "NIC": "eth0",
              "IPoverDHCP": "Yes",
              "IPAddress": [
                "10.0.3.15"
              ]
            }
          ],
          "WarrantyExpirationDate": "2027-06-30",
          "InstallDate": "2024-07-01",
          "Note": "asset tag 4711"
        }
      }
    },
    "result": {
      "ConfigItemID": "1",
      "Number": "1022000001"
    }
  },
  {
    "fixture": "ticket-create.thread-vpn",
    "at": "2026-11-24T05:35:23Z",
    "operation": "TicketCreate",
    "as": "agent1",
    "body": {
      "Ticket": {
        "Title": "Laptop won't connect to VPN after update",
        "Queue": "Misc",
        "State": "new",
        "Priority": "3 normal",
        "CustomerUser": "customer1"
      },
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "customer",
        "IsVisibleForCustomer": 1,
        "From": "\"Dana Whitfield\" <customer1@test.local>",
        "To": "\"IT Service Desk\" <servicedesk@test.local>",
        "Subject": "Laptop won't connect to VPN after update",
        "Body": "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n@font-face {font-family:\"Calibri\"; panose-1:2 15 5 2 2 2 4 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\na:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n.MsoChpDefault {mso-style-type:export-only;}\n@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n<div class=\"WordSection1\">\n<p class=\"MsoNormal\">Hi IT Service Desk,</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">since this morning's update my laptop (asset tag ACME-NB-20417, Windows 11) no longer connects to the VPN. The SecureLink Connect client shows \"Connecting...\" for about 30 seconds and then fails with:</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\" style=\"margin-left:36pt\"><span style=\"font-family:Consolas;color:#C00000\">Error 0x800B0109: Could not establish a secure channel to vpn-gw-02.acme.test.local</span></p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">Yesterday evening everything was fine. Overnight the laptop installed the November cumulative update and, as far as I can tell, the VPN client updated itself to version 5.2.0.118 at the same time.</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">What I have tried so far:</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<ul>\n<li>restarted the laptop twice</li>\n<li>switched between my home Wi-Fi and my phone's hotspot</li>\n<li>signed out of the client and back in</li>\n</ul>\n<p class=\"MsoNormal\">I'm attaching a screenshot of the error. I need the VPN for the month-end close (SAP and the shared finance drive), so I'd be grateful if someone could look at it today.</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">Thanks in advance,<br>\nDana</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<table class=\"MsoNormalTable\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\">\n<tr><td style=\"border:none;border-right:solid #C00000 1.5pt;padding:0cm 8pt 0cm 0cm\"><p class=\"MsoNormal\"><b><span style=\"color:#C00000\">ACME</span></b></p></td>\n<td style=\"padding:0cm 0cm 0cm 8pt\"><p class=\"MsoNormal\"><b>Dana Whitfield</b><br>\nSenior Financial Analyst | Group Controlling<br>\nACME Corporation<br>\n1200 Example Parkway, Building C, 4th floor<br>\nSpringfield, XY 00000<br>\nPhone: +1&nbsp;555&nbsp;0142 ext.&nbsp;318 | Mobile: +1&nbsp;555&nbsp;0199<br>\n<a href=\"mailto:customer1@test.local\">customer1@test.local</a> | <a href=\"https://intranet.acme.test.local\">https://intranet.acme.test.local</a></p></td></tr>\n</table>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#595959\">ACME Corporation - Precision components since 1952<br>\nRegistered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\nBoard: A. Example (Chair), B. Sample, C. Placeholder</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#00B050\">Please consider the environment before printing this e-mail.</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:7.0pt;color:#7F7F7F\">CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. E-mail transmission cannot be guaranteed to be secure or error-free; ACME Corporation therefore does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. ACME Corporation is not bound by any statement made in this e-mail unless confirmed in writing by an authorised signatory.</span></p>\n</div>\n</body>\n</html>\n",
        "ContentType": "text/html; charset=utf8"
      },
      "Attachment": [
        {
          "Content": "iVBORw0KGgoAAAANSUhEUgAAAKAAAABgCAIAAAAVRe7OAAABbklEQVR42u3ZsQ2CUBRAUQZxABJXcA9XcRbnsXADahsrW2o1FsagfEAxvP9zbp6NRgtOkKdURxVddX+st3tT5AAGbACbpeawXr3PMPD50gYftIABAwYMuExgA9gANn4HG8BmDuBWhQYYsAALsAALsAALMGABFmABFmABFmDAP9XU9Rfv2mim/gJ8R+0bwHkDJ2gnMYOJCDxSd4wxmHDAk3QnfV0rxJL1ZLs+6kN9fdUhzgY4oZh+3lHOEvij5Ud1RzlX4I5o3zltyfpxUVoS+OmauCoDzgA4vSqnd64+Y6jOYMA5X4Nli5bfwfJPFuBl/oveZVjhwO2sd5MARwRu57sfDDgo8CDzyE8AHBq4g22dKRlYgAVYgAVYgAELsAALsAALsAADFmABFmABFmABFmDAAizAhVbtmiAD+F/ApwABBgwYsAADHqgeHWDAgAEDBixLFmDAgAEDBhwS2M0GLRxgwAIswAIswPoSWAV3Axcn3wwXYJRnAAAAAElFTkSuQmCC",
          "ContentType": "image/png",
          "Filename": "vpn-error-screenshot.png"
        }
      ]
    },
    "result": {
      "TicketID": "56",
      "TicketNumber": "2026112410000555",
      "ArticleID": "107"
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.1",
    "at": "2026-11-24T05:35:23Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Ticket": {
        "State": "open"
      },
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "agent",
        "IsVisibleForCustomer": 0,
        "Subject": "Triage: VPN failure after client auto-update 5.2.0.118",
        "Body": "Triage notes:\n- Affected: Dana Whitfield, laptop ACME-NB-20417, Win11, SecureLink Connect 5.2.0.118 (auto-updated overnight).\n- Error 0x800B0109 against vpn-gw-02 only; gw-01 not tested yet.\n- Service Desk has 3 similar calls since 07:30 (all Finance, all on profile \"ACME-EU-Central\" = gw-02).\n- Possibly related to vendor advisory SLC-ADV-2026-11 (5.2 disables legacy CBC cipher suites by default).\n- Impact set to medium for now; will raise it if more users are affected.\n- Vendor case opened: SLC-CASE-0048213 (stored in ExternalRef).",
        "ContentType": "text/plain; charset=utf8"
      },
      "DynamicField": [
        {
          "Name": "ExternalRef",
          "Value": "SLC-CASE-0048213"
        },
        {
          "Name": "Impact",
          "Value": "medium"
        }
      ]
    },
    "result": {
      "TicketID": "56",
      "TicketNumber": "2026112410000555",
      "ArticleID": 108
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.2",
    "at": "2026-11-24T05:35:31Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "From": "\"IT Service Desk\" <servicedesk@test.local>",
        "To": "\"Dana Whitfield\" <customer1@test.local>",
        "Subject": "RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update",
        "Body": "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/></head><body style=\"font-family:Geneva,Helvetica,Arial,sans-serif; font-size: 12px;\">Hello Dana,<br>\n<br>\nthank you for your message and the screenshot. We are seeing the same error on a few other laptops since this morning's client update, so you are not alone.<br>\n<br>\nTo narrow it down, could you please send us the client log?<br>\n<br>\n<ol>\n<li>Right-click the SecureLink icon in the system tray.</li>\n<li>Choose \"Diagnostics\" &gt; \"Export log...\".</li>\n<li>Reply to this e-mail with the exported .log file attached.</li>\n</ol>\nPlease keep the ticket number [Ticket#2026112410000555] in the subject when replying.<br>\n<br>\nKind regards,<br>\n<br>\nAgent One<br>\nIT Service Desk - 2nd Level Network &amp; Remote Access<br>\nACME Managed IT Services<br>\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\nSelf-service portal: https://support.acme.test.local<br>\n<br>\n<br>\n<div type=\"cite\" style=\"border:none;border-left:solid blue 1.5pt;padding:0cm 0cm 0cm 4.0pt\">On 24/11/2026 08:12, Dana Whitfield wrote:<br>\n<blockquote type=\"cite\"><p class=\"MsoNormal\">Hi IT Service Desk,</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">since this morning's update my laptop (asset tag ACME-NB-20417, Windows 11) no longer connects to the VPN. The SecureLink Connect client shows \"Connecting...\" for about 30 seconds and then fails with:</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\" style=\"margin-left:36pt\"><span style=\"font-family:Consolas;color:#C00000\">Error 0x800B0109: Could not establish a secure channel to vpn-gw-02.acme.test.local</span></p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">Yesterday evening everything was fine. Overnight the laptop installed the November cumulative update and, as far as I can tell, the VPN client updated itself to version 5.2.0.118 at the same time.</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">What I have tried so far:</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<ul>\n<li>restarted the laptop twice</li>\n<li>switched between my home Wi-Fi and my phone's hotspot</li>\n<li>signed out of the client and back in</li>\n</ul>\n<p class=\"MsoNormal\">I'm attaching a screenshot of the error. I need the VPN for the month-end close (SAP and the shared finance drive), so I'd be grateful if someone could look at it today.</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">Thanks in advance,<br>\nDana</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<table class=\"MsoNormalTable\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\">\n<tr><td style=\"border:none;border-right:solid #C00000 1.5pt;padding:0cm 8pt 0cm 0cm\"><p class=\"MsoNormal\"><b><span style=\"color:#C00000\">ACME</span></b></p></td>\n<td style=\"padding:0cm 0cm 0cm 8pt\"><p class=\"MsoNormal\"><b>Dana Whitfield</b><br>\nSenior Financial Analyst | Group Controlling<br>\nACME Corporation<br>\n1200 Example Parkway, Building C, 4th floor<br>\nSpringfield, XY 00000<br>\nPhone: +1&nbsp;555&nbsp;0142 ext.&nbsp;318 | Mobile: +1&nbsp;555&nbsp;0199<br>\n<a href=\"mailto:customer1@test.local\">customer1@test.local</a> | <a href=\"https://intranet.acme.test.local\">https://intranet.acme.test.local</a></p></td></tr>\n</table>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#595959\">ACME Corporation - Precision components since 1952<br>\nRegistered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\nBoard: A. Example (Chair), B. Sample, C. Placeholder</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#00B050\">Please consider the environment before printing this e-mail.</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:7.0pt;color:#7F7F7F\">CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. E-mail transmission cannot be guaranteed to be secure or error-free; ACME Corporation therefore does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. ACME Corporation is not bound by any statement made in this e-mail unless confirmed in writing by an authorised signatory.</span></p>\n</blockquote></div>\n</body></html>",
        "ContentType": "text/html; charset=utf8"
      }
    },
    "result": {
      "ArticleID": 109,
      "TicketNumber": "2026112410000555",
      "TicketID": "56"
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.3",
    "at": "2026-11-24T05:35:31Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "customer",
        "IsVisibleForCustomer": 1,
        "From": "\"Dana Whitfield\" <customer1@test.local>",
        "To": "\"IT Service Desk\" <servicedesk@test.local>",
        "Subject": "Re: [Ticket#2026112410000555] Laptop won't connect to VPN after update",
        "Body": "Hi Agent One,\n\nlog attached (SecureLinkClient_20261124.log). I exported it right after\nanother failed attempt at 09:24, so the last lines should show the\nerror.\n\nIn case it matters: a colleague who sits next to me (same laptop model,\nnot updated yet) can still connect.\n\nBest,\nDana\n\n-- \nDana Whitfield\nSenior Financial Analyst | Group Controlling\nACME Corporation | +1 555 0142 ext. 318\n\nOn 11/24/26 8:47 AM, IT Service Desk wrote:\n> Hello Dana,\n>\n> thank you for your message and the screenshot. We are seeing the same\n> error on a few other laptops since this morning's client update, so you\n> are not alone.\n>\n> To narrow it down, could you please send us the client log?\n>\n>  1. Right-click the SecureLink icon in the system tray.\n>  2. Choose \"Diagnostics\" > \"Export log...\".\n>  3. Reply to this e-mail with the exported .log file attached.\n>\n> Please keep the ticket number [Ticket#2026112410000555] in the subject\n> when replying.\n>\n> Kind regards,\n>\n> Agent One\n> IT Service Desk - 2nd Level Network & Remote Access\n> ACME Managed IT Services\n> Service Desk: +1 555 0100 (24/7) | servicedesk@test.local\n> Self-service portal: https://support.acme.test.local\n>\n> On 24/11/2026 08:12, Dana Whitfield wrote:\n>> Hi IT Service Desk,\n>>\n>> since this morning's update my laptop (asset tag ACME-NB-20417, Windows\n>> 11) no longer connects to the VPN. The SecureLink Connect client shows\n>> \"Connecting...\" for about 30 seconds and then fails with:\n>>\n>>     Error 0x800B0109: Could not establish a secure channel to vpn-gw-02.acme.test.local\n>>\n>> Yesterday evening everything was fine. Overnight the laptop installed\n>> the November cumulative update and, as far as I can tell, the VPN client\n>> updated itself to version 5.2.0.118 at the same time.\n>>\n>> What I have tried so far:\n>>\n>>  - restarted the laptop twice\n>>  - switched between my home Wi-Fi and my phone's hotspot\n>>  - signed out of the client and back in\n>>\n>> I'm attaching a screenshot of the error. I need the VPN for the\n>> month-end close (SAP and the shared finance drive), so I'd be grateful\n>> if someone could look at it today.\n>>\n>> Thanks in advance,\n>> Dana\n>>\n>> Dana Whitfield\n>> Senior Financial Analyst | Group Controlling\n>> ACME Corporation\n>> 1200 Example Parkway, Building C, 4th floor\n>> Springfield, XY 00000\n>> Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199\n>> customer1@test.local | https://intranet.acme.test.local\n>>\n>> ACME Corporation - Precision components since 1952\n>> Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000\n>> Board: A. Example (Chair), B. Sample, C. Placeholder\n>>\n>> Please consider the environment before printing this e-mail.\n>>\n>> CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,\n>> is for the sole use of the intended recipient(s) and may contain\n>> confidential and privileged information. Any unauthorized review, use,\n>> disclosure or distribution is prohibited. If you are not the intended\n>> recipient, please contact the sender by reply e-mail and destroy all\n>> copies of the original message. E-mail transmission cannot be guaranteed\n>> to be secure or error-free; ACME Corporation therefore does not accept\n>> liability for any errors or omissions in the contents of this message\n>> which arise as a result of e-mail transmission. ACME Corporation is not\n>> bound by any statement made in this e-mail unless confirmed in writing\n>> by an authorised signatory.",
        "ContentType": "text/plain; charset=utf8"
      },
      "Attachment": [
        {
          "Content": "MjAyNi0xMS0yNCAwOToyMzo1OC4wMDMgW0lORk8gXSBbU2VydmljZV0gU2VjdXJlTGluayBDb25uZWN0IDUuMi4wLjExOCAoeDY0KSBzZXJ2aWNlIHN0YXJ0ZWQsIHBpZD03NDIwDQoyMDI2LTExLTI0IDA5OjIzOjU4LjAxMCBbSU5GTyBdIFtTZXJ2aWNlXSBPUzogV2luZG93cyAxMSBFbnRlcnByaXNlIDEwLjAuMjI2MzEgKE5vdmVtYmVyIGN1bXVsYXRpdmUgdXBkYXRlIGluc3RhbGxlZCkNCjIwMjYtMTEtMjQgMDk6MjM6NTguMDExIFtJTkZPIF0gW1BvbGljeV0gQ3J5cHRvIHBvbGljeTogU3RyaWN0IChkZWZhdWx0IHNpbmNlIDUuMi4wOyBsZWdhY3kgQ0JDIHN1aXRlcyBkaXNhYmxlZCkNCjIwMjYtMTEtMjQgMDk6MjQ6MTAuODc3IFtJTkZPIF0gW1VJXSBVc2VyIHNlbGVjdGVkIHByb2ZpbGUgJ0FDTUUtRVUtQ2VudHJhbCcgKGdhdGV3YXkgdnBuLWd3LTAyLmFjbWUudGVzdC5sb2NhbCkNCjIwMjYtMTEtMjQgMDk6MjQ6MTAuOTAyIFtJTkZPIF0gW0ROU10gdnBuLWd3LTAyLmFjbWUudGVzdC5sb2NhbCAtPiAxMC4yMC44LjEyDQoyMDI2LTExLTI0IDA5OjI0OjExLjQwMSBbREVCVUddIFtUTFNdIENvbm5lY3RpbmcgdG8gMTAuMjAuOC4xMjo0NDMNCjIwMjYtMTEtMjQgMDk6MjQ6MTEuNDgyIFtERUJVR10gW1RMU10gQ2xpZW50SGVsbG86IFRMUzEuMi8xLjMsIHN1aXRlcz1bVExTX0FFU18yNTZfR0NNX1NIQTM4NCwgVExTX0FFU18xMjhfR0NNX1NIQTI1NiwgRUNESEUtUlNBLUFFUzI1Ni1HQ00tU0hBMzg0LCBFQ0RIRS1SU0EtQUVTMTI4LUdDTS1TSEEyNTZdDQoyMDI2LTExLTI0IDA5OjI0OjExLjUxOSBbRVJST1JdIFtUTFNdIFJlY2VpdmVkIGFsZXJ0IDQwIChoYW5kc2hha2VfZmFpbHVyZSkgZnJvbSAxMC4yMC44LjEyDQoyMDI2LTExLTI0IDA5OjI0OjExLjUxOSBbRVJST1JdIFtUTFNdIEhhbmRzaGFrZSBmYWlsZWQ6IG5vIHNoYXJlZCBjaXBoZXIgc3VpdGUNCjIwMjYtMTEtMjQgMDk6MjQ6MTEuNTIwIFtXQVJOIF0gW1R1bm5lbF0gU3RhdGUgQ09OTkVDVElORyAtPiBESVNDT05ORUNURUQsIHJlYXNvbj0weDgwMEIwMTA5IChzZWN1cmUgY2hhbm5lbCkNCjIwMjYtMTEtMjQgMDk6MjQ6MTYuNTIxIFtJTkZPIF0gW1R1bm5lbF0gUmV0cnkgMS8zIGZvciBwcm9maWxlICdBQ01FLUVVLUNlbnRyYWwnDQoyMDI2LTExLTI0IDA5OjI0OjE2LjYwNCBbRVJST1JdIFtUTFNdIFJlY2VpdmVkIGFsZXJ0IDQwIChoYW5kc2hha2VfZmFpbHVyZSkgZnJvbSAxMC4yMC44LjEyDQoyMDI2LTExLTI0IDA5OjI0OjE2LjYwNSBbV0FSTiBdIFtUdW5uZWxdIFN0YXRlIENPTk5FQ1RJTkcgLT4gRElTQ09OTkVDVEVELCByZWFzb249MHg4MDBCMDEwOSAoc2VjdXJlIGNoYW5uZWwpDQoyMDI2LTExLTI0IDA5OjI0OjI2LjUyMiBbSU5GTyBdIFtUdW5uZWxdIFJldHJ5IDIvMyBmb3IgcHJvZmlsZSAnQUNNRS1FVS1DZW50cmFsJw0KMjAyNi0xMS0yNCAwOToyNDoyNi42MDQgW0VSUk9SXSBbVExTXSBSZWNlaXZlZCBhbGVydCA0MCAoaGFuZHNoYWtlX2ZhaWx1cmUpIGZyb20gMTAuMjAuOC4xMg0KMjAyNi0xMS0yNCAwOToyNDoyNi42MDUgW1dBUk4gXSBbVHVubmVsXSBTdGF0ZSBDT05ORUNUSU5HIC0+IERJU0NPTk5FQ1RFRCwgcmVhc29uPTB4ODAwQjAxMDkgKHNlY3VyZSBjaGFubmVsKQ0KMjAyNi0xMS0yNCAwOToyNDo0Ni41MzAgW0lORk8gXSBbVHVubmVsXSBSZXRyeSAzLzMgZm9yIHByb2ZpbGUgJ0FDTUUtRVUtQ2VudHJhbCcNCjIwMjYtMTEtMjQgMDk6MjQ6NDYuNjA0IFtFUlJPUl0gW1RMU10gUmVjZWl2ZWQgYWxlcnQgNDAgKGhhbmRzaGFrZV9mYWlsdXJlKSBmcm9tIDEwLjIwLjguMTINCjIwMjYtMTEtMjQgMDk6MjQ6NDYuNjA1IFtXQVJOIF0gW1R1bm5lbF0gU3RhdGUgQ09OTkVDVElORyAtPiBESVNDT05ORUNURUQsIHJlYXNvbj0weDgwMEIwMTA5IChzZWN1cmUgY2hhbm5lbCkNCjIwMjYtMTEtMjQgMDk6MjQ6NDYuNjExIFtFUlJPUl0gW1VJXSBTaG93aW5nIGVycm9yIGRpYWxvZzogJ0NvdWxkIG5vdCBlc3RhYmxpc2ggYSBzZWN1cmUgY2hhbm5lbCB0byB2cG4tZ3ctMDIuYWNtZS50ZXN0LmxvY2FsJyAoMHg4MDBCMDEwOSkNCjIwMjYtMTEtMjQgMDk6MjU6MDIuMTQwIFtJTkZPIF0gW0RpYWddIExvZyBleHBvcnQgcmVxdWVzdGVkIGJ5IHVzZXINCjIwMjYtMTEtMjQgMDk6MjU6MDIuMTg4IFtJTkZPIF0gW0RpYWddIEFkYXB0ZXJzOiBXaS1GaSAodXAsIDE5Mi4xNjguMTc4LjM0LzI0KSwgRXRoZXJuZXQgKGRvd24pLCBTZWN1cmVMaW5rIFZpcnR1YWwgQWRhcHRlciAoZG93bikNCjIwMjYtMTEtMjQgMDk6MjU6MDIuMTkwIFtJTkZPIF0gW0RpYWddIFByb2ZpbGVzOiBBQ01FLUVVLUNlbnRyYWwgKHZwbi1ndy0wMiksIEFDTUUtRVUtV2VzdC1BbHQgKHZwbi1ndy0wMSkNCjIwMjYtMTEtMjQgMDk6MjU6MDIuMTkxIFtJTkZPIF0gW0RpYWddIEV4cG9ydCB3cml0dGVuIHRvIEM6XFVzZXJzXGR3aGl0ZmllbGRcRGVza3RvcFxTZWN1cmVMaW5rQ2xpZW50XzIwMjYxMTI0LmxvZw0K",
          "ContentType": "text/plain",
          "Filename": "SecureLinkClient_20261124.log"
        }
      ]
    },
    "result": {
      "ArticleID": "110",
      "TicketNumber": "2026112410000555",
      "TicketID": "56"
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.4",
    "at": "2026-11-24T05:35:32Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Article": {
        "CommunicationChannel": "Phone",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "Subject": "Phone call with Dana Whitfield - walked through diagnostics",
        "Body": "Outbound call to Dana (ext. 318), 10:05-10:17.\n- Confirmed client version 5.2.0.118 (Help > About) and the November OS update.\n- Profile \"ACME-EU-West-Alt\" (gateway vpn-gw-01) connects fine.\n- Profile \"ACME-EU-Central\" (gateway vpn-gw-02) fails with 0x800B0109 on every attempt.\n- Dana will work via gw-01 today; told her we are working on a permanent fix for gw-02.",
        "ContentType": "text/plain; charset=utf8",
        "TimeUnit": 12
      }
    },
    "result": {
      "TicketID": "56",
      "TicketNumber": "2026112410000555",
      "ArticleID": 111
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.5",
    "at": "2026-11-24T05:35:32Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Ticket": {
        "Priority": "4 high"
      },
      "Article": {
        "CommunicationChannel": "Internal",
        "SenderType": "agent",
        "IsVisibleForCustomer": 0,
        "Subject": "Log analysis: TLS handshake fails on vpn-gw-02 (no shared cipher)",
        "Body": "Analysis of SecureLinkClient_20261124.log:\n\n  09:24:11.482 ClientHello offers only TLS1.3/ECDHE-*-GCM suites (crypto policy \"Strict\", default since 5.2.0)\n  09:24:11.519 alert 40 handshake_failure from 10.20.8.12 (vpn-gw-02)\n  09:24:11.520 Tunnel DISCONNECTED, reason=0x800B0109\n\nvpn-gw-02 still runs firmware 9.1.4 with only AES-CBC-SHA suites enabled; vpn-gw-01 was upgraded to 9.3.2 last month and offers GCM.\nNow 38 users on the gw-02 profile are affected (Finance + Legal) -> Impact raised to high, priority 4.\nNetwork team will enable the GCM suites on gw-02 tonight 22:00-23:00 CET (change CHG-20261124-031).\nVendor (case SLC-CASE-0048213) confirms the root cause.",
        "ContentType": "text/plain; charset=utf8"
      },
      "DynamicField": {
        "Name": "Impact",
        "Value": "high"
      }
    },
    "result": {
      "ArticleID": 112,
      "TicketID": "56",
      "TicketNumber": "2026112410000555"
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.6",
    "at": "2026-11-24T05:35:32Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Ticket": {
        "State": "pending reminder",
        "PendingTime": {
          "Year": 2026,
          "Month": 11,
          "Day": 26,
          "Hour": 9,
          "Minute": 0
        }
      },
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "From": "\"IT Service Desk\" <servicedesk@test.local>",
        "To": "\"Dana Whitfield\" <customer1@test.local>",
        "Subject": "RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update",
        "Body": "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/></head><body style=\"font-family:Geneva,Helvetica,Arial,sans-serif; font-size: 12px;\">Hello Dana,<br>\n<br>\nthanks for the log and for your time on the phone. A short summary:<br>\n<br>\nCause: the new VPN client (5.2) only accepts modern encryption settings, and the gateway behind your usual profile \"ACME-EU-Central\" (vpn-gw-02) does not offer them yet.<br>\n<br>\nWorkaround: please use the profile \"ACME-EU-West-Alt\" until further notice. It may be a little slower, as it routes via our second data centre.<br>\n<br>\nFix: our network team will update the gateway configuration tonight between 22:00 and 23:00 CET. No action is needed on your side.<br>\n<br>\nI will check back with you on Thursday, 26 November, at 10:00 CET. If you can test the \"ACME-EU-Central\" profile before then, just reply to this e-mail.<br>\n<br>\nKind regards,<br>\n<br>\nAgent One<br>\nIT Service Desk - 2nd Level Network &amp; Remote Access<br>\nACME Managed IT Services<br>\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\nSelf-service portal: https://support.acme.test.local<br>\n<br>\n<br>\n<div type=\"cite\" style=\"border:none;border-left:solid blue 1.5pt;padding:0cm 0cm 0cm 4.0pt\">On 24/11/2026 09:31, Dana Whitfield wrote:<br>\n<blockquote type=\"cite\">Hi Agent One,<br>\n<br>\nlog attached (SecureLinkClient_20261124.log). I exported it right after<br>\nanother failed attempt at 09:24, so the last lines should show the<br>\nerror.<br>\n<br>\nIn case it matters: a colleague who sits next to me (same laptop model,<br>\nnot updated yet) can still connect.<br>\n<br>\nBest,<br>\nDana<br>\n<br>\n-- <br>\nDana Whitfield<br>\nSenior Financial Analyst | Group Controlling<br>\nACME Corporation | +1 555 0142 ext. 318<br>\n<br>\nOn 11/24/26 8:47 AM, IT Service Desk wrote:<br>\n&gt; Hello Dana,<br>\n&gt;<br>\n&gt; thank you for your message and the screenshot. We are seeing the same<br>\n&gt; error on a few other laptops since this morning's client update, so you<br>\n&gt; are not alone.<br>\n&gt;<br>\n&gt; To narrow it down, could you please send us the client log?<br>\n&gt;<br>\n&gt;  1. Right-click the SecureLink icon in the system tray.<br>\n&gt;  2. Choose \"Diagnostics\" &gt; \"Export log...\".<br>\n&gt;  3. Reply to this e-mail with the exported .log file attached.<br>\n&gt;<br>\n&gt; Please keep the ticket number [Ticket#2026112410000555] in the subject<br>\n&gt; when replying.<br>\n&gt;<br>\n&gt; Kind regards,<br>\n&gt;<br>\n&gt; Agent One<br>\n&gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; ACME Managed IT Services<br>\n&gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; Self-service portal: https://support.acme.test.local<br>\n&gt;<br>\n&gt; On 24/11/2026 08:12, Dana Whitfield wrote:<br>\n&gt;&gt; Hi IT Service Desk,<br>\n&gt;&gt;<br>\n&gt;&gt; since this morning's update my laptop (asset tag ACME-NB-20417, Windows<br>\n&gt;&gt; 11) no longer connects to the VPN. The SecureLink Connect client shows<br>\n&gt;&gt; \"Connecting...\" for about 30 seconds and then fails with:<br>\n&gt;&gt;<br>\n&gt;&gt;     Error 0x800B0109: Could not establish a secure channel to vpn-gw-02.acme.test.local<br>\n&gt;&gt;<br>\n&gt;&gt; Yesterday evening everything was fine. Overnight the laptop installed<br>\n&gt;&gt; the November cumulative update and, as far as I can tell, the VPN client<br>\n&gt;&gt; updated itself to version 5.2.0.118 at the same time.<br>\n&gt;&gt;<br>\n&gt;&gt; What I have tried so far:<br>\n&gt;&gt;<br>\n&gt;&gt;  - restarted the laptop twice<br>\n&gt;&gt;  - switched between my home Wi-Fi and my phone's hotspot<br>\n&gt;&gt;  - signed out of the client and back in<br>\n&gt;&gt;<br>\n&gt;&gt; I'm attaching a screenshot of the error. I need the VPN for the<br>\n&gt;&gt; month-end close (SAP and the shared finance drive), so I'd be grateful<br>\n&gt;&gt; if someone could look at it today.<br>\n&gt;&gt;<br>\n&gt;&gt; Thanks in advance,<br>\n&gt;&gt; Dana<br>\n&gt;&gt;<br>\n&gt;&gt; Dana Whitfield<br>\n&gt;&gt; Senior Financial Analyst | Group Controlling<br>\n&gt;&gt; ACME Corporation<br>\n&gt;&gt; 1200 Example Parkway, Building C, 4th floor<br>\n&gt;&gt; Springfield, XY 00000<br>\n&gt;&gt; Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199<br>\n&gt;&gt; customer1@test.local | https://intranet.acme.test.local<br>\n&gt;&gt;<br>\n&gt;&gt; ACME Corporation - Precision components since 1952<br>\n&gt;&gt; Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\n&gt;&gt; Board: A. Example (Chair), B. Sample, C. Placeholder<br>\n&gt;&gt;<br>\n&gt;&gt; Please consider the environment before printing this e-mail.<br>\n&gt;&gt;<br>\n&gt;&gt; CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,<br>\n&gt;&gt; is for the sole use of the intended recipient(s) and may contain<br>\n&gt;&gt; confidential and privileged information. Any unauthorized review, use,<br>\n&gt;&gt; disclosure or distribution is prohibited. If you are not the intended<br>\n&gt;&gt; recipient, please contact the sender by reply e-mail and destroy all<br>\n&gt;&gt; copies of the original message. E-mail transmission cannot be guaranteed<br>\n&gt;&gt; to be secure or error-free; ACME Corporation therefore does not accept<br>\n&gt;&gt; liability for any errors or omissions in the contents of this message<br>\n&gt;&gt; which arise as a result of e-mail transmission. ACME Corporation is not<br>\n&gt;&gt; bound by any statement made in this e-mail unless confirmed in writing<br>\n&gt;&gt; by an authorised signatory.</blockquote></div>\n</body></html>",
        "ContentType": "text/html; charset=utf8"
      }
    },
    "result": {
      "ArticleID": 113,
      "TicketNumber": "2026112410000555",
      "TicketID": "56"
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.7",
    "at": "2026-11-24T05:35:38Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "customer",
        "IsVisibleForCustomer": 1,
        "From": "\"Dana Whitfield\" <customer1@test.local>",
        "To": "\"IT Service Desk\" <servicedesk@test.local>",
        "Subject": "RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update",
        "Body": "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n@font-face {font-family:\"Calibri\"; panose-1:2 15 5 2 2 2 4 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\na:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n.MsoChpDefault {mso-style-type:export-only;}\n@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n<div class=\"WordSection1\">\n<p class=\"MsoNormal\">Hi,</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">quick update: the workaround profile works in the office, but from home it connects and then drops every 10-15 minutes (\"Tunnel idle timeout\"). That makes remote SAP sessions impossible.</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">I also tried \"ACME-EU-Central\" this morning at 07:45 - same error as before (0x800B0109), so it looks like the gateway change hasn't happened yet?</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">Regards,<br>\nDana</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<table class=\"MsoNormalTable\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\">\n<tr><td style=\"border:none;border-right:solid #C00000 1.5pt;padding:0cm 8pt 0cm 0cm\"><p class=\"MsoNormal\"><b><span style=\"color:#C00000\">ACME</span></b></p></td>\n<td style=\"padding:0cm 0cm 0cm 8pt\"><p class=\"MsoNormal\"><b>Dana Whitfield</b><br>\nSenior Financial Analyst | Group Controlling<br>\nACME Corporation<br>\n1200 Example Parkway, Building C, 4th floor<br>\nSpringfield, XY 00000<br>\nPhone: +1&nbsp;555&nbsp;0142 ext.&nbsp;318 | Mobile: +1&nbsp;555&nbsp;0199<br>\n<a href=\"mailto:customer1@test.local\">customer1@test.local</a> | <a href=\"https://intranet.acme.test.local\">https://intranet.acme.test.local</a></p></td></tr>\n</table>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#595959\">ACME Corporation - Precision components since 1952<br>\nRegistered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\nBoard: A. Example (Chair), B. Sample, C. Placeholder</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#00B050\">Please consider the environment before printing this e-mail.</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:7.0pt;color:#7F7F7F\">CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. E-mail transmission cannot be guaranteed to be secure or error-free; ACME Corporation therefore does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. ACME Corporation is not bound by any statement made in this e-mail unless confirmed in writing by an authorised signatory.</span></p>\n<div id=\"appendonsend\"></div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\"><b>From:</b> IT Service Desk &lt;servicedesk@test.local&gt;<br>\n<b>Sent:</b> Tuesday, November 24, 2026 11:42 AM<br>\n<b>To:</b> Dana Whitfield &lt;customer1@test.local&gt;<br>\n<b>Subject:</b> RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update<br>\n</font><div>&nbsp;</div></div>\n<div>Hello Dana,<br>\n<br>\nthanks for the log and for your time on the phone. A short summary:<br>\n<br>\nCause: the new VPN client (5.2) only accepts modern encryption settings, and the gateway behind your usual profile \"ACME-EU-Central\" (vpn-gw-02) does not offer them yet.<br>\n<br>\nWorkaround: please use the profile \"ACME-EU-West-Alt\" until further notice. It may be a little slower, as it routes via our second data centre.<br>\n<br>\nFix: our network team will update the gateway configuration tonight between 22:00 and 23:00 CET. No action is needed on your side.<br>\n<br>\nI will check back with you on Thursday, 26 November, at 10:00 CET. If you can test the \"ACME-EU-Central\" profile before then, just reply to this e-mail.<br>\n<br>\nKind regards,<br>\n<br>\nAgent One<br>\nIT Service Desk - 2nd Level Network &amp; Remote Access<br>\nACME Managed IT Services<br>\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\nSelf-service portal: https://support.acme.test.local<br>\n<br>\n<br>\n<div type=\"cite\" style=\"border:none;border-left:solid blue 1.5pt;padding:0cm 0cm 0cm 4.0pt\">On 24/11/2026 09:31, Dana Whitfield wrote:<br>\n<blockquote type=\"cite\">Hi Agent One,<br>\n<br>\nlog attached (SecureLinkClient_20261124.log). I exported it right after<br>\nanother failed attempt at 09:24, so the last lines should show the<br>\nerror.<br>\n<br>\nIn case it matters: a colleague who sits next to me (same laptop model,<br>\nnot updated yet) can still connect.<br>\n<br>\nBest,<br>\nDana<br>\n<br>\n-- <br>\nDana Whitfield<br>\nSenior Financial Analyst | Group Controlling<br>\nACME Corporation | +1 555 0142 ext. 318<br>\n<br>\nOn 11/24/26 8:47 AM, IT Service Desk wrote:<br>\n&gt; Hello Dana,<br>\n&gt;<br>\n&gt; thank you for your message and the screenshot. We are seeing the same<br>\n&gt; error on a few other laptops since this morning's client update, so you<br>\n&gt; are not alone.<br>\n&gt;<br>\n&gt; To narrow it down, could you please send us the client log?<br>\n&gt;<br>\n&gt;  1. Right-click the SecureLink icon in the system tray.<br>\n&gt;  2. Choose \"Diagnostics\" &gt; \"Export log...\".<br>\n&gt;  3. Reply to this e-mail with the exported .log file attached.<br>\n&gt;<br>\n&gt; Please keep the ticket number [Ticket#2026112410000555] in the subject<br>\n&gt; when replying.<br>\n&gt;<br>\n&gt; Kind regards,<br>\n&gt;<br>\n&gt; Agent One<br>\n&gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; ACME Managed IT Services<br>\n&gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; Self-service portal: https://support.acme.test.local<br>\n&gt;<br>\n&gt; On 24/11/2026 08:12, Dana Whitfield wrote:<br>\n&gt;&gt; Hi IT Service Desk,<br>\n&gt;&gt;<br>\n&gt;&gt; since this morning's update my laptop (asset tag ACME-NB-20417, Windows<br>\n&gt;&gt; 11) no longer connects to the VPN. The SecureLink Connect client shows<br>\n&gt;&gt; \"Connecting...\" for about 30 seconds and then fails with:<br>\n&gt;&gt;<br>\n&gt;&gt;     Error 0x800B0109: Could not establish a secure channel to vpn-gw-02.acme.test.local<br>\n&gt;&gt;<br>\n&gt;&gt; Yesterday evening everything was fine. Overnight the laptop installed<br>\n&gt;&gt; the November cumulative update and, as far as I can tell, the VPN client<br>\n&gt;&gt; updated itself to version 5.2.0.118 at the same time.<br>\n&gt;&gt;<br>\n&gt;&gt; What I have tried so far:<br>\n&gt;&gt;<br>\n&gt;&gt;  - restarted the laptop twice<br>\n&gt;&gt;  - switched between my home Wi-Fi and my phone's hotspot<br>\n&gt;&gt;  - signed out of the client and back in<br>\n&gt;&gt;<br>\n&gt;&gt; I'm attaching a screenshot of the error. I need the VPN for the<br>\n&gt;&gt; month-end close (SAP and the shared finance drive), so I'd be grateful<br>\n&gt;&gt; if someone could look at it today.<br>\n&gt;&gt;<br>\n&gt;&gt; Thanks in advance,<br>\n&gt;&gt; Dana<br>\n&gt;&gt;<br>\n&gt;&gt; Dana Whitfield<br>\n&gt;&gt; Senior Financial Analyst | Group Controlling<br>\n&gt;&gt; ACME Corporation<br>\n&gt;&gt; 1200 Example Parkway, Building C, 4th floor<br>\n&gt;&gt; Springfield, XY 00000<br>\n&gt;&gt; Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199<br>\n&gt;&gt; customer1@test.local | https://intranet.acme.test.local<br>\n&gt;&gt;<br>\n&gt;&gt; ACME Corporation - Precision components since 1952<br>\n&gt;&gt; Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\n&gt;&gt; Board: A. Example (Chair), B. Sample, C. Placeholder<br>\n&gt;&gt;<br>\n&gt;&gt; Please consider the environment before printing this e-mail.<br>\n&gt;&gt;<br>\n&gt;&gt; CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,<br>\n&gt;&gt; is for the sole use of the intended recipient(s) and may contain<br>\n&gt;&gt; confidential and privileged information. Any unauthorized review, use,<br>\n&gt;&gt; disclosure or distribution is prohibited. If you are not the intended<br>\n&gt;&gt; recipient, please contact the sender by reply e-mail and destroy all<br>\n&gt;&gt; copies of the original message. E-mail transmission cannot be guaranteed<br>\n&gt;&gt; to be secure or error-free; ACME Corporation therefore does not accept<br>\n&gt;&gt; liability for any errors or omissions in the contents of this message<br>\n&gt;&gt; which arise as a result of e-mail transmission. ACME Corporation is not<br>\n&gt;&gt; bound by any statement made in this e-mail unless confirmed in writing<br>\n&gt;&gt; by an authorised signatory.</blockquote></div>\n</div>\n</div>\n</body>\n</html>\n",
        "ContentType": "text/html; charset=utf8"
      }
    },
    "result": {
      "TicketID": "56",
      "TicketNumber": "2026112410000555",
      "ArticleID": "114"
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.8",
    "at": "2026-11-24T05:35:38Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Ticket": {
        "State": "open"
      }
    },
    "result": {
      "TicketNumber": "2026112410000555",
      "TicketID": "56"
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.9",
    "at": "2026-11-24T05:35:38Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "From": "\"IT Service Desk\" <servicedesk@test.local>",
        "To": "\"Dana Whitfield\" <customer1@test.local>",
        "Cc": "\"Network Team\" <network-team@test.local>",
        "Subject": "RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update",
        "Body": "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/></head><body style=\"font-family:Geneva,Helvetica,Arial,sans-serif; font-size: 12px;\">Hello Dana,<br>\n<br>\nsorry about that - the gateway change was postponed last night because it clashed with another maintenance window. The network team has now carried it out as an emergency change (CHG-20261124-031) at 12:30 today. I have copied them on this e-mail.<br>\n<br>\nPlease switch back to \"ACME-EU-Central\" and let us know whether it connects. The drops you saw on \"ACME-EU-West-Alt\" come from a 10-minute idle timeout on vpn-gw-01; that profile was only meant as a stop-gap.<br>\n<br>\nKind regards,<br>\n<br>\nAgent One<br>\nIT Service Desk - 2nd Level Network &amp; Remote Access<br>\nACME Managed IT Services<br>\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\nSelf-service portal: https://support.acme.test.local<br>\n<br>\n<br>\n<div type=\"cite\" style=\"border:none;border-left:solid blue 1.5pt;padding:0cm 0cm 0cm 4.0pt\">On 25/11/2026 08:05, Dana Whitfield wrote:<br>\n<blockquote type=\"cite\"><p class=\"MsoNormal\">Hi,</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">quick update: the workaround profile works in the office, but from home it connects and then drops every 10-15 minutes (\"Tunnel idle timeout\"). That makes remote SAP sessions impossible.</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">I also tried \"ACME-EU-Central\" this morning at 07:45 - same error as before (0x800B0109), so it looks like the gateway change hasn't happened yet?</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">Regards,<br>\nDana</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n<table class=\"MsoNormalTable\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\">\n<tr><td style=\"border:none;border-right:solid #C00000 1.5pt;padding:0cm 8pt 0cm 0cm\"><p class=\"MsoNormal\"><b><span style=\"color:#C00000\">ACME</span></b></p></td>\n<td style=\"padding:0cm 0cm 0cm 8pt\"><p class=\"MsoNormal\"><b>Dana Whitfield</b><br>\nSenior Financial Analyst | Group Controlling<br>\nACME Corporation<br>\n1200 Example Parkway, Building C, 4th floor<br>\nSpringfield, XY 00000<br>\nPhone: +1&nbsp;555&nbsp;0142 ext.&nbsp;318 | Mobile: +1&nbsp;555&nbsp;0199<br>\n<a href=\"mailto:customer1@test.local\">customer1@test.local</a> | <a href=\"https://intranet.acme.test.local\">https://intranet.acme.test.local</a></p></td></tr>\n</table>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#595959\">ACME Corporation - Precision components since 1952<br>\nRegistered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\nBoard: A. Example (Chair), B. Sample, C. Placeholder</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#00B050\">Please consider the environment before printing this e-mail.</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:7.0pt;color:#7F7F7F\">CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. E-mail transmission cannot be guaranteed to be secure or error-free; ACME Corporation therefore does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. ACME Corporation is not bound by any statement made in this e-mail unless confirmed in writing by an authorised signatory.</span></p>\n<div id=\"appendonsend\"></div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\"><b>From:</b> IT Service Desk &lt;servicedesk@test.local&gt;<br>\n<b>Sent:</b> Tuesday, November 24, 2026 11:42 AM<br>\n<b>To:</b> Dana Whitfield &lt;customer1@test.local&gt;<br>\n<b>Subject:</b> RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update<br>\n</font><div>&nbsp;</div></div>\n<div>Hello Dana,<br>\n<br>\nthanks for the log and for your time on the phone. A short summary:<br>\n<br>\nCause: the new VPN client (5.2) only accepts modern encryption settings, and the gateway behind your usual profile \"ACME-EU-Central\" (vpn-gw-02) does not offer them yet.<br>\n<br>\nWorkaround: please use the profile \"ACME-EU-West-Alt\" until further notice. It may be a little slower, as it routes via our second data centre.<br>\n<br>\nFix: our network team will update the gateway configuration tonight between 22:00 and 23:00 CET. No action is needed on your side.<br>\n<br>\nI will check back with you on Thursday, 26 November, at 10:00 CET. If you can test the \"ACME-EU-Central\" profile before then, just reply to this e-mail.<br>\n<br>\nKind regards,<br>\n<br>\nAgent One<br>\nIT Service Desk - 2nd Level Network &amp; Remote Access<br>\nACME Managed IT Services<br>\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\nSelf-service portal: https://support.acme.test.local<br>\n<br>\n<br>\n<div type=\"cite\" style=\"border:none;border-left:solid blue 1.5pt;padding:0cm 0cm 0cm 4.0pt\">On 24/11/2026 09:31, Dana Whitfield wrote:<br>\n<blockquote type=\"cite\">Hi Agent One,<br>\n<br>\nlog attached (SecureLinkClient_20261124.log). I exported it right after<br>\nanother failed attempt at 09:24, so the last lines should show the<br>\nerror.<br>\n<br>\nIn case it matters: a colleague who sits next to me (same laptop model,<br>\nnot updated yet) can still connect.<br>\n<br>\nBest,<br>\nDana<br>\n<br>\n-- <br>\nDana Whitfield<br>\nSenior Financial Analyst | Group Controlling<br>\nACME Corporation | +1 555 0142 ext. 318<br>\n<br>\nOn 11/24/26 8:47 AM, IT Service Desk wrote:<br>\n&gt; Hello Dana,<br>\n&gt;<br>\n&gt; thank you for your message and the screenshot. We are seeing the same<br>\n&gt; error on a few other laptops since this morning's client update, so you<br>\n&gt; are not alone.<br>\n&gt;<br>\n&gt; To narrow it down, could you please send us the client log?<br>\n&gt;<br>\n&gt;  1. Right-click the SecureLink icon in the system tray.<br>\n&gt;  2. Choose \"Diagnostics\" &gt; \"Export log...\".<br>\n&gt;  3. Reply to this e-mail with the exported .log file attached.<br>\n&gt;<br>\n&gt; Please keep the ticket number [Ticket#2026112410000555] in the subject<br>\n&gt; when replying.<br>\n&gt;<br>\n&gt; Kind regards,<br>\n&gt;<br>\n&gt; Agent One<br>\n&gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; ACME Managed IT Services<br>\n&gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; Self-service portal: https://support.acme.test.local<br>\n&gt;<br>\n&gt; On 24/11/2026 08:12, Dana Whitfield wrote:<br>\n&gt;&gt; Hi IT Service Desk,<br>\n&gt;&gt;<br>\n&gt;&gt; since this morning's update my laptop (asset tag ACME-NB-20417, Windows<br>\n&gt;&gt; 11) no longer connects to the VPN. The SecureLink Connect client shows<br>\n&gt;&gt; \"Connecting...\" for about 30 seconds and then fails with:<br>\n&gt;&gt;<br>\n&gt;&gt;     Error 0x800B0109: Could not establish a secure channel to vpn-gw-02.acme.test.local<br>\n&gt;&gt;<br>\n&gt;&gt; Yesterday evening everything was fine. Overnight the laptop installed<br>\n&gt;&gt; the November cumulative update and, as far as I can tell, the VPN client<br>\n&gt;&gt; updated itself to version 5.2.0.118 at the same time.<br>\n&gt;&gt;<br>\n&gt;&gt; What I have tried so far:<br>\n&gt;&gt;<br>\n&gt;&gt;  - restarted the laptop twice<br>\n&gt;&gt;  - switched between my home Wi-Fi and my phone's hotspot<br>\n&gt;&gt;  - signed out of the client and back in<br>\n&gt;&gt;<br>\n&gt;&gt; I'm attaching a screenshot of the error. I need the VPN for the<br>\n&gt;&gt; month-end close (SAP and the shared finance drive), so I'd be grateful<br>\n&gt;&gt; if someone could look at it today.<br>\n&gt;&gt;<br>\n&gt;&gt; Thanks in advance,<br>\n&gt;&gt; Dana<br>\n&gt;&gt;<br>\n&gt;&gt; Dana Whitfield<br>\n&gt;&gt; Senior Financial Analyst | Group Controlling<br>\n&gt;&gt; ACME Corporation<br>\n&gt;&gt; 1200 Example Parkway, Building C, 4th floor<br>\n&gt;&gt; Springfield, XY 00000<br>\n&gt;&gt; Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199<br>\n&gt;&gt; customer1@test.local | https://intranet.acme.test.local<br>\n&gt;&gt;<br>\n&gt;&gt; ACME Corporation - Precision components since 1952<br>\n&gt;&gt; Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\n&gt;&gt; Board: A. Example (Chair), B. Sample, C. Placeholder<br>\n&gt;&gt;<br>\n&gt;&gt; Please consider the environment before printing this e-mail.<br>\n&gt;&gt;<br>\n&gt;&gt; CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,<br>\n&gt;&gt; is for the sole use of the intended recipient(s) and may contain<br>\n&gt;&gt; confidential and privileged information. Any unauthorized review, use,<br>\n&gt;&gt; disclosure or distribution is prohibited. If you are not the intended<br>\n&gt;&gt; recipient, please contact the sender by reply e-mail and destroy all<br>\n&gt;&gt; copies of the original message. E-mail transmission cannot be guaranteed<br>\n&gt;&gt; to be secure or error-free; ACME Corporation therefore does not accept<br>\n&gt;&gt; liability for any errors or omissions in the contents of this message<br>\n&gt;&gt; which arise as a result of e-mail transmission. ACME Corporation is not<br>\n&gt;&gt; bound by any statement made in this e-mail unless confirmed in writing<br>\n&gt;&gt; by an authorised signatory.</blockquote></div>\n</div>\n</blockquote></div>\n</body></html>",
        "ContentType": "text/html; charset=utf8"
      }
    },
    "result": {
      "TicketNumber": "2026112410000555",
      "TicketID": "56",
      "ArticleID": 115
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.10",
    "at": "2026-11-24T05:35:38Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "customer",
        "IsVisibleForCustomer": 1,
        "From": "\"Dana Whitfield\" <customer1@test.local>",
        "To": "\"IT Service Desk\" <servicedesk@test.local>",
        "Cc": "\"Network Team\" <network-team@test.local>",
        "Subject": "Re: [Ticket#2026112410000555] Laptop won't connect to VPN after update",
        "Body": "It works! Connected via ACME-EU-Central from home at 16:00, stable for\nover an hour now, SAP is fine.\n\nI'll keep an eye on it and tell you tomorrow if it drops again.\n\nDana\n\nSent from my phone\n\nOn Wed, Nov 25, 2026 at 12:41 PM IT Service Desk <servicedesk@test.local> wrote:\n> Hello Dana,\n>\n> sorry about that - the gateway change was postponed last night because\n> it clashed with another maintenance window. The network team has now\n> carried it out as an emergency change (CHG-20261124-031) at 12:30 today.\n> I have copied them on this e-mail.\n>\n> Please switch back to \"ACME-EU-Central\" and let us know whether it\n> connects. The drops you saw on \"ACME-EU-West-Alt\" come from a 10-minute\n> idle timeout on vpn-gw-01; that profile was only meant as a stop-gap.\n>\n> Kind regards,\n>\n> Agent One\n> IT Service Desk - 2nd Level Network & Remote Access\n> ACME Managed IT Services\n> Service Desk: +1 555 0100 (24/7) | servicedesk@test.local\n> Self-service portal: https://support.acme.test.local\n>\n> On 25/11/2026 08:05, Dana Whitfield wrote:\n> > Hi,\n> >\n> > quick update: the workaround profile works in the office, but from home\n> > it connects and then drops every 10-15 minutes (\"Tunnel idle timeout\").\n> > That makes remote SAP sessions impossible.\n> >\n> > I also tried \"ACME-EU-Central\" this morning at 07:45 - same error as\n> > before (0x800B0109), so it looks like the gateway change hasn't happened\n> > yet?\n> >\n> > Regards,\n> > Dana\n> >\n> > Dana Whitfield\n> > Senior Financial Analyst | Group Controlling\n> > ACME Corporation\n> > 1200 Example Parkway, Building C, 4th floor\n> > Springfield, XY 00000\n> > Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199\n> > customer1@test.local | https://intranet.acme.test.local\n> >\n> > ACME Corporation - Precision components since 1952\n> > Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000\n> > Board: A. Example (Chair), B. Sample, C. Placeholder\n> >\n> > Please consider the environment before printing this e-mail.\n> >\n> > CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,\n> > is for the sole use of the intended recipient(s) and may contain\n> > confidential and privileged information. Any unauthorized review, use,\n> > disclosure or distribution is prohibited. If you are not the intended\n> > recipient, please contact the sender by reply e-mail and destroy all\n> > copies of the original message. E-mail transmission cannot be guaranteed\n> > to be secure or error-free; ACME Corporation therefore does not accept\n> > liability for any errors or omissions in the contents of this message\n> > which arise as a result of e-mail transmission. ACME Corporation is not\n> > bound by any statement made in this e-mail unless confirmed in writing\n> > by an authorised signatory.\n> >\n> > ________________________________\n> > From: IT Service Desk <servicedesk@test.local>\n> > Sent: Tuesday, November 24, 2026 11:42 AM\n> > To: Dana Whitfield <customer1@test.local>\n> > Subject: RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update\n> >\n> > Hello Dana,\n> >\n> > thanks for the log and for your time on the phone. A short summary:\n> >\n> > Cause: the new VPN client (5.2) only accepts modern encryption settings,\n> > and the gateway behind your usual profile \"ACME-EU-Central\" (vpn-gw-02)\n> > does not offer them yet.\n> >\n> > Workaround: please use the profile \"ACME-EU-West-Alt\" until further\n> > notice. It may be a little slower, as it routes via our second data\n> > centre.\n> >\n> > Fix: our network team will update the gateway configuration tonight\n> > between 22:00 and 23:00 CET. No action is needed on your side.\n> >\n> > I will check back with you on Thursday, 26 November, at 10:00 CET. If\n> > you can test the \"ACME-EU-Central\" profile before then, just reply to\n> > this e-mail.\n> >\n> > Kind regards,\n> >\n> > Agent One\n> > IT Service Desk - 2nd Level Network & Remote Access\n> > ACME Managed IT Services\n> > Service Desk: +1 555 0100 (24/7) | servicedesk@test.local\n> > Self-service portal: https://support.acme.test.local\n> >\n> > On 24/11/2026 09:31, Dana Whitfield wrote:\n> >> Hi Agent One,\n> >>\n> >> log attached (SecureLinkClient_20261124.log). I exported it right after\n> >> another failed attempt at 09:24, so the last lines should show the\n> >> error.\n> >>\n> >> In case it matters: a colleague who sits next to me (same laptop model,\n> >> not updated yet) can still connect.\n> >>\n> >> Best,\n> >> Dana\n> >>\n> >> -- \n> >> Dana Whitfield\n> >> Senior Financial Analyst | Group Controlling\n> >> ACME Corporation | +1 555 0142 ext. 318\n> >>\n> >> On 11/24/26 8:47 AM, IT Service Desk wrote:\n> >>> Hello Dana,\n> >>>\n> >>> thank you for your message and the screenshot. We are seeing the same\n> >>> error on a few other laptops since this morning's client update, so you\n> >>> are not alone.\n> >>>\n> >>> To narrow it down, could you please send us the client log?\n> >>>\n> >>>  1. Right-click the SecureLink icon in the system tray.\n> >>>  2. Choose \"Diagnostics\" > \"Export log...\".\n> >>>  3. Reply to this e-mail with the exported .log file attached.\n> >>>\n> >>> Please keep the ticket number [Ticket#2026112410000555] in the subject\n> >>> when replying.\n> >>>\n> >>> Kind regards,\n> >>>\n> >>> Agent One\n> >>> IT Service Desk - 2nd Level Network & Remote Access\n> >>> ACME Managed IT Services\n> >>> Service Desk: +1 555 0100 (24/7) | servicedesk@test.local\n> >>> Self-service portal: https://support.acme.test.local\n> >>>\n> >>> On 24/11/2026 08:12, Dana Whitfield wrote:\n> >>>> Hi IT Service Desk,\n> >>>>\n> >>>> since this morning's update my laptop (asset tag ACME-NB-20417, Windows\n> >>>> 11) no longer connects to the VPN. The SecureLink Connect client shows\n> >>>> \"Connecting...\" for about 30 seconds and then fails with:\n> >>>>\n> >>>>     Error 0x800B0109: Could not establish a secure channel to vpn-gw-02.acme.test.local\n> >>>>\n> >>>> Yesterday evening everything was fine. Overnight the laptop installed\n> >>>> the November cumulative update and, as far as I can tell, the VPN client\n> >>>> updated itself to version 5.2.0.118 at the same time.\n> >>>>\n> >>>> What I have tried so far:\n> >>>>\n> >>>>  - restarted the laptop twice\n> >>>>  - switched between my home Wi-Fi and my phone's hotspot\n> >>>>  - signed out of the client and back in\n> >>>>\n> >>>> I'm attaching a screenshot of the error. I need the VPN for the\n> >>>> month-end close (SAP and the shared finance drive), so I'd be grateful\n> >>>> if someone could look at it today.\n> >>>>\n> >>>> Thanks in advance,\n> >>>> Dana\n> >>>>\n> >>>> Dana Whitfield\n> >>>> Senior Financial Analyst | Group Controlling\n> >>>> ACME Corporation\n> >>>> 1200 Example Parkway, Building C, 4th floor\n> >>>> Springfield, XY 00000\n> >>>> Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199\n> >>>> customer1@test.local | https://intranet.acme.test.local\n> >>>>\n> >>>> ACME Corporation - Precision components since 1952\n> >>>> Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000\n> >>>> Board: A. Example (Chair), B. Sample, C. Placeholder\n> >>>>\n> >>>> Please consider the environment before printing this e-mail.\n> >>>>\n> >>>> CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,\n> >>>> is for the sole use of the intended recipient(s) and may contain\n> >>>> confidential and privileged information. Any unauthorized review, use,\n> >>>> disclosure or distribution is prohibited. If you are not the intended\n> >>>> recipient, please contact the sender by reply e-mail and destroy all\n> >>>> copies of the original message. E-mail transmission cannot be guaranteed\n> >>>> to be secure or error-free; ACME Corporation therefore does not accept\n> >>>> liability for any errors or omissions in the contents of this message\n> >>>> which arise as a result of e-mail transmission. ACME Corporation is not\n> >>>> bound by any statement made in this e-mail unless confirmed in writing\n> >>>> by an authorised signatory.",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "TicketNumber": "2026112410000555",
      "TicketID": "56",
      "ArticleID": "116"
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.11",
    "at": "2026-11-24T05:35:38Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "From": "\"IT Service Desk\" <servicedesk@test.local>",
        "To": "\"Dana Whitfield\" <customer1@test.local>",
        "Subject": "RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update",
        "Body": "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/></head><body style=\"font-family:Geneva,Helvetica,Arial,sans-serif; font-size: 12px;\">Hello Dana,<br>\n<br>\ngreat news, thank you for testing. For the record:<br>\n<br>\n<ul>\n<li>Root cause: VPN client 5.2 requires AES-GCM cipher suites; vpn-gw-02 only offered AES-CBC.</li>\n<li>Fix: GCM suites enabled on vpn-gw-02 (change CHG-20261124-031), confirmed by the vendor under case SLC-CASE-0048213.</li>\n<li>You can keep \"ACME-EU-West-Alt\" as a fallback profile; there is no need to remove it.</li>\n</ul>\nI'll leave the ticket open until tomorrow morning. If everything stays stable, a short reply is enough and I'll close it.<br>\n<br>\nKind regards,<br>\n<br>\nAgent One<br>\nIT Service Desk - 2nd Level Network &amp; Remote Access<br>\nACME Managed IT Services<br>\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\nSelf-service portal: https://support.acme.test.local<br>\n<br>\n<br>\n<div type=\"cite\" style=\"border:none;border-left:solid blue 1.5pt;padding:0cm 0cm 0cm 4.0pt\">On 25/11/2026 16:02, Dana Whitfield wrote:<br>\n<blockquote type=\"cite\">It works! Connected via ACME-EU-Central from home at 16:00, stable for<br>\nover an hour now, SAP is fine.<br>\n<br>\nI'll keep an eye on it and tell you tomorrow if it drops again.<br>\n<br>\nDana<br>\n<br>\nSent from my phone<br>\n<br>\nOn Wed, Nov 25, 2026 at 12:41 PM IT Service Desk &lt;servicedesk@test.local&gt; wrote:<br>\n&gt; Hello Dana,<br>\n&gt;<br>\n&gt; sorry about that - the gateway change was postponed last night because<br>\n&gt; it clashed with another maintenance window. The network team has now<br>\n&gt; carried it out as an emergency change (CHG-20261124-031) at 12:30 today.<br>\n&gt; I have copied them on this e-mail.<br>\n&gt;<br>\n&gt; Please switch back to \"ACME-EU-Central\" and let us know whether it<br>\n&gt; connects. The drops you saw on \"ACME-EU-West-Alt\" come from a 10-minute<br>\n&gt; idle timeout on vpn-gw-01; that profile was only meant as a stop-gap.<br>\n&gt;<br>\n&gt; Kind regards,<br>\n&gt;<br>\n&gt; Agent One<br>\n&gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; ACME Managed IT Services<br>\n&gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; Self-service portal: https://support.acme.test.local<br>\n&gt;<br>\n&gt; On 25/11/2026 08:05, Dana Whitfield wrote:<br>\n&gt; &gt; Hi,<br>\n&gt; &gt;<br>\n&gt; &gt; quick update: the workaround profile works in the office, but from home<br>\n&gt; &gt; it connects and then drops every 10-15 minutes (\"Tunnel idle timeout\").<br>\n&gt; &gt; That makes remote SAP sessions impossible.<br>\n&gt; &gt;<br>\n&gt; &gt; I also tried \"ACME-EU-Central\" this morning at 07:45 - same error as<br>\n&gt; &gt; before (0x800B0109), so it looks like the gateway change hasn't happened<br>\n&gt; &gt; yet?<br>\n&gt; &gt;<br>\n&gt; &gt; Regards,<br>\n&gt; &gt; Dana<br>\n&gt; &gt;<br>\n&gt; &gt; Dana Whitfield<br>\n&gt; &gt; Senior Financial Analyst | Group Controlling<br>\n&gt; &gt; ACME Corporation<br>\n&gt; &gt; 1200 Example Parkway, Building C, 4th floor<br>\n&gt; &gt; Springfield, XY 00000<br>\n&gt; &gt; Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199<br>\n&gt; &gt; customer1@test.local | https://intranet.acme.test.local<br>\n&gt; &gt;<br>\n&gt; &gt; ACME Corporation - Precision components since 1952<br>\n&gt; &gt; Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\n&gt; &gt; Board: A. Example (Chair), B. Sample, C. Placeholder<br>\n&gt; &gt;<br>\n&gt; &gt; Please consider the environment before printing this e-mail.<br>\n&gt; &gt;<br>\n&gt; &gt; CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,<br>\n&gt; &gt; is for the sole use of the intended recipient(s) and may contain<br>\n&gt; &gt; confidential and privileged information. Any unauthorized review, use,<br>\n&gt; &gt; disclosure or distribution is prohibited. If you are not the intended<br>\n&gt; &gt; recipient, please contact the sender by reply e-mail and destroy all<br>\n&gt; &gt; copies of the original message. E-mail transmission cannot be guaranteed<br>\n&gt; &gt; to be secure or error-free; ACME Corporation therefore does not accept<br>\n&gt; &gt; liability for any errors or omissions in the contents of this message<br>\n&gt; &gt; which arise as a result of e-mail transmission. ACME Corporation is not<br>\n&gt; &gt; bound by any statement made in this e-mail unless confirmed in writing<br>\n&gt; &gt; by an authorised signatory.<br>\n&gt; &gt;<br>\n&gt; &gt; ________________________________<br>\n&gt; &gt; From: IT Service Desk &lt;servicedesk@test.local&gt;<br>\n&gt; &gt; Sent: Tuesday, November 24, 2026 11:42 AM<br>\n&gt; &gt; To: Dana Whitfield &lt;customer1@test.local&gt;<br>\n&gt; &gt; Subject: RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update<br>\n&gt; &gt;<br>\n&gt; &gt; Hello Dana,<br>\n&gt; &gt;<br>\n&gt; &gt; thanks for the log and for your time on the phone. A short summary:<br>\n&gt; &gt;<br>\n&gt; &gt; Cause: the new VPN client (5.2) only accepts modern encryption settings,<br>\n&gt; &gt; and the gateway behind your usual profile \"ACME-EU-Central\" (vpn-gw-02)<br>\n&gt; &gt; does not offer them yet.<br>\n&gt; &gt;<br>\n&gt; &gt; Workaround: please use the profile \"ACME-EU-West-Alt\" until further<br>\n&gt; &gt; notice. It may be a little slower, as it routes via our second data<br>\n&gt; &gt; centre.<br>\n&gt; &gt;<br>\n&gt; &gt; Fix: our network team will update the gateway configuration tonight<br>\n&gt; &gt; between 22:00 and 23:00 CET. No action is needed on your side.<br>\n&gt; &gt;<br>\n&gt; &gt; I will check back with you on Thursday, 26 November, at 10:00 CET. If<br>\n&gt; &gt; you can test the \"ACME-EU-Central\" profile before then, just reply to<br>\n&gt; &gt; this e-mail.<br>\n&gt; &gt;<br>\n&gt; &gt; Kind regards,<br>\n&gt; &gt;<br>\n&gt; &gt; Agent One<br>\n&gt; &gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; &gt; ACME Managed IT Services<br>\n&gt; &gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; &gt; Self-service portal: https://support.acme.test.local<br>\n&gt; &gt;<br>\n&gt; &gt; On 24/11/2026 09:31, Dana Whitfield wrote:<br>\n&gt; &gt;&gt; Hi Agent One,<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; log attached (SecureLinkClient_20261124.log). I exported it right after<br>\n&gt; &gt;&gt; another failed attempt at 09:24, so the last lines should show the<br>\n&gt; &gt;&gt; error.<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; In case it matters: a colleague who sits next to me (same laptop model,<br>\n&gt; &gt;&gt; not updated yet) can still connect.<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; Best,<br>\n&gt; &gt;&gt; Dana<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; -- <br>\n&gt; &gt;&gt; Dana Whitfield<br>\n&gt; &gt;&gt; Senior Financial Analyst | Group Controlling<br>\n&gt; &gt;&gt; ACME Corporation | +1 555 0142 ext. 318<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; On 11/24/26 8:47 AM, IT Service Desk wrote:<br>\n&gt; &gt;&gt;&gt; Hello Dana,<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; thank you for your message and the screenshot. We are seeing the same<br>\n&gt; &gt;&gt;&gt; error on a few other laptops since this morning's client update, so you<br>\n&gt; &gt;&gt;&gt; are not alone.<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; To narrow it down, could you please send us the client log?<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;  1. Right-click the SecureLink icon in the system tray.<br>\n&gt; &gt;&gt;&gt;  2. Choose \"Diagnostics\" &gt; \"Export log...\".<br>\n&gt; &gt;&gt;&gt;  3. Reply to this e-mail with the exported .log file attached.<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; Please keep the ticket number [Ticket#2026112410000555] in the subject<br>\n&gt; &gt;&gt;&gt; when replying.<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; Kind regards,<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; Agent One<br>\n&gt; &gt;&gt;&gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; &gt;&gt;&gt; ACME Managed IT Services<br>\n&gt; &gt;&gt;&gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; &gt;&gt;&gt; Self-service portal: https://support.acme.test.local<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; On 24/11/2026 08:12, Dana Whitfield wrote:<br>\n&gt; &gt;&gt;&gt;&gt; Hi IT Service Desk,<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; since this morning's update my laptop (asset tag ACME-NB-20417, Windows<br>\n&gt; &gt;&gt;&gt;&gt; 11) no longer connects to the VPN. The SecureLink Connect client shows<br>\n&gt; &gt;&gt;&gt;&gt; \"Connecting...\" for about 30 seconds and then fails with:<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt;     Error 0x800B0109: Could not establish a secure channel to vpn-gw-02.acme.test.local<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Yesterday evening everything was fine. Overnight the laptop installed<br>\n&gt; &gt;&gt;&gt;&gt; the November cumulative update and, as far as I can tell, the VPN client<br>\n&gt; &gt;&gt;&gt;&gt; updated itself to version 5.2.0.118 at the same time.<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; What I have tried so far:<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt;  - restarted the laptop twice<br>\n&gt; &gt;&gt;&gt;&gt;  - switched between my home Wi-Fi and my phone's hotspot<br>\n&gt; &gt;&gt;&gt;&gt;  - signed out of the client and back in<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; I'm attaching a screenshot of the error. I need the VPN for the<br>\n&gt; &gt;&gt;&gt;&gt; month-end close (SAP and the shared finance drive), so I'd be grateful<br>\n&gt; &gt;&gt;&gt;&gt; if someone could look at it today.<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Thanks in advance,<br>\n&gt; &gt;&gt;&gt;&gt; Dana<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Dana Whitfield<br>\n&gt; &gt;&gt;&gt;&gt; Senior Financial Analyst | Group Controlling<br>\n&gt; &gt;&gt;&gt;&gt; ACME Corporation<br>\n&gt; &gt;&gt;&gt;&gt; 1200 Example Parkway, Building C, 4th floor<br>\n&gt; &gt;&gt;&gt;&gt; Springfield, XY 00000<br>\n&gt; &gt;&gt;&gt;&gt; Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199<br>\n&gt; &gt;&gt;&gt;&gt; customer1@test.local | https://intranet.acme.test.local<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; ACME Corporation - Precision components since 1952<br>\n&gt; &gt;&gt;&gt;&gt; Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\n&gt; &gt;&gt;&gt;&gt; Board: A. Example (Chair), B. Sample, C. Placeholder<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Please consider the environment before printing this e-mail.<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,<br>\n&gt; &gt;&gt;&gt;&gt; is for the sole use of the intended recipient(s) and may contain<br>\n&gt; &gt;&gt;&gt;&gt; confidential and privileged information. Any unauthorized review, use,<br>\n&gt; &gt;&gt;&gt;&gt; disclosure or distribution is prohibited. If you are not the intended<br>\n&gt; &gt;&gt;&gt;&gt; recipient, please contact the sender by reply e-mail and destroy all<br>\n&gt; &gt;&gt;&gt;&gt; copies of the original message. E-mail transmission cannot be guaranteed<br>\n&gt; &gt;&gt;&gt;&gt; to be secure or error-free; ACME Corporation therefore does not accept<br>\n&gt; &gt;&gt;&gt;&gt; liability for any errors or omissions in the contents of this message<br>\n&gt; &gt;&gt;&gt;&gt; which arise as a result of e-mail transmission. ACME Corporation is not<br>\n&gt; &gt;&gt;&gt;&gt; bound by any statement made in this e-mail unless confirmed in writing<br>\n&gt; &gt;&gt;&gt;&gt; by an authorised signatory.</blockquote></div>\n</body></html>",
        "ContentType": "text/html; charset=utf8"
      }
    },
    "result": {
      "ArticleID": 117,
      "TicketID": "56",
      "TicketNumber": "2026112410000555"
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.12",
    "at": "2026-11-24T05:35:38Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "customer",
        "IsVisibleForCustomer": 1,
        "From": "\"Dana Whitfield\" <customer1@test.local>",
        "To": "\"IT Service Desk\" <servicedesk@test.local>",
        "Subject": "Re: [Ticket#2026112410000555] Laptop won't connect to VPN after update",
        "Body": "<div dir=\"ltr\">Hi Agent One,<br>\n<br>\nno drops at all since yesterday - it worked all evening and again this morning. Please go ahead and close the ticket.<br>\n<br>\nThanks a lot to you and the network team for the quick help!<br>\n<br>\nBest regards,<br>\nDana<br>\n<br>\n<p class=\"MsoNormal\">&nbsp;</p>\n<table class=\"MsoNormalTable\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\">\n<tr><td style=\"border:none;border-right:solid #C00000 1.5pt;padding:0cm 8pt 0cm 0cm\"><p class=\"MsoNormal\"><b><span style=\"color:#C00000\">ACME</span></b></p></td>\n<td style=\"padding:0cm 0cm 0cm 8pt\"><p class=\"MsoNormal\"><b>Dana Whitfield</b><br>\nSenior Financial Analyst | Group Controlling<br>\nACME Corporation<br>\n1200 Example Parkway, Building C, 4th floor<br>\nSpringfield, XY 00000<br>\nPhone: +1&nbsp;555&nbsp;0142 ext.&nbsp;318 | Mobile: +1&nbsp;555&nbsp;0199<br>\n<a href=\"mailto:customer1@test.local\">customer1@test.local</a> | <a href=\"https://intranet.acme.test.local\">https://intranet.acme.test.local</a></p></td></tr>\n</table>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#595959\">ACME Corporation - Precision components since 1952<br>\nRegistered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\nBoard: A. Example (Chair), B. Sample, C. Placeholder</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#00B050\">Please consider the environment before printing this e-mail.</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:7.0pt;color:#7F7F7F\">CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. E-mail transmission cannot be guaranteed to be secure or error-free; ACME Corporation therefore does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. ACME Corporation is not bound by any statement made in this e-mail unless confirmed in writing by an authorised signatory.</span></p>\n<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Wed, 25 Nov 2026 at 17:20, IT Service Desk &lt;servicedesk@test.local&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">Hello Dana,<br>\n<br>\ngreat news, thank you for testing. For the record:<br>\n<br>\n<ul>\n<li>Root cause: VPN client 5.2 requires AES-GCM cipher suites; vpn-gw-02 only offered AES-CBC.</li>\n<li>Fix: GCM suites enabled on vpn-gw-02 (change CHG-20261124-031), confirmed by the vendor under case SLC-CASE-0048213.</li>\n<li>You can keep \"ACME-EU-West-Alt\" as a fallback profile; there is no need to remove it.</li>\n</ul>\nI'll leave the ticket open until tomorrow morning. If everything stays stable, a short reply is enough and I'll close it.<br>\n<br>\nKind regards,<br>\n<br>\nAgent One<br>\nIT Service Desk - 2nd Level Network &amp; Remote Access<br>\nACME Managed IT Services<br>\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\nSelf-service portal: https://support.acme.test.local<br>\n<br>\n<br>\n<div type=\"cite\" style=\"border:none;border-left:solid blue 1.5pt;padding:0cm 0cm 0cm 4.0pt\">On 25/11/2026 16:02, Dana Whitfield wrote:<br>\n<blockquote type=\"cite\">It works! Connected via ACME-EU-Central from home at 16:00, stable for<br>\nover an hour now, SAP is fine.<br>\n<br>\nI'll keep an eye on it and tell you tomorrow if it drops again.<br>\n<br>\nDana<br>\n<br>\nSent from my phone<br>\n<br>\nOn Wed, Nov 25, 2026 at 12:41 PM IT Service Desk &lt;servicedesk@test.local&gt; wrote:<br>\n&gt; Hello Dana,<br>\n&gt;<br>\n&gt; sorry about that - the gateway change was postponed last night because<br>\n&gt; it clashed with another maintenance window. The network team has now<br>\n&gt; carried it out as an emergency change (CHG-20261124-031) at 12:30 today.<br>\n&gt; I have copied them on this e-mail.<br>\n&gt;<br>\n&gt; Please switch back to \"ACME-EU-Central\" and let us know whether it<br>\n&gt; connects. The drops you saw on \"ACME-EU-West-Alt\" come from a 10-minute<br>\n&gt; idle timeout on vpn-gw-01; that profile was only meant as a stop-gap.<br>\n&gt;<br>\n&gt; Kind regards,<br>\n&gt;<br>\n&gt; Agent One<br>\n&gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; ACME Managed IT Services<br>\n&gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; Self-service portal: https://support.acme.test.local<br>\n&gt;<br>\n&gt; On 25/11/2026 08:05, Dana Whitfield wrote:<br>\n&gt; &gt; Hi,<br>\n&gt; &gt;<br>\n&gt; &gt; quick update: the workaround profile works in the office, but from home<br>\n&gt; &gt; it connects and then drops every 10-15 minutes (\"Tunnel idle timeout\").<br>\n&gt; &gt; That makes remote SAP sessions impossible.<br>\n&gt; &gt;<br>\n&gt; &gt; I also tried \"ACME-EU-Central\" this morning at 07:45 - same error as<br>\n&gt; &gt; before (0x800B0109), so it looks like the gateway change hasn't happened<br>\n&gt; &gt; yet?<br>\n&gt; &gt;<br>\n&gt; &gt; Regards,<br>\n&gt; &gt; Dana<br>\n&gt; &gt;<br>\n&gt; &gt; Dana Whitfield<br>\n&gt; &gt; Senior Financial Analyst | Group Controlling<br>\n&gt; &gt; ACME Corporation<br>\n&gt; &gt; 1200 Example Parkway, Building C, 4th floor<br>\n&gt; &gt; Springfield, XY 00000<br>\n&gt; &gt; Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199<br>\n&gt; &gt; customer1@test.local | https://intranet.acme.test.local<br>\n&gt; &gt;<br>\n&gt; &gt; ACME Corporation - Precision components since 1952<br>\n&gt; &gt; Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\n&gt; &gt; Board: A. Example (Chair), B. Sample, C. Placeholder<br>\n&gt; &gt;<br>\n&gt; &gt; Please consider the environment before printing this e-mail.<br>\n&gt; &gt;<br>\n&gt; &gt; CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,<br>\n&gt; &gt; is for the sole use of the intended recipient(s) and may contain<br>\n&gt; &gt; confidential and privileged information. Any unauthorized review, use,<br>\n&gt; &gt; disclosure or distribution is prohibited. If you are not the intended<br>\n&gt; &gt; recipient, please contact the sender by reply e-mail and destroy all<br>\n&gt; &gt; copies of the original message. E-mail transmission cannot be guaranteed<br>\n&gt; &gt; to be secure or error-free; ACME Corporation therefore does not accept<br>\n&gt; &gt; liability for any errors or omissions in the contents of this message<br>\n&gt; &gt; which arise as a result of e-mail transmission. ACME Corporation is not<br>\n&gt; &gt; bound by any statement made in this e-mail unless confirmed in writing<br>\n&gt; &gt; by an authorised signatory.<br>\n&gt; &gt;<br>\n&gt; &gt; ________________________________<br>\n&gt; &gt; From: IT Service Desk &lt;servicedesk@test.local&gt;<br>\n&gt; &gt; Sent: Tuesday, November 24, 2026 11:42 AM<br>\n&gt; &gt; To: Dana Whitfield &lt;customer1@test.local&gt;<br>\n&gt; &gt; Subject: RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update<br>\n&gt; &gt;<br>\n&gt; &gt; Hello Dana,<br>\n&gt; &gt;<br>\n&gt; &gt; thanks for the log and for your time on the phone. A short summary:<br>\n&gt; &gt;<br>\n&gt; &gt; Cause: the new VPN client (5.2) only accepts modern encryption settings,<br>\n&gt; &gt; and the gateway behind your usual profile \"ACME-EU-Central\" (vpn-gw-02)<br>\n&gt; &gt; does not offer them yet.<br>\n&gt; &gt;<br>\n&gt; &gt; Workaround: please use the profile \"ACME-EU-West-Alt\" until further<br>\n&gt; &gt; notice. It may be a little slower, as it routes via our second data<br>\n&gt; &gt; centre.<br>\n&gt; &gt;<br>\n&gt; &gt; Fix: our network team will update the gateway configuration tonight<br>\n&gt; &gt; between 22:00 and 23:00 CET. No action is needed on your side.<br>\n&gt; &gt;<br>\n&gt; &gt; I will check back with you on Thursday, 26 November, at 10:00 CET. If<br>\n&gt; &gt; you can test the \"ACME-EU-Central\" profile before then, just reply to<br>\n&gt; &gt; this e-mail.<br>\n&gt; &gt;<br>\n&gt; &gt; Kind regards,<br>\n&gt; &gt;<br>\n&gt; &gt; Agent One<br>\n&gt; &gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; &gt; ACME Managed IT Services<br>\n&gt; &gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; &gt; Self-service portal: https://support.acme.test.local<br>\n&gt; &gt;<br>\n&gt; &gt; On 24/11/2026 09:31, Dana Whitfield wrote:<br>\n&gt; &gt;&gt; Hi Agent One,<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; log attached (SecureLinkClient_20261124.log). I exported it right after<br>\n&gt; &gt;&gt; another failed attempt at 09:24, so the last lines should show the<br>\n&gt; &gt;&gt; error.<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; In case it matters: a colleague who sits next to me (same laptop model,<br>\n&gt; &gt;&gt; not updated yet) can still connect.<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; Best,<br>\n&gt; &gt;&gt; Dana<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; -- <br>\n&gt; &gt;&gt; Dana Whitfield<br>\n&gt; &gt;&gt; Senior Financial Analyst | Group Controlling<br>\n&gt; &gt;&gt; ACME Corporation | +1 555 0142 ext. 318<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; On 11/24/26 8:47 AM, IT Service Desk wrote:<br>\n&gt; &gt;&gt;&gt; Hello Dana,<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; thank you for your message and the screenshot. We are seeing the same<br>\n&gt; &gt;&gt;&gt; error on a few other laptops since this morning's client update, so you<br>\n&gt; &gt;&gt;&gt; are not alone.<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; To narrow it down, could you please send us the client log?<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;  1. Right-click the SecureLink icon in the system tray.<br>\n&gt; &gt;&gt;&gt;  2. Choose \"Diagnostics\" &gt; \"Export log...\".<br>\n&gt; &gt;&gt;&gt;  3. Reply to this e-mail with the exported .log file attached.<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; Please keep the ticket number [Ticket#2026112410000555] in the subject<br>\n&gt; &gt;&gt;&gt; when replying.<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; Kind regards,<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; Agent One<br>\n&gt; &gt;&gt;&gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; &gt;&gt;&gt; ACME Managed IT Services<br>\n&gt; &gt;&gt;&gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; &gt;&gt;&gt; Self-service portal: https://support.acme.test.local<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; On 24/11/2026 08:12, Dana Whitfield wrote:<br>\n&gt; &gt;&gt;&gt;&gt; Hi IT Service Desk,<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; since this morning's update my laptop (asset tag ACME-NB-20417, Windows<br>\n&gt; &gt;&gt;&gt;&gt; 11) no longer connects to the VPN. The SecureLink Connect client shows<br>\n&gt; &gt;&gt;&gt;&gt; \"Connecting...\" for about 30 seconds and then fails with:<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt;     Error 0x800B0109: Could not establish a secure channel to vpn-gw-02.acme.test.local<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Yesterday evening everything was fine. Overnight the laptop installed<br>\n&gt; &gt;&gt;&gt;&gt; the November cumulative update and, as far as I can tell, the VPN client<br>\n&gt; &gt;&gt;&gt;&gt; updated itself to version 5.2.0.118 at the same time.<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; What I have tried so far:<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt;  - restarted the laptop twice<br>\n&gt; &gt;&gt;&gt;&gt;  - switched between my home Wi-Fi and my phone's hotspot<br>\n&gt; &gt;&gt;&gt;&gt;  - signed out of the client and back in<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; I'm attaching a screenshot of the error. I need the VPN for the<br>\n&gt; &gt;&gt;&gt;&gt; month-end close (SAP and the shared finance drive), so I'd be grateful<br>\n&gt; &gt;&gt;&gt;&gt; if someone could look at it today.<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Thanks in advance,<br>\n&gt; &gt;&gt;&gt;&gt; Dana<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Dana Whitfield<br>\n&gt; &gt;&gt;&gt;&gt; Senior Financial Analyst | Group Controlling<br>\n&gt; &gt;&gt;&gt;&gt; ACME Corporation<br>\n&gt; &gt;&gt;&gt;&gt; 1200 Example Parkway, Building C, 4th floor<br>\n&gt; &gt;&gt;&gt;&gt; Springfield, XY 00000<br>\n&gt; &gt;&gt;&gt;&gt; Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199<br>\n&gt; &gt;&gt;&gt;&gt; customer1@test.local | https://intranet.acme.test.local<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; ACME Corporation - Precision components since 1952<br>\n&gt; &gt;&gt;&gt;&gt; Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\n&gt; &gt;&gt;&gt;&gt; Board: A. Example (Chair), B. Sample, C. Placeholder<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Please consider the environment before printing this e-mail.<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,<br>\n&gt; &gt;&gt;&gt;&gt; is for the sole use of the intended recipient(s) and may contain<br>\n&gt; &gt;&gt;&gt;&gt; confidential and privileged information. Any unauthorized review, use,<br>\n&gt; &gt;&gt;&gt;&gt; disclosure or distribution is prohibited. If you are not the intended<br>\n&gt; &gt;&gt;&gt;&gt; recipient, please contact the sender by reply e-mail and destroy all<br>\n&gt; &gt;&gt;&gt;&gt; copies of the original message. E-mail transmission cannot be guaranteed<br>\n&gt; &gt;&gt;&gt;&gt; to be secure or error-free; ACME Corporation therefore does not accept<br>\n&gt; &gt;&gt;&gt;&gt; liability for any errors or omissions in the contents of this message<br>\n&gt; &gt;&gt;&gt;&gt; which arise as a result of e-mail transmission. ACME Corporation is not<br>\n&gt; &gt;&gt;&gt;&gt; bound by any statement made in this e-mail unless confirmed in writing<br>\n&gt; &gt;&gt;&gt;&gt; by an authorised signatory.</blockquote></div>\n</blockquote></div>\n</div>\n",
        "ContentType": "text/html; charset=utf8"
      }
    },
    "result": {
      "ArticleID": "118",
      "TicketNumber": "2026112410000555",
      "TicketID": "56"
    }
  },
  {
    "fixture": "ticket-update.thread-vpn.13",
    "at": "2026-11-24T05:35:38Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "56",
    "body": {
      "Ticket": {
        "State": "closed successful"
      },
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "From": "\"IT Service Desk\" <servicedesk@test.local>",
        "To": "\"Dana Whitfield\" <customer1@test.local>",
        "Subject": "RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update",
        "Body": "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/></head><body style=\"font-family:Geneva,Helvetica,Arial,sans-serif; font-size: 12px;\">Hello Dana,<br>\n<br>\nthank you for confirming. I'm closing this ticket now.<br>\n<br>\nIf the problem comes back, simply reply to this e-mail within 7 days and the ticket will be reopened; after that, please open a new request in the self-service portal.<br>\n<br>\nKind regards,<br>\n<br>\nAgent One<br>\nIT Service Desk - 2nd Level Network &amp; Remote Access<br>\nACME Managed IT Services<br>\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\nSelf-service portal: https://support.acme.test.local<br>\n<br>\n<br>\n<div type=\"cite\" style=\"border:none;border-left:solid blue 1.5pt;padding:0cm 0cm 0cm 4.0pt\">On 26/11/2026 09:58, Dana Whitfield wrote:<br>\n<blockquote type=\"cite\">Hi Agent One,<br>\n<br>\nno drops at all since yesterday - it worked all evening and again this morning. Please go ahead and close the ticket.<br>\n<br>\nThanks a lot to you and the network team for the quick help!<br>\n<br>\nBest regards,<br>\nDana<br>\n<br>\n<p class=\"MsoNormal\">&nbsp;</p>\n<table class=\"MsoNormalTable\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\">\n<tr><td style=\"border:none;border-right:solid #C00000 1.5pt;padding:0cm 8pt 0cm 0cm\"><p class=\"MsoNormal\"><b><span style=\"color:#C00000\">ACME</span></b></p></td>\n<td style=\"padding:0cm 0cm 0cm 8pt\"><p class=\"MsoNormal\"><b>Dana Whitfield</b><br>\nSenior Financial Analyst | Group Controlling<br>\nACME Corporation<br>\n1200 Example Parkway, Building C, 4th floor<br>\nSpringfield, XY 00000<br>\nPhone: +1&nbsp;555&nbsp;0142 ext.&nbsp;318 | Mobile: +1&nbsp;555&nbsp;0199<br>\n<a href=\"mailto:customer1@test.local\">customer1@test.local</a> | <a href=\"https://intranet.acme.test.local\">https://intranet.acme.test.local</a></p></td></tr>\n</table>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#595959\">ACME Corporation - Precision components since 1952<br>\nRegistered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\nBoard: A. Example (Chair), B. Sample, C. Placeholder</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:#00B050\">Please consider the environment before printing this e-mail.</span></p>\n<p class=\"MsoNormal\"><span style=\"font-size:7.0pt;color:#7F7F7F\">CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. E-mail transmission cannot be guaranteed to be secure or error-free; ACME Corporation therefore does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. ACME Corporation is not bound by any statement made in this e-mail unless confirmed in writing by an authorised signatory.</span></p>\n<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Wed, 25 Nov 2026 at 17:20, IT Service Desk &lt;servicedesk@test.local&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">Hello Dana,<br>\n<br>\ngreat news, thank you for testing. For the record:<br>\n<br>\n<ul>\n<li>Root cause: VPN client 5.2 requires AES-GCM cipher suites; vpn-gw-02 only offered AES-CBC.</li>\n<li>Fix: GCM suites enabled on vpn-gw-02 (change CHG-20261124-031), confirmed by the vendor under case SLC-CASE-0048213.</li>\n<li>You can keep \"ACME-EU-West-Alt\" as a fallback profile; there is no need to remove it.</li>\n</ul>\nI'll leave the ticket open until tomorrow morning. If everything stays stable, a short reply is enough and I'll close it.<br>\n<br>\nKind regards,<br>\n<br>\nAgent One<br>\nIT Service Desk - 2nd Level Network &amp; Remote Access<br>\nACME Managed IT Services<br>\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\nSelf-service portal: https://support.acme.test.local<br>\n<br>\n<br>\n<div type=\"cite\" style=\"border:none;border-left:solid blue 1.5pt;padding:0cm 0cm 0cm 4.0pt\">On 25/11/2026 16:02, Dana Whitfield wrote:<br>\n<blockquote type=\"cite\">It works! Connected via ACME-EU-Central from home at 16:00, stable for<br>\nover an hour now, SAP is fine.<br>\n<br>\nI'll keep an eye on it and tell you tomorrow if it drops again.<br>\n<br>\nDana<br>\n<br>\nSent from my phone<br>\n<br>\nOn Wed, Nov 25, 2026 at 12:41 PM IT Service Desk &lt;servicedesk@test.local&gt; wrote:<br>\n&gt; Hello Dana,<br>\n&gt;<br>\n&gt; sorry about that - the gateway change was postponed last night because<br>\n&gt; it clashed with another maintenance window. The network team has now<br>\n&gt; carried it out as an emergency change (CHG-20261124-031) at 12:30 today.<br>\n&gt; I have copied them on this e-mail.<br>\n&gt;<br>\n&gt; Please switch back to \"ACME-EU-Central\" and let us know whether it<br>\n&gt; connects. The drops you saw on \"ACME-EU-West-Alt\" come from a 10-minute<br>\n&gt; idle timeout on vpn-gw-01; that profile was only meant as a stop-gap.<br>\n&gt;<br>\n&gt; Kind regards,<br>\n&gt;<br>\n&gt; Agent One<br>\n&gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; ACME Managed IT Services<br>\n&gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; Self-service portal: https://support.acme.test.local<br>\n&gt;<br>\n&gt; On 25/11/2026 08:05, Dana Whitfield wrote:<br>\n&gt; &gt; Hi,<br>\n&gt; &gt;<br>\n&gt; &gt; quick update: the workaround profile works in the office, but from home<br>\n&gt; &gt; it connects and then drops every 10-15 minutes (\"Tunnel idle timeout\").<br>\n&gt; &gt; That makes remote SAP sessions impossible.<br>\n&gt; &gt;<br>\n&gt; &gt; I also tried \"ACME-EU-Central\" this morning at 07:45 - same error as<br>\n&gt; &gt; before (0x800B0109), so it looks like the gateway change hasn't happened<br>\n&gt; &gt; yet?<br>\n&gt; &gt;<br>\n&gt; &gt; Regards,<br>\n&gt; &gt; Dana<br>\n&gt; &gt;<br>\n&gt; &gt; Dana Whitfield<br>\n&gt; &gt; Senior Financial Analyst | Group Controlling<br>\n&gt; &gt; ACME Corporation<br>\n&gt; &gt; 1200 Example Parkway, Building C, 4th floor<br>\n&gt; &gt; Springfield, XY 00000<br>\n&gt; &gt; Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199<br>\n&gt; &gt; customer1@test.local | https://intranet.acme.test.local<br>\n&gt; &gt;<br>\n&gt; &gt; ACME Corporation - Precision components since 1952<br>\n&gt; &gt; Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\n&gt; &gt; Board: A. Example (Chair), B. Sample, C. Placeholder<br>\n&gt; &gt;<br>\n&gt; &gt; Please consider the environment before printing this e-mail.<br>\n&gt; &gt;<br>\n&gt; &gt; CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,<br>\n&gt; &gt; is for the sole use of the intended recipient(s) and may contain<br>\n&gt; &gt; confidential and privileged information. Any unauthorized review, use,<br>\n&gt; &gt; disclosure or distribution is prohibited. If you are not the intended<br>\n&gt; &gt; recipient, please contact the sender by reply e-mail and destroy all<br>\n&gt; &gt; copies of the original message. E-mail transmission cannot be guaranteed<br>\n&gt; &gt; to be secure or error-free; ACME Corporation therefore does not accept<br>\n&gt; &gt; liability for any errors or omissions in the contents of this message<br>\n&gt; &gt; which arise as a result of e-mail transmission. ACME Corporation is not<br>\n&gt; &gt; bound by any statement made in this e-mail unless confirmed in writing<br>\n&gt; &gt; by an authorised signatory.<br>\n&gt; &gt;<br>\n&gt; &gt; ________________________________<br>\n&gt; &gt; From: IT Service Desk &lt;servicedesk@test.local&gt;<br>\n&gt; &gt; Sent: Tuesday, November 24, 2026 11:42 AM<br>\n&gt; &gt; To: Dana Whitfield &lt;customer1@test.local&gt;<br>\n&gt; &gt; Subject: RE: [Ticket#2026112410000555] Laptop won't connect to VPN after update<br>\n&gt; &gt;<br>\n&gt; &gt; Hello Dana,<br>\n&gt; &gt;<br>\n&gt; &gt; thanks for the log and for your time on the phone. A short summary:<br>\n&gt; &gt;<br>\n&gt; &gt; Cause: the new VPN client (5.2) only accepts modern encryption settings,<br>\n&gt; &gt; and the gateway behind your usual profile \"ACME-EU-Central\" (vpn-gw-02)<br>\n&gt; &gt; does not offer them yet.<br>\n&gt; &gt;<br>\n&gt; &gt; Workaround: please use the profile \"ACME-EU-West-Alt\" until further<br>\n&gt; &gt; notice. It may be a little slower, as it routes via our second data<br>\n&gt; &gt; centre.<br>\n&gt; &gt;<br>\n&gt; &gt; Fix: our network team will update the gateway configuration tonight<br>\n&gt; &gt; between 22:00 and 23:00 CET. No action is needed on your side.<br>\n&gt; &gt;<br>\n&gt; &gt; I will check back with you on Thursday, 26 November, at 10:00 CET. If<br>\n&gt; &gt; you can test the \"ACME-EU-Central\" profile before then, just reply to<br>\n&gt; &gt; this e-mail.<br>\n&gt; &gt;<br>\n&gt; &gt; Kind regards,<br>\n&gt; &gt;<br>\n&gt; &gt; Agent One<br>\n&gt; &gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; &gt; ACME Managed IT Services<br>\n&gt; &gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; &gt; Self-service portal: https://support.acme.test.local<br>\n&gt; &gt;<br>\n&gt; &gt; On 24/11/2026 09:31, Dana Whitfield wrote:<br>\n&gt; &gt;&gt; Hi Agent One,<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; log attached (SecureLinkClient_20261124.log). I exported it right after<br>\n&gt; &gt;&gt; another failed attempt at 09:24, so the last lines should show the<br>\n&gt; &gt;&gt; error.<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; In case it matters: a colleague who sits next to me (same laptop model,<br>\n&gt; &gt;&gt; not updated yet) can still connect.<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; Best,<br>\n&gt; &gt;&gt; Dana<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; -- <br>\n&gt; &gt;&gt; Dana Whitfield<br>\n&gt; &gt;&gt; Senior Financial Analyst | Group Controlling<br>\n&gt; &gt;&gt; ACME Corporation | +1 555 0142 ext. 318<br>\n&gt; &gt;&gt;<br>\n&gt; &gt;&gt; On 11/24/26 8:47 AM, IT Service Desk wrote:<br>\n&gt; &gt;&gt;&gt; Hello Dana,<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; thank you for your message and the screenshot. We are seeing the same<br>\n&gt; &gt;&gt;&gt; error on a few other laptops since this morning's client update, so you<br>\n&gt; &gt;&gt;&gt; are not alone.<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; To narrow it down, could you please send us the client log?<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;  1. Right-click the SecureLink icon in the system tray.<br>\n&gt; &gt;&gt;&gt;  2. Choose \"Diagnostics\" &gt; \"Export log...\".<br>\n&gt; &gt;&gt;&gt;  3. Reply to this e-mail with the exported .log file attached.<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; Please keep the ticket number [Ticket#2026112410000555] in the subject<br>\n&gt; &gt;&gt;&gt; when replying.<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; Kind regards,<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; Agent One<br>\n&gt; &gt;&gt;&gt; IT Service Desk - 2nd Level Network &amp; Remote Access<br>\n&gt; &gt;&gt;&gt; ACME Managed IT Services<br>\n&gt; &gt;&gt;&gt; Service Desk: +1 555 0100 (24/7) | servicedesk@test.local<br>\n&gt; &gt;&gt;&gt; Self-service portal: https://support.acme.test.local<br>\n&gt; &gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt; On 24/11/2026 08:12, Dana Whitfield wrote:<br>\n&gt; &gt;&gt;&gt;&gt; Hi IT Service Desk,<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; since this morning's update my laptop (asset tag ACME-NB-20417, Windows<br>\n&gt; &gt;&gt;&gt;&gt; 11) no longer connects to the VPN. The SecureLink Connect client shows<br>\n&gt; &gt;&gt;&gt;&gt; \"Connecting...\" for about 30 seconds and then fails with:<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt;     Error 0x800B0109: Could not establish a secure channel to vpn-gw-02.acme.test.local<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Yesterday evening everything was fine. Overnight the laptop installed<br>\n&gt; &gt;&gt;&gt;&gt; the November cumulative update and, as far as I can tell, the VPN client<br>\n&gt; &gt;&gt;&gt;&gt; updated itself to version 5.2.0.118 at the same time.<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; What I have tried so far:<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt;  - restarted the laptop twice<br>\n&gt; &gt;&gt;&gt;&gt;  - switched between my home Wi-Fi and my phone's hotspot<br>\n&gt; &gt;&gt;&gt;&gt;  - signed out of the client and back in<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; I'm attaching a screenshot of the error. I need the VPN for the<br>\n&gt; &gt;&gt;&gt;&gt; month-end close (SAP and the shared finance drive), so I'd be grateful<br>\n&gt; &gt;&gt;&gt;&gt; if someone could look at it today.<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Thanks in advance,<br>\n&gt; &gt;&gt;&gt;&gt; Dana<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Dana Whitfield<br>\n&gt; &gt;&gt;&gt;&gt; Senior Financial Analyst | Group Controlling<br>\n&gt; &gt;&gt;&gt;&gt; ACME Corporation<br>\n&gt; &gt;&gt;&gt;&gt; 1200 Example Parkway, Building C, 4th floor<br>\n&gt; &gt;&gt;&gt;&gt; Springfield, XY 00000<br>\n&gt; &gt;&gt;&gt;&gt; Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199<br>\n&gt; &gt;&gt;&gt;&gt; customer1@test.local | https://intranet.acme.test.local<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; ACME Corporation - Precision components since 1952<br>\n&gt; &gt;&gt;&gt;&gt; Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000<br>\n&gt; &gt;&gt;&gt;&gt; Board: A. Example (Chair), B. Sample, C. Placeholder<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; Please consider the environment before printing this e-mail.<br>\n&gt; &gt;&gt;&gt;&gt;<br>\n&gt; &gt;&gt;&gt;&gt; CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,<br>\n&gt; &gt;&gt;&gt;&gt; is for the sole use of the intended recipient(s) and may contain<br>\n&gt; &gt;&gt;&gt;&gt; confidential and privileged information. Any unauthorized review, use,<br>\n&gt; &gt;&gt;&gt;&gt; disclosure or distribution is prohibited. If you are not the intended<br>\n&gt; &gt;&gt;&gt;&gt; recipient, please contact the sender by reply e-mail and destroy all<br>\n&gt; &gt;&gt;&gt;&gt; copies of the original message. E-mail transmission cannot be guaranteed<br>\n&gt; &gt;&gt;&gt;&gt; to be secure or error-free; ACME Corporation therefore does not accept<br>\n&gt; &gt;&gt;&gt;&gt; liability for any errors or omissions in the contents of this message<br>\n&gt; &gt;&gt;&gt;&gt; which arise as a result of e-mail transmission. ACME Corporation is not<br>\n&gt; &gt;&gt;&gt;&gt; bound by any statement made in this e-mail unless confirmed in writing<br>\n&gt; &gt;&gt;&gt;&gt; by an authorised signatory.</blockquote></div>\n</blockquote></div>\n</blockquote></div>\n</body></html>",
        "ContentType": "text/html; charset=utf8"
      }
    },
    "result": {
      "TicketNumber": "2026112410000555",
      "TicketID": "56",
      "ArticleID": 119
    }
  },
  {
    "fixture": "ticket-create.thread-invoice",
    "at": "2026-11-24T05:35:52Z",
    "operation": "TicketCreate",
    "as": "agent1",
    "body": {
      "Ticket": {
        "Title": "Invoice PDF missing from portal",
        "Queue": "Misc",
        "State": "new",
        "Priority": "3 normal",
        "CustomerUser": "customer1"
      },
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "customer",
        "IsVisibleForCustomer": 1,
        "From": "\"Jürgen Weiß\" <customer1@test.local>",
        "To": "\"IT Service Desk\" <servicedesk@test.local>",
        "Subject": "Rechnungs-PDF fehlt im Portal / Invoice PDF missing from portal",
        "Body": "Guten Morgen liebes Service-Desk-Team,\n\nim Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\nRE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\nund der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\nausgegraut.\n\nOur colleagues in the Dubai office see the same thing: in the Arabic\nportal view the column header reads \"فاتورة\" (invoice), but there is no\ndownload link at all.\n\nFür unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\nSie bitte prüfen, woran das liegt? 🙏\n\nViele Grüße / Best regards\nJürgen Weiß\nKreditorenbuchhaltung (Accounts Payable)\nACME Corporation – Niederlassung Köln\nTel. +49 (0)000 000000-173",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "ArticleID": "120",
      "TicketID": "57",
      "TicketNumber": "2026112410000564"
    }
  },
  {
    "fixture": "ticket-create.thread-printer",
    "at": "2026-11-24T05:35:53Z",
    "operation": "TicketCreate",
    "as": "agent1",
    "body": {
      "Ticket": {
        "Title": "Printer on floor 3 offline",
        "Queue": "Misc",
        "State": "new",
        "Priority": "3 normal",
        "CustomerUser": "customer1",
        "Owner": "agent1"
      },
      "Article": {
        "CommunicationChannel": "Phone",
        "SenderType": "customer",
        "IsVisibleForCustomer": 1,
        "From": "\"Liam Okafor\" <customer1@test.local>",
        "Subject": "Printer on floor 3 offline",
        "Body": "Inbound call from Liam Okafor (Facilities, ext. 344) at 10:22.\nPrinter PRN-F3-02 (floor 3, next to the kitchen) shows \"Offline\" for everyone since about 10:15.\nThe display on the device reads \"Network cable unplugged\".\nPayroll print run is scheduled for 14:00 today, so this is time-critical.",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "ArticleID": "126",
      "TicketNumber": "2026112410000573",
      "TicketID": "58"
    }
  },
  {
    "fixture": "ticket-update.thread-invoice.1",
    "at": "2026-11-24T05:35:53Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "57",
    "body": {
      "Ticket": {
        "State": "open"
      },
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "From": "\"IT Service Desk\" <servicedesk@test.local>",
        "To": "\"Jürgen Weiß\" <customer1@test.local>",
        "Subject": "RE: [Ticket#2026112410000564] Rechnungs-PDF fehlt im Portal / Invoice PDF missing from portal",
        "Body": "Hallo Herr Weiß,\n\nvielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen:\nBei einigen Oktober-Rechnungen wurde das PDF offenbar nicht erzeugt.\n\nDamit wir die betroffenen Dokumente eingrenzen können: Könnten Sie bzw.\nIhre IT-Kollegen uns die Ausgabe der Browser-Konsole (F12 → „Konsole“)\nbeim Öffnen der Rechnungsübersicht schicken? Einfach in die Antwort\neinfügen genügt.\n\nMit freundlichen Grüßen / Kind regards\n\nAgent One\nIT Service Desk\nACME Managed IT Services\n\nAm 24.11.26 um 09:03 schrieb Jürgen Weiß:\n> Guten Morgen liebes Service-Desk-Team,\n>\n> im Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\n> RE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\n> und der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\n> ausgegraut.\n>\n> Our colleagues in the Dubai office see the same thing: in the Arabic\n> portal view the column header reads \"فاتورة\" (invoice), but there is no\n> download link at all.\n>\n> Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\n> Sie bitte prüfen, woran das liegt? 🙏\n>\n> Viele Grüße / Best regards\n> Jürgen Weiß\n> Kreditorenbuchhaltung (Accounts Payable)\n> ACME Corporation – Niederlassung Köln\n> Tel. +49 (0)000 000000-173",
        "ContentType": "text/plain; charset=utf8"
      },
      "DynamicField": {
        "Name": "ExternalRef",
        "Value": "RE-2026-10-4471"
      }
    },
    "result": {
      "ArticleID": 121,
      "TicketNumber": "2026112410000564",
      "TicketID": "57"
    }
  },
  {
    "fixture": "ticket-update.thread-invoice.2",
    "at": "2026-11-24T05:35:53Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "57",
    "body": {
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "customer",
        "IsVisibleForCustomer": 1,
        "From": "\"Jürgen Weiß\" <customer1@test.local>",
        "To": "\"IT Service Desk\" <servicedesk@test.local>",
        "Subject": "AW: [Ticket#2026112410000564] Rechnungs-PDF fehlt im Portal / Invoice PDF missing from portal",
        "Body": "Hallo Service-Desk-Team,\n\nanbei die Konsolenausgabe, die unsere Kollegin Leyla Haddad (IT Dubai)\nbeim Öffnen der Übersicht exportiert hat – leider recht lang, ich habe\nsie komplett eingefügt. Die Fehler tauchen nur bei Oktober-Rechnungen\nauf.\n\nGrüße\nJürgen Weiß\n\n----- Browser console (portal.acme.test.local, 24.11.2026 09:41, Firefox 132, locale ar-AE / fallback de-DE) -----\n[09:41:01.902] Navigated to https://portal.acme.test.local/invoices?period=2026-10\n[09:41:02.114] GET https://portal.acme.test.local/api/v2/invoices?period=2026-10&page=1&size=100 [HTTP/2 200 OK 212ms]\n[09:41:02.331] [InvoiceList] rendered 100 rows (locale=ar-AE, fallback=de-DE, columnLabel=\"فاتورة\")\n[09:41:02.430] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4401/document [HTTP/2 200 OK 27ms]\n[09:41:02.430] [InvoiceRow RE-2026-10-4401] document ready: RE-2026-10-4401.pdf (60 KB, sha256=d97e88cda0756bbc...)\n[09:41:02.442] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4402/document [HTTP/2 200 OK 80ms]\n[09:41:02.442] [InvoiceRow RE-2026-10-4402] document ready: RE-2026-10-4402.pdf (196 KB, sha256=e76cf668bb322d95...)\n[09:41:02.454] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4403/document [HTTP/2 404 Not Found 49ms]\n[09:41:02.454] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4403 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:02.454] [InvoiceRow RE-2026-10-4403] download button disabled (documentState=missing)\n[09:41:02.462] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4404/document [HTTP/2 200 OK 51ms]\n[09:41:02.462] [InvoiceRow RE-2026-10-4404] document ready: RE-2026-10-4404.pdf (195 KB, sha256=ee0992794d970cb8...)\n[09:41:02.477] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4405/document [HTTP/2 200 OK 15ms]\n[09:41:02.477] [InvoiceRow RE-2026-10-4405] document ready: RE-2026-10-4405.pdf (151 KB, sha256=2f430f3308c95731...)\n[09:41:02.515] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4406/document [HTTP/2 200 OK 37ms]\n[09:41:02.515] [InvoiceRow RE-2026-10-4406] document ready: RE-2026-10-4406.pdf (128 KB, sha256=b703dd25f7a54da9...)\n[09:41:02.533] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4407/document [HTTP/2 200 OK 15ms]\n[09:41:02.533] [InvoiceRow RE-2026-10-4407] document ready: RE-2026-10-4407.pdf (85 KB, sha256=e6370c167e9776f8...)\n[09:41:02.560] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4408/document [HTTP/2 404 Not Found 32ms]\n[09:41:02.560] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4408 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:02.560] [InvoiceRow RE-2026-10-4408] download button disabled (documentState=missing)\n[09:41:02.584] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4409/document [HTTP/2 200 OK 39ms]\n[09:41:02.584] [InvoiceRow RE-2026-10-4409] document ready: RE-2026-10-4409.pdf (240 KB, sha256=5855aa317b62f595...)\n[09:41:02.601] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4410/document [HTTP/2 200 OK 54ms]\n[09:41:02.601] [InvoiceRow RE-2026-10-4410] document ready: RE-2026-10-4410.pdf (189 KB, sha256=2ecb3a858910ce57...)\n[09:41:02.605] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4411/document [HTTP/2 200 OK 51ms]\n[09:41:02.605] [InvoiceRow RE-2026-10-4411] document ready: RE-2026-10-4411.pdf (137 KB, sha256=33f76690ed404752...)\n[09:41:02.643] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4412/document [HTTP/2 404 Not Found 53ms]\n[09:41:02.643] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4412 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:02.643] [InvoiceRow RE-2026-10-4412] download button disabled (documentState=missing)\n[09:41:02.671] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4413/document [HTTP/2 200 OK 74ms]\n[09:41:02.671] [InvoiceRow RE-2026-10-4413] document ready: RE-2026-10-4413.pdf (69 KB, sha256=b3ec0a7463e6782c...)\n[09:41:02.675] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4414/document [HTTP/2 200 OK 65ms]\n[09:41:02.675] [InvoiceRow RE-2026-10-4414] document ready: RE-2026-10-4414.pdf (176 KB, sha256=efb804cadcbb3d68...)\n[09:41:02.703] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4415/document [HTTP/2 200 OK 88ms]\n[09:41:02.703] [InvoiceRow RE-2026-10-4415] document ready: RE-2026-10-4415.pdf (155 KB, sha256=df402279d7d25cd0...)\n[09:41:02.734] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4416/document [HTTP/2 200 OK 89ms]\n[09:41:02.734] [InvoiceRow RE-2026-10-4416] document ready: RE-2026-10-4416.pdf (252 KB, sha256=701503880278e876...)\n[09:41:02.764] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4417/document [HTTP/2 200 OK 80ms]\n[09:41:02.764] [InvoiceRow RE-2026-10-4417] document ready: RE-2026-10-4417.pdf (67 KB, sha256=f714bc87cff8e627...)\n[09:41:02.799] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4418/document [HTTP/2 200 OK 78ms]\n[09:41:02.799] [InvoiceRow RE-2026-10-4418] document ready: RE-2026-10-4418.pdf (228 KB, sha256=7a04b1c296d97e41...)\n[09:41:02.832] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4419/document [HTTP/2 404 Not Found 20ms]\n[09:41:02.832] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4419 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:02.832] [InvoiceRow RE-2026-10-4419] download button disabled (documentState=missing)\n[09:41:02.843] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4420/document [HTTP/2 200 OK 43ms]\n[09:41:02.843] [InvoiceRow RE-2026-10-4420] document ready: RE-2026-10-4420.pdf (193 KB, sha256=d6182807c9ef434c...)\n[09:41:02.867] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4421/document [HTTP/2 200 OK 27ms]\n[09:41:02.867] [InvoiceRow RE-2026-10-4421] document ready: RE-2026-10-4421.pdf (94 KB, sha256=0fd57df0bdfbf591...)\n[09:41:02.883] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4422/document [HTTP/2 200 OK 22ms]\n[09:41:02.883] [InvoiceRow RE-2026-10-4422] document ready: RE-2026-10-4422.pdf (150 KB, sha256=0205a34406161d0f...)\n[09:41:02.915] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4423/document [HTTP/2 200 OK 38ms]\n[09:41:02.915] [InvoiceRow RE-2026-10-4423] document ready: RE-2026-10-4423.pdf (86 KB, sha256=3f1575d323121cb4...)\n[09:41:02.946] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4424/document [HTTP/2 200 OK 79ms]\n[09:41:02.946] [InvoiceRow RE-2026-10-4424] document ready: RE-2026-10-4424.pdf (190 KB, sha256=43af1b43fc14049b...)\n[09:41:02.965] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4425/document [HTTP/2 200 OK 56ms]\n[09:41:02.965] [InvoiceRow RE-2026-10-4425] document ready: RE-2026-10-4425.pdf (56 KB, sha256=045f46d0e9a159dd...)\n[09:41:02.986] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4426/document [HTTP/2 200 OK 87ms]\n[09:41:02.986] [InvoiceRow RE-2026-10-4426] document ready: RE-2026-10-4426.pdf (197 KB, sha256=4078290b51ade6bc...)\n[09:41:03.009] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4427/document [HTTP/2 404 Not Found 48ms]\n[09:41:03.009] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4427 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.009] [InvoiceRow RE-2026-10-4427] download button disabled (documentState=missing)\n[09:41:03.018] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4428/document [HTTP/2 200 OK 45ms]\n[09:41:03.018] [InvoiceRow RE-2026-10-4428] document ready: RE-2026-10-4428.pdf (259 KB, sha256=1444142ae9f5caed...)\n[09:41:03.051] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4429/document [HTTP/2 200 OK 58ms]\n[09:41:03.051] [InvoiceRow RE-2026-10-4429] document ready: RE-2026-10-4429.pdf (132 KB, sha256=27e154eead976eef...)\n[09:41:03.085] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4430/document [HTTP/2 200 OK 18ms]\n[09:41:03.085] [InvoiceRow RE-2026-10-4430] document ready: RE-2026-10-4430.pdf (187 KB, sha256=ffc238adca72d591...)\n[09:41:03.102] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4431/document [HTTP/2 404 Not Found 51ms]\n[09:41:03.102] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4431 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.102] [InvoiceRow RE-2026-10-4431] download button disabled (documentState=missing)\n[09:41:03.125] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4432/document [HTTP/2 200 OK 77ms]\n[09:41:03.125] [InvoiceRow RE-2026-10-4432] document ready: RE-2026-10-4432.pdf (180 KB, sha256=62f18e3705370401...)\n[09:41:03.146] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4433/document [HTTP/2 200 OK 25ms]\n[09:41:03.146] [InvoiceRow RE-2026-10-4433] document ready: RE-2026-10-4433.pdf (52 KB, sha256=acbea33c5632f95c...)\n[09:41:03.150] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4434/document [HTTP/2 200 OK 88ms]\n[09:41:03.150] [InvoiceRow RE-2026-10-4434] document ready: RE-2026-10-4434.pdf (97 KB, sha256=b162bc1ed28c2442...)\n[09:41:03.163] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4435/document [HTTP/2 200 OK 52ms]\n[09:41:03.163] [InvoiceRow RE-2026-10-4435] document ready: RE-2026-10-4435.pdf (199 KB, sha256=430e3076e746366a...)\n[09:41:03.192] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4436/document [HTTP/2 404 Not Found 33ms]\n[09:41:03.192] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4436 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.192] [InvoiceRow RE-2026-10-4436] download button disabled (documentState=missing)\n[09:41:03.218] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4437/document [HTTP/2 200 OK 67ms]\n[09:41:03.218] [InvoiceRow RE-2026-10-4437] document ready: RE-2026-10-4437.pdf (113 KB, sha256=77b98d9c985bafe9...)\n[09:41:03.234] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4438/document [HTTP/2 200 OK 26ms]\n[09:41:03.234] [InvoiceRow RE-2026-10-4438] document ready: RE-2026-10-4438.pdf (131 KB, sha256=c6ce41fddf903d96...)\n[09:41:03.242] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4439/document [HTTP/2 200 OK 16ms]\n[09:41:03.242] [InvoiceRow RE-2026-10-4439] document ready: RE-2026-10-4439.pdf (105 KB, sha256=ffb69a0782849002...)\n[09:41:03.271] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4440/document [HTTP/2 200 OK 59ms]\n[09:41:03.271] [InvoiceRow RE-2026-10-4440] document ready: RE-2026-10-4440.pdf (232 KB, sha256=ccd29d3891e7402d...)\n[09:41:03.290] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4441/document [HTTP/2 200 OK 34ms]\n[09:41:03.290] [InvoiceRow RE-2026-10-4441] document ready: RE-2026-10-4441.pdf (179 KB, sha256=513b325ebb9be901...)\n[09:41:03.294] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4442/document [HTTP/2 200 OK 44ms]\n[09:41:03.294] [InvoiceRow RE-2026-10-4442] document ready: RE-2026-10-4442.pdf (153 KB, sha256=b6630efc06832fe6...)\n[09:41:03.312] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4443/document [HTTP/2 200 OK 61ms]\n[09:41:03.312] [InvoiceRow RE-2026-10-4443] document ready: RE-2026-10-4443.pdf (213 KB, sha256=de50ece1e1b6fc22...)\n[09:41:03.319] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4444/document [HTTP/2 404 Not Found 29ms]\n[09:41:03.319] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4444 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.319] [InvoiceRow RE-2026-10-4444] download button disabled (documentState=missing)\n[09:41:03.349] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4445/document [HTTP/2 200 OK 66ms]\n[09:41:03.349] [InvoiceRow RE-2026-10-4445] document ready: RE-2026-10-4445.pdf (128 KB, sha256=f37c3fe48e94c4e1...)\n[09:41:03.374] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4446/document [HTTP/2 200 OK 46ms]\n[09:41:03.374] [InvoiceRow RE-2026-10-4446] document ready: RE-2026-10-4446.pdf (229 KB, sha256=031dd9790dd72206...)\n[09:41:03.413] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4447/document [HTTP/2 200 OK 63ms]\n[09:41:03.413] [InvoiceRow RE-2026-10-4447] document ready: RE-2026-10-4447.pdf (253 KB, sha256=36f0dac606b1cb5c...)\n[09:41:03.429] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4448/document [HTTP/2 200 OK 36ms]\n[09:41:03.429] [InvoiceRow RE-2026-10-4448] document ready: RE-2026-10-4448.pdf (148 KB, sha256=fa9ea5f6c52ad146...)\n[09:41:03.463] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4449/document [HTTP/2 200 OK 82ms]\n[09:41:03.463] [InvoiceRow RE-2026-10-4449] document ready: RE-2026-10-4449.pdf (218 KB, sha256=31c46a08888a4c05...)\n[09:41:03.484] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4450/document [HTTP/2 404 Not Found 54ms]\n[09:41:03.484] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4450 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.484] [InvoiceRow RE-2026-10-4450] download button disabled (documentState=missing)\n[09:41:03.508] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4451/document [HTTP/2 200 OK 34ms]\n[09:41:03.508] [InvoiceRow RE-2026-10-4451] document ready: RE-2026-10-4451.pdf (102 KB, sha256=eb1607dc8a89625a...)\n[09:41:03.536] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4452/document [HTTP/2 200 OK 40ms]\n[09:41:03.536] [InvoiceRow RE-2026-10-4452] document ready: RE-2026-10-4452.pdf (48 KB, sha256=b307f92cde4e0758...)\n[09:41:03.544] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4453/document [HTTP/2 200 OK 50ms]\n[09:41:03.544] [InvoiceRow RE-2026-10-4453] document ready: RE-2026-10-4453.pdf (86 KB, sha256=ea91e837d7faa707...)\n[09:41:03.581] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4454/document [HTTP/2 200 OK 25ms]\n[09:41:03.581] [InvoiceRow RE-2026-10-4454] document ready: RE-2026-10-4454.pdf (195 KB, sha256=f4974a71157abe54...)\n[09:41:03.605] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4455/document [HTTP/2 200 OK 84ms]\n[09:41:03.605] [InvoiceRow RE-2026-10-4455] document ready: RE-2026-10-4455.pdf (168 KB, sha256=a69515b8c6f5620f...)\n[09:41:03.641] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4456/document [HTTP/2 200 OK 16ms]\n[09:41:03.641] [InvoiceRow RE-2026-10-4456] document ready: RE-2026-10-4456.pdf (198 KB, sha256=3d0a8913615150c9...)\n[09:41:03.648] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4457/document [HTTP/2 404 Not Found 42ms]\n[09:41:03.648] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4457 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.648] [InvoiceRow RE-2026-10-4457] download button disabled (documentState=missing)\n[09:41:03.685] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4458/document [HTTP/2 200 OK 35ms]\n[09:41:03.685] [InvoiceRow RE-2026-10-4458] document ready: RE-2026-10-4458.pdf (109 KB, sha256=d1cc9344f8cbe3f2...)\n[09:41:03.706] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4459/document [HTTP/2 200 OK 58ms]\n[09:41:03.706] [InvoiceRow RE-2026-10-4459] document ready: RE-2026-10-4459.pdf (249 KB, sha256=21975d06026f98f9...)\n[09:41:03.732] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4460/document [HTTP/2 200 OK 41ms]\n[09:41:03.732] [InvoiceRow RE-2026-10-4460] document ready: RE-2026-10-4460.pdf (217 KB, sha256=cff6f8760c28e2bc...)\n[09:41:03.761] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4461/document [HTTP/2 200 OK 47ms]\n[09:41:03.761] [InvoiceRow RE-2026-10-4461] document ready: RE-2026-10-4461.pdf (198 KB, sha256=78bd0e4cbb34fd04...)\n[09:41:03.794] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4462/document [HTTP/2 404 Not Found 34ms]\n[09:41:03.794] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4462 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.794] [InvoiceRow RE-2026-10-4462] download button disabled (documentState=missing)\n[09:41:03.799] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4463/document [HTTP/2 200 OK 15ms]\n[09:41:03.799] [InvoiceRow RE-2026-10-4463] document ready: RE-2026-10-4463.pdf (144 KB, sha256=95680301f921df46...)\n[09:41:03.839] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4464/document [HTTP/2 200 OK 28ms]\n[09:41:03.839] [InvoiceRow RE-2026-10-4464] document ready: RE-2026-10-4464.pdf (92 KB, sha256=786ebc1d95468ebc...)\n[09:41:03.861] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4465/document [HTTP/2 200 OK 63ms]\n[09:41:03.861] [InvoiceRow RE-2026-10-4465] document ready: RE-2026-10-4465.pdf (110 KB, sha256=78d06d3a14b26307...)\n[09:41:03.892] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4466/document [HTTP/2 200 OK 59ms]\n[09:41:03.892] [InvoiceRow RE-2026-10-4466] document ready: RE-2026-10-4466.pdf (151 KB, sha256=2e8b78700ab6f975...)\n[09:41:03.907] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4467/document [HTTP/2 200 OK 21ms]\n[09:41:03.907] [InvoiceRow RE-2026-10-4467] document ready: RE-2026-10-4467.pdf (91 KB, sha256=b8a8fab1d8a600d0...)\n[09:41:03.923] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4468/document [HTTP/2 404 Not Found 52ms]\n[09:41:03.923] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4468 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.923] [InvoiceRow RE-2026-10-4468] download button disabled (documentState=missing)\n[09:41:09.870] [InvoiceList] 19 of 68 documents missing; first: RE-2026-10-4403\n----- end of console log -----\n\nAm 24.11.26 um 09:20 schrieb IT Service Desk:\n> Hallo Herr Weiß,\n>\n> vielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen:\n> Bei einigen Oktober-Rechnungen wurde das PDF offenbar nicht erzeugt.\n>\n> Damit wir die betroffenen Dokumente eingrenzen können: Könnten Sie bzw.\n> Ihre IT-Kollegen uns die Ausgabe der Browser-Konsole (F12 → „Konsole“)\n> beim Öffnen der Rechnungsübersicht schicken? Einfach in die Antwort\n> einfügen genügt.\n>\n> Mit freundlichen Grüßen / Kind regards\n>\n> Agent One\n> IT Service Desk\n> ACME Managed IT Services\n>\n> Am 24.11.26 um 09:03 schrieb Jürgen Weiß:\n>> Guten Morgen liebes Service-Desk-Team,\n>>\n>> im Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\n>> RE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\n>> und der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\n>> ausgegraut.\n>>\n>> Our colleagues in the Dubai office see the same thing: in the Arabic\n>> portal view the column header reads \"فاتورة\" (invoice), but there is no\n>> download link at all.\n>>\n>> Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\n>> Sie bitte prüfen, woran das liegt? 🙏\n>>\n>> Viele Grüße / Best regards\n>> Jürgen Weiß\n>> Kreditorenbuchhaltung (Accounts Payable)\n>> ACME Corporation – Niederlassung Köln\n>> Tel. +49 (0)000 000000-173",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "TicketID": "57",
      "TicketNumber": "2026112410000564",
      "ArticleID": "122"
    }
  },
  {
    "fixture": "ticket-update.thread-invoice.3",
    "at": "2026-11-24T05:35:53Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "57",
    "body": {
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "From": "\"IT Service Desk\" <servicedesk@test.local>",
        "To": "\"Jürgen Weiß\" <customer1@test.local>",
        "Subject": "RE: [Ticket#2026112410000564] Rechnungs-PDF fehlt im Portal / Invoice PDF missing from portal",
        "Body": "Hallo Herr Weiß,\n\ndanke für das Log – das hat sehr geholfen. Ursache: Seit dem\nPortal-Update vom 20.11. werden Rechnungen für Kunden mit arabischer\nZweitsprache zweisprachig erzeugt. Dem PDF-Dienst fehlte dafür eine\nSchriftart, deshalb schlug die Erzeugung bei 19 Oktober-Rechnungen fehl\n(u. a. RE-2026-10-4471).\n\nDie Schriftart ist nachinstalliert und alle 19 PDFs wurden neu erzeugt.\nBitte prüfen Sie, ob der Download jetzt funktioniert (ggf. die Seite mit\nStrg+F5 neu laden).\n\nMit freundlichen Grüßen / Kind regards\n\nAgent One\nIT Service Desk\nACME Managed IT Services\n\nAm 24.11.26 um 09:45 schrieb Jürgen Weiß:\n> Hallo Service-Desk-Team,\n>\n> anbei die Konsolenausgabe, die unsere Kollegin Leyla Haddad (IT Dubai)\n> beim Öffnen der Übersicht exportiert hat – leider recht lang, ich habe\n> sie komplett eingefügt. Die Fehler tauchen nur bei Oktober-Rechnungen\n> auf.\n>\n> Grüße\n> Jürgen Weiß\n>\n> [… Konsolen-Log gekürzt / console log trimmed …]\n>\n> Am 24.11.26 um 09:20 schrieb IT Service Desk:\n>> Hallo Herr Weiß,\n>>\n>> vielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen:\n>> Bei einigen Oktober-Rechnungen wurde das PDF offenbar nicht erzeugt.\n>>\n>> Damit wir die betroffenen Dokumente eingrenzen können: Könnten Sie bzw.\n>> Ihre IT-Kollegen uns die Ausgabe der Browser-Konsole (F12 → „Konsole“)\n>> beim Öffnen der Rechnungsübersicht schicken? Einfach in die Antwort\n>> einfügen genügt.\n>>\n>> Mit freundlichen Grüßen / Kind regards\n>>\n>> Agent One\n>> IT Service Desk\n>> ACME Managed IT Services\n>>\n>> Am 24.11.26 um 09:03 schrieb Jürgen Weiß:\n>>> Guten Morgen liebes Service-Desk-Team,\n>>>\n>>> im Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\n>>> RE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\n>>> und der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\n>>> ausgegraut.\n>>>\n>>> Our colleagues in the Dubai office see the same thing: in the Arabic\n>>> portal view the column header reads \"فاتورة\" (invoice), but there is no\n>>> download link at all.\n>>>\n>>> Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\n>>> Sie bitte prüfen, woran das liegt? 🙏\n>>>\n>>> Viele Grüße / Best regards\n>>> Jürgen Weiß\n>>> Kreditorenbuchhaltung (Accounts Payable)\n>>> ACME Corporation – Niederlassung Köln\n>>> Tel. +49 (0)000 000000-173",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "ArticleID": 123,
      "TicketID": "57",
      "TicketNumber": "2026112410000564"
    }
  },
  {
    "fixture": "ticket-update.thread-invoice.4",
    "at": "2026-11-24T05:35:53Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "57",
    "body": {
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "customer",
        "IsVisibleForCustomer": 1,
        "From": "\"Jürgen Weiß\" <customer1@test.local>",
        "To": "\"IT Service Desk\" <servicedesk@test.local>",
        "Subject": "AW: [Ticket#2026112410000564] Rechnungs-PDF fehlt im Portal / Invoice PDF missing from portal",
        "Body": "Hallo Herr One,\n\nsuper, das PDF ist da und lässt sich öffnen 👍 Auch die Kollegen in Dubai\nsehen jetzt den Download-Link neben „فاتورة“.\n\nVielen Dank für die schnelle Hilfe – schöne Grüße aus Köln!\n\nJürgen Weiß\n\nAm 24.11.26 um 11:10 schrieb IT Service Desk:\n> Hallo Herr Weiß,\n>\n> danke für das Log – das hat sehr geholfen. Ursache: Seit dem\n> Portal-Update vom 20.11. werden Rechnungen für Kunden mit arabischer\n> Zweitsprache zweisprachig erzeugt. Dem PDF-Dienst fehlte dafür eine\n> Schriftart, deshalb schlug die Erzeugung bei 19 Oktober-Rechnungen fehl\n> (u. a. RE-2026-10-4471).\n>\n> Die Schriftart ist nachinstalliert und alle 19 PDFs wurden neu erzeugt.\n> Bitte prüfen Sie, ob der Download jetzt funktioniert (ggf. die Seite mit\n> Strg+F5 neu laden).\n>\n> Mit freundlichen Grüßen / Kind regards\n>\n> Agent One\n> IT Service Desk\n> ACME Managed IT Services\n>\n> Am 24.11.26 um 09:45 schrieb Jürgen Weiß:\n>> Hallo Service-Desk-Team,\n>>\n>> anbei die Konsolenausgabe, die unsere Kollegin Leyla Haddad (IT Dubai)\n>> beim Öffnen der Übersicht exportiert hat – leider recht lang, ich habe\n>> sie komplett eingefügt. Die Fehler tauchen nur bei Oktober-Rechnungen\n>> auf.\n>>\n>> Grüße\n>> Jürgen Weiß\n>>\n>> [… Konsolen-Log gekürzt / console log trimmed …]\n>>\n>> Am 24.11.26 um 09:20 schrieb IT Service Desk:\n>>> Hallo Herr Weiß,\n>>>\n>>> vielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen:\n>>> Bei einigen Oktober-Rechnungen wurde das PDF offenbar nicht erzeugt.\n>>>\n>>> Damit wir die betroffenen Dokumente eingrenzen können: Könnten Sie bzw.\n>>> Ihre IT-Kollegen uns die Ausgabe der Browser-Konsole (F12 → „Konsole“)\n>>> beim Öffnen der Rechnungsübersicht schicken? Einfach in die Antwort\n>>> einfügen genügt.\n>>>\n>>> Mit freundlichen Grüßen / Kind regards\n>>>\n>>> Agent One\n>>> IT Service Desk\n>>> ACME Managed IT Services\n>>>\n>>> Am 24.11.26 um 09:03 schrieb Jürgen Weiß:\n>>>> Guten Morgen liebes Service-Desk-Team,\n>>>>\n>>>> im Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\n>>>> RE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\n>>>> und der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\n>>>> ausgegraut.\n>>>>\n>>>> Our colleagues in the Dubai office see the same thing: in the Arabic\n>>>> portal view the column header reads \"فاتورة\" (invoice), but there is no\n>>>> download link at all.\n>>>>\n>>>> Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\n>>>> Sie bitte prüfen, woran das liegt? 🙏\n>>>>\n>>>> Viele Grüße / Best regards\n>>>> Jürgen Weiß\n>>>> Kreditorenbuchhaltung (Accounts Payable)\n>>>> ACME Corporation – Niederlassung Köln\n>>>> Tel. +49 (0)000 000000-173",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "TicketID": "57",
      "TicketNumber": "2026112410000564",
      "ArticleID": "124"
    }
  },
  {
    "fixture": "ticket-update.thread-invoice.5",
    "at": "2026-11-24T05:35:53Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "57",
    "body": {
      "Ticket": {
        "State": "closed successful"
      },
      "Article": {
        "CommunicationChannel": "Email",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "From": "\"IT Service Desk\" <servicedesk@test.local>",
        "To": "\"Jürgen Weiß\" <customer1@test.local>",
        "Subject": "RE: [Ticket#2026112410000564] Rechnungs-PDF fehlt im Portal / Invoice PDF missing from portal",
        "Body": "Hallo Herr Weiß,\n\ndanke für die Rückmeldung – dann schließe ich das Ticket. Einen schönen\nTag noch ☀️\n\nMit freundlichen Grüßen / Kind regards\n\nAgent One\nIT Service Desk\nACME Managed IT Services\n\nAm 24.11.26 um 11:32 schrieb Jürgen Weiß:\n> Hallo Herr One,\n>\n> super, das PDF ist da und lässt sich öffnen 👍 Auch die Kollegen in Dubai\n> sehen jetzt den Download-Link neben „فاتورة“.\n>\n> Vielen Dank für die schnelle Hilfe – schöne Grüße aus Köln!\n>\n> Jürgen Weiß\n>\n> Am 24.11.26 um 11:10 schrieb IT Service Desk:\n>> Hallo Herr Weiß,\n>>\n>> danke für das Log – das hat sehr geholfen. Ursache: Seit dem\n>> Portal-Update vom 20.11. werden Rechnungen für Kunden mit arabischer\n>> Zweitsprache zweisprachig erzeugt. Dem PDF-Dienst fehlte dafür eine\n>> Schriftart, deshalb schlug die Erzeugung bei 19 Oktober-Rechnungen fehl\n>> (u. a. RE-2026-10-4471).\n>>\n>> Die Schriftart ist nachinstalliert und alle 19 PDFs wurden neu erzeugt.\n>> Bitte prüfen Sie, ob der Download jetzt funktioniert (ggf. die Seite mit\n>> Strg+F5 neu laden).\n>>\n>> Mit freundlichen Grüßen / Kind regards\n>>\n>> Agent One\n>> IT Service Desk\n>> ACME Managed IT Services\n>>\n>> Am 24.11.26 um 09:45 schrieb Jürgen Weiß:\n>>> Hallo Service-Desk-Team,\n>>>\n>>> anbei die Konsolenausgabe, die unsere Kollegin Leyla Haddad (IT Dubai)\n>>> beim Öffnen der Übersicht exportiert hat – leider recht lang, ich habe\n>>> sie komplett eingefügt. Die Fehler tauchen nur bei Oktober-Rechnungen\n>>> auf.\n>>>\n>>> Grüße\n>>> Jürgen Weiß\n>>>\n>>> [… Konsolen-Log gekürzt / console log trimmed …]\n>>>\n>>> Am 24.11.26 um 09:20 schrieb IT Service Desk:\n>>>> Hallo Herr Weiß,\n>>>>\n>>>> vielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen:\n>>>> Bei einigen Oktober-Rechnungen wurde das PDF offenbar nicht erzeugt.\n>>>>\n>>>> Damit wir die betroffenen Dokumente eingrenzen können: Könnten Sie bzw.\n>>>> Ihre IT-Kollegen uns die Ausgabe der Browser-Konsole (F12 → „Konsole“)\n>>>> beim Öffnen der Rechnungsübersicht schicken? Einfach in die Antwort\n>>>> einfügen genügt.\n>>>>\n>>>> Mit freundlichen Grüßen / Kind regards\n>>>>\n>>>> Agent One\n>>>> IT Service Desk\n>>>> ACME Managed IT Services\n>>>>\n>>>> Am 24.11.26 um 09:03 schrieb Jürgen Weiß:\n>>>>> Guten Morgen liebes Service-Desk-Team,\n>>>>>\n>>>>> im Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\n>>>>> RE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\n>>>>> und der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\n>>>>> ausgegraut.\n>>>>>\n>>>>> Our colleagues in the Dubai office see the same thing: in the Arabic\n>>>>> portal view the column header reads \"فاتورة\" (invoice), but there is no\n>>>>> download link at all.\n>>>>>\n>>>>> Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\n>>>>> Sie bitte prüfen, woran das liegt? 🙏\n>>>>>\n>>>>> Viele Grüße / Best regards\n>>>>> Jürgen Weiß\n>>>>> Kreditorenbuchhaltung (Accounts Payable)\n>>>>> ACME Corporation – Niederlassung Köln\n>>>>> Tel. +49 (0)000 000000-173",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "TicketID": "57",
      "TicketNumber": "2026112410000564",
      "ArticleID": 125
    }
  },
  {
    "fixture": "ticket-update.thread-printer.1",
    "at": "2026-11-24T05:35:54Z",
    "operation": "TicketUpdate",
    "as": "agent1",
    "id": "58",
    "body": {
      "Ticket": {
        "State": "open",
        "Owner": "agent2",
        "Priority": "4 high"
      },
      "Article": {
        "CommunicationChannel": "Phone",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "Subject": "Call to on-site support - handed over",
        "Body": "Called Agent Two (on-site support) at 10:31: he will check the printer and the floor 3 patch panel within 30 minutes.\nTicket handed over to him; priority raised because of the 14:00 payroll run.",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "ArticleID": 127,
      "TicketID": "58",
      "TicketNumber": "2026112410000573"
    }
  },
  {
    "fixture": "ticket-update.thread-printer.2",
    "at": "2026-11-24T05:35:54Z",
    "operation": "TicketUpdate",
    "as": "agent2",
    "id": "58",
    "body": {
      "Ticket": {
        "State": "closed successful"
      },
      "Article": {
        "CommunicationChannel": "Phone",
        "SenderType": "agent",
        "IsVisibleForCustomer": 1,
        "TimeUnit": 20,
        "Subject": "Call back to caller - printer online again",
        "Body": "Patch cable between PRN-F3-02 and wall port 3-17 was crushed by a chair castor.\nReplaced the cable; the printer got its address again (10.30.3.42) and printed a test page.\nCalled Liam back at 11:05, he confirmed the queue is printing again. Closing.",
        "ContentType": "text/plain; charset=utf8"
      }
    },
    "result": {
      "ArticleID": 128,
      "TicketID": "58",
      "TicketNumber": "2026112410000573"
    }
  }
]

export const recordedBodies: Readonly<Record<string, string>> = {
  "3": "\nVPN client says timeout\n\n",
  "107": "\nHi IT Service Desk,\n\nsince this morning's update my laptop (asset tag ACME-NB-20417, Windows 11) no\nlonger connects to the VPN. The SecureLink Connect client shows\n\"Connecting...\" for about 30 seconds and then fails with:\n\nError 0x800B0109: Could not establish a secure channel to\nvpn-gw-02.acme.test.local\n\nYesterday evening everything was fine. Overnight the laptop installed the\nNovember cumulative update and, as far as I can tell, the VPN client updated\nitself to version 5.2.0.118 at the same time.\n\nWhat I have tried so far:\n\n - restarted the laptop twice \n - switched between my home Wi-Fi and my phone's hotspot \n - signed out of the client and back in \n\nI'm attaching a screenshot of the error. I need the VPN for the month-end\nclose (SAP and the shared finance drive), so I'd be grateful if someone could\nlook at it today.\n\nThanks in advance,\nDana\n\nACME\n\nDana Whitfield\nSenior Financial Analyst | Group Controlling\nACME Corporation\n1200 Example Parkway, Building C, 4th floor\nSpringfield, XY 00000\nPhone: +1 555 0142 ext. 318 | Mobile: +1 555 0199\n[1]customer1@test.local | [2]https://intranet.acme.test.local\n\nACME Corporation - Precision components since 1952\nRegistered office: Springfield | Company no. 00000000 | VAT ID XX000000000\nBoard: A. Example (Chair), B. Sample, C. Placeholder\n\nPlease consider the environment before printing this e-mail.\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for\nthe sole use of the intended recipient(s) and may contain confidential and\nprivileged information. Any unauthorized review, use, disclosure or\ndistribution is prohibited. If you are not the intended recipient, please\ncontact the sender by reply e-mail and destroy all copies of the original\nmessage. E-mail transmission cannot be guaranteed to be secure or error-free;\nACME Corporation therefore does not accept liability for any errors or\nomissions in the contents of this message which arise as a result of e-mail\ntransmission. ACME Corporation is not bound by any statement made in this\ne-mail unless confirmed in writing by an authorised signatory.\n\n  \n\n[1] mailto:customer1@test.local\n[2] https://intranet.acme.test.local\n",
  "109": "Hello Dana,\n\nthank you for your message and the screenshot. We are seeing the same error on\na few other laptops since this morning's client update, so you are not alone.\n\nTo narrow it down, could you please send us the client log?\n\n - Right-click the SecureLink icon in the system tray. \n - Choose \"Diagnostics\" > \"Export log...\". \n - Reply to this e-mail with the exported .log file attached. \n\n Please keep the ticket number [Ticket#2026112410000555] in the subject when\nreplying.\n\nKind regards,\n\nAgent One\nIT Service Desk - 2nd Level Network & Remote Access\nACME Managed IT Services\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local\nSelf-service portal: https://support.acme.test.local\n\n> On 24/11/2026 08:12, Dana Whitfield wrote:\n> ######Cite::1######\n \n\n\n[1] mailto:customer1@test.local\n[2] https://intranet.acme.test.local\n",
  "113": "Hello Dana,\n\nthanks for the log and for your time on the phone. A short summary:\n\nCause: the new VPN client (5.2) only accepts modern encryption settings, and\nthe gateway behind your usual profile \"ACME-EU-Central\" (vpn-gw-02) does not\noffer them yet.\n\nWorkaround: please use the profile \"ACME-EU-West-Alt\" until further notice. It\nmay be a little slower, as it routes via our second data centre.\n\nFix: our network team will update the gateway configuration tonight between\n22:00 and 23:00 CET. No action is needed on your side.\n\nI will check back with you on Thursday, 26 November, at 10:00 CET. If you can\ntest the \"ACME-EU-Central\" profile before then, just reply to this e-mail.\n\nKind regards,\n\nAgent One\nIT Service Desk - 2nd Level Network & Remote Access\nACME Managed IT Services\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local\nSelf-service portal: https://support.acme.test.local\n\n> On 24/11/2026 09:31, Dana Whitfield wrote:\n> ######Cite::1######\n \n",
  "114": "\nHi,\n\nquick update: the workaround profile works in the office, but from home it\nconnects and then drops every 10-15 minutes (\"Tunnel idle timeout\"). That\nmakes remote SAP sessions impossible.\n\nI also tried \"ACME-EU-Central\" this morning at 07:45 - same error as before\n(0x800B0109), so it looks like the gateway change hasn't happened yet?\n\nRegards,\nDana\n\nACME\n\nDana Whitfield\nSenior Financial Analyst | Group Controlling\nACME Corporation\n1200 Example Parkway, Building C, 4th floor\nSpringfield, XY 00000\nPhone: +1 555 0142 ext. 318 | Mobile: +1 555 0199\n[1]customer1@test.local | [2]https://intranet.acme.test.local\n\nACME Corporation - Precision components since 1952\nRegistered office: Springfield | Company no. 00000000 | VAT ID XX000000000\nBoard: A. Example (Chair), B. Sample, C. Placeholder\n\nPlease consider the environment before printing this e-mail.\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for\nthe sole use of the intended recipient(s) and may contain confidential and\nprivileged information. Any unauthorized review, use, disclosure or\ndistribution is prohibited. If you are not the intended recipient, please\ncontact the sender by reply e-mail and destroy all copies of the original\nmessage. E-mail transmission cannot be guaranteed to be secure or error-free;\nACME Corporation therefore does not accept liability for any errors or\nomissions in the contents of this message which arise as a result of e-mail\ntransmission. ACME Corporation is not bound by any statement made in this\ne-mail unless confirmed in writing by an authorised signatory.\n\n From: IT Service Desk <servicedesk@test.local>\nSent: Tuesday, November 24, 2026 11:42 AM\nTo: Dana Whitfield <customer1@test.local>\nSubject: RE: [Ticket#2026112410000555] Laptop won't connect to VPN after\nupdate\n\n Hello Dana,\n\nthanks for the log and for your time on the phone. A short summary:\n\nCause: the new VPN client (5.2) only accepts modern encryption settings, and\nthe gateway behind your usual profile \"ACME-EU-Central\" (vpn-gw-02) does not\noffer them yet.\n\nWorkaround: please use the profile \"ACME-EU-West-Alt\" until further notice. It\nmay be a little slower, as it routes via our second data centre.\n\nFix: our network team will update the gateway configuration tonight between\n22:00 and 23:00 CET. No action is needed on your side.\n\nI will check back with you on Thursday, 26 November, at 10:00 CET. If you can\ntest the \"ACME-EU-Central\" profile before then, just reply to this e-mail.\n\nKind regards,\n\nAgent One\nIT Service Desk - 2nd Level Network & Remote Access\nACME Managed IT Services\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local\nSelf-service portal: https://support.acme.test.local\n\n> On 24/11/2026 09:31, Dana Whitfield wrote:\n> ######Cite::1######\n \n \n  \n\n[1] mailto:customer1@test.local\n[2] https://intranet.acme.test.local\n",
  "115": "Hello Dana,\n\nsorry about that - the gateway change was postponed last night because it\nclashed with another maintenance window. The network team has now carried it\nout as an emergency change (CHG-20261124-031) at 12:30 today. I have copied\nthem on this e-mail.\n\nPlease switch back to \"ACME-EU-Central\" and let us know whether it connects.\nThe drops you saw on \"ACME-EU-West-Alt\" come from a 10-minute idle timeout on\nvpn-gw-01; that profile was only meant as a stop-gap.\n\nKind regards,\n\nAgent One\nIT Service Desk - 2nd Level Network & Remote Access\nACME Managed IT Services\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local\nSelf-service portal: https://support.acme.test.local\n\n> On 25/11/2026 08:05, Dana Whitfield wrote:\n> ######Cite::1######\n \n \n \n\n[1] mailto:customer1@test.local\n[2] https://intranet.acme.test.local\n",
  "117": "Hello Dana,\n\ngreat news, thank you for testing. For the record:\n\n - Root cause: VPN client 5.2 requires AES-GCM cipher suites; vpn-gw-02 only\noffered AES-CBC. \n - Fix: GCM suites enabled on vpn-gw-02 (change CHG-20261124-031), confirmed\nby the vendor under case SLC-CASE-0048213. \n - You can keep \"ACME-EU-West-Alt\" as a fallback profile; there is no need to\nremove it. \n\n I'll leave the ticket open until tomorrow morning. If everything stays\nstable, a short reply is enough and I'll close it.\n\nKind regards,\n\nAgent One\nIT Service Desk - 2nd Level Network & Remote Access\nACME Managed IT Services\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local\nSelf-service portal: https://support.acme.test.local\n\n> On 25/11/2026 16:02, Dana Whitfield wrote:\n> ######Cite::1######\n \n",
  "118": "Hi Agent One,\n\nno drops at all since yesterday - it worked all evening and again this\nmorning. Please go ahead and close the ticket.\n\nThanks a lot to you and the network team for the quick help!\n\nBest regards,\nDana\n\nACME\n\nDana Whitfield\nSenior Financial Analyst | Group Controlling\nACME Corporation\n1200 Example Parkway, Building C, 4th floor\nSpringfield, XY 00000\nPhone: +1 555 0142 ext. 318 | Mobile: +1 555 0199\n[1]customer1@test.local | [2]https://intranet.acme.test.local\n\nACME Corporation - Precision components since 1952\nRegistered office: Springfield | Company no. 00000000 | VAT ID XX000000000\nBoard: A. Example (Chair), B. Sample, C. Placeholder\n\nPlease consider the environment before printing this e-mail.\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for\nthe sole use of the intended recipient(s) and may contain confidential and\nprivileged information. Any unauthorized review, use, disclosure or\ndistribution is prohibited. If you are not the intended recipient, please\ncontact the sender by reply e-mail and destroy all copies of the original\nmessage. E-mail transmission cannot be guaranteed to be secure or error-free;\nACME Corporation therefore does not accept liability for any errors or\nomissions in the contents of this message which arise as a result of e-mail\ntransmission. ACME Corporation is not bound by any statement made in this\ne-mail unless confirmed in writing by an authorised signatory.\n\nOn Wed, 25 Nov 2026 at 17:20, IT Service Desk <servicedesk@test.local> wrote:\n\n> Hello Dana,\n> \n> great news, thank you for testing. For the record:\n> \n>  - Root cause: VPN client 5.2 requires AES-GCM cipher suites; vpn-gw-02 only\n> offered AES-CBC. \n>  - Fix: GCM suites enabled on vpn-gw-02 (change CHG-20261124-031), confirmed\n> by the vendor under case SLC-CASE-0048213. \n>  - You can keep \"ACME-EU-West-Alt\" as a fallback profile; there is no need to\n> remove it. \n> \n>  I'll leave the ticket open until tomorrow morning. If everything stays\n> stable, a short reply is enough and I'll close it.\n> \n> Kind regards,\n> \n> Agent One\n> IT Service Desk - 2nd Level Network & Remote Access\n> ACME Managed IT Services\n> Service Desk: +1 555 0100 (24/7) | servicedesk@test.local\n> Self-service portal: https://support.acme.test.local\n> \n> On 25/11/2026 16:02, Dana Whitfield wrote:\n> It works! Connected via ACME-EU-Central from home at 16:00, stable for\n> over an hour now, SAP is fine.\n> \n> I'll keep an eye on it and tell you tomorrow if it drops again.\n> \n> Dana\n> \n> Sent from my phone\n> \n> On Wed, Nov 25, 2026 at 12:41 PM IT Service Desk <servicedesk@test.local>\n> wrote:\n> > Hello Dana,\n> >\n> > sorry about that - the gateway change was postponed last night because\n> > it clashed with another maintenance window. The network team has now\n> > carried it out as an emergency change (CHG-20261124-031) at 12:30 today.\n> > I have copied them on this e-mail.\n> >\n> > Please switch back to \"ACME-EU-Central\" and let us know whether it\n> > connects. The drops you saw on \"ACME-EU-West-Alt\" come from a 10-minute\n> > idle timeout on vpn-gw-01; that profile was only meant as a stop-gap.\n> >\n> > Kind regards,\n> >\n> > Agent One\n> > IT Service Desk - 2nd Level Network & Remote Access\n> > ACME Managed IT Services\n> > Service Desk: +1 555 0100 (24/7) | servicedesk@test.local\n> > Self-service portal: https://support.acme.test.local\n> >\n> > On 25/11/2026 08:05, Dana Whitfield wrote:\n> > > Hi,\n> > >\n> > > quick update: the workaround profile works in the office, but from home\n> > > it connects and then drops every 10-15 minutes (\"Tunnel idle timeout\").\n> > > That makes remote SAP sessions impossible.\n> > >\n> > > I also tried \"ACME-EU-Central\" this morning at 07:45 - same error as\n> > > before (0x800B0109), so it looks like the gateway change hasn't happened\n> > > yet?\n> > >\n> > > Regards,\n> > > Dana\n> > >\n> > > Dana Whitfield\n> > > Senior Financial Analyst | Group Controlling\n> > > ACME Corporation\n> > > 1200 Example Parkway, Building C, 4th floor\n> > > Springfield, XY 00000\n> > > Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199\n> > > customer1@test.local | https://intranet.acme.test.local\n> > >\n> > > ACME Corporation - Precision components since 1952\n> > > Registered office: Springfield | Company no. 00000000 | VAT ID XX000000000\n> > > Board: A. Example (Chair), B. Sample, C. Placeholder\n> > >\n> > > Please consider the environment before printing this e-mail.\n> > >\n> > > CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,\n> > > is for the sole use of the intended recipient(s) and may contain\n> > > confidential and privileged information. Any unauthorized review, use,\n> > > disclosure or distribution is prohibited. If you are not the intended\n> > > recipient, please contact the sender by reply e-mail and destroy all\n> > > copies of the original message. E-mail transmission cannot be guaranteed\n> > > to be secure or error-free; ACME Corporation therefore does not accept\n> > > liability for any errors or omissions in the contents of this message\n> > > which arise as a result of e-mail transmission. ACME Corporation is not\n> > > bound by any statement made in this e-mail unless confirmed in writing\n> > > by an authorised signatory.\n> > >\n> > > ________________________________\n> > > From: IT Service Desk <servicedesk@test.local>\n> > > Sent: Tuesday, November 24, 2026 11:42 AM\n> > > To: Dana Whitfield <customer1@test.local>\n> > > Subject: RE: [Ticket#2026112410000555] Laptop won't connect to VPN after\n> update\n> > >\n> > > Hello Dana,\n> > >\n> > > thanks for the log and for your time on the phone. A short summary:\n> > >\n> > > Cause: the new VPN client (5.2) only accepts modern encryption settings,\n> > > and the gateway behind your usual profile \"ACME-EU-Central\" (vpn-gw-02)\n> > > does not offer them yet.\n> > >\n> > > Workaround: please use the profile \"ACME-EU-West-Alt\" until further\n> > > notice. It may be a little slower, as it routes via our second data\n> > > centre.\n> > >\n> > > Fix: our network team will update the gateway configuration tonight\n> > > between 22:00 and 23:00 CET. No action is needed on your side.\n> > >\n> > > I will check back with you on Thursday, 26 November, at 10:00 CET. If\n> > > you can test the \"ACME-EU-Central\" profile before then, just reply to\n> > > this e-mail.\n> > >\n> > > Kind regards,\n> > >\n> > > Agent One\n> > > IT Service Desk - 2nd Level Network & Remote Access\n> > > ACME Managed IT Services\n> > > Service Desk: +1 555 0100 (24/7) | servicedesk@test.local\n> > > Self-service portal: https://support.acme.test.local\n> > >\n> > > On 24/11/2026 09:31, Dana Whitfield wrote:\n> > >> Hi Agent One,\n> > >>\n> > >> log attached (SecureLinkClient_20261124.log). I exported it right after\n> > >> another failed attempt at 09:24, so the last lines should show the\n> > >> error.\n> > >>\n> > >> In case it matters: a colleague who sits next to me (same laptop model,\n> > >> not updated yet) can still connect.\n> > >>\n> > >> Best,\n> > >> Dana\n> > >>\n> > >> -- \n> > >> Dana Whitfield\n> > >> Senior Financial Analyst | Group Controlling\n> > >> ACME Corporation | +1 555 0142 ext. 318\n> > >>\n> > >> On 11/24/26 8:47 AM, IT Service Desk wrote:\n> > >>> Hello Dana,\n> > >>>\n> > >>> thank you for your message and the screenshot. We are seeing the same\n> > >>> error on a few other laptops since this morning's client update, so you\n> > >>> are not alone.\n> > >>>\n> > >>> To narrow it down, could you please send us the client log?\n> > >>>\n> > >>> 1. Right-click the SecureLink icon in the system tray.\n> > >>> 2. Choose \"Diagnostics\" > \"Export log...\".\n> > >>> 3. Reply to this e-mail with the exported .log file attached.\n> > >>>\n> > >>> Please keep the ticket number [Ticket#2026112410000555] in the subject\n> > >>> when replying.\n> > >>>\n> > >>> Kind regards,\n> > >>>\n> > >>> Agent One\n> > >>> IT Service Desk - 2nd Level Network & Remote Access\n> > >>> ACME Managed IT Services\n> > >>> Service Desk: +1 555 0100 (24/7) | servicedesk@test.local\n> > >>> Self-service portal: https://support.acme.test.local\n> > >>>\n> > >>> On 24/11/2026 08:12, Dana Whitfield wrote:\n> > >>>> Hi IT Service Desk,\n> > >>>>\n> > >>>> since this morning's update my laptop (asset tag ACME-NB-20417, Windows\n> > >>>> 11) no longer connects to the VPN. The SecureLink Connect client shows\n> > >>>> \"Connecting...\" for about 30 seconds and then fails with:\n> > >>>>\n> > >>>> Error 0x800B0109: Could not establish a secure channel to\n> vpn-gw-02.acme.test.local\n> > >>>>\n> > >>>> Yesterday evening everything was fine. Overnight the laptop installed\n> > >>>> the November cumulative update and, as far as I can tell, the VPN\n> client\n> > >>>> updated itself to version 5.2.0.118 at the same time.\n> > >>>>\n> > >>>> What I have tried so far:\n> > >>>>\n> > >>>> - restarted the laptop twice\n> > >>>> - switched between my home Wi-Fi and my phone's hotspot\n> > >>>> - signed out of the client and back in\n> > >>>>\n> > >>>> I'm attaching a screenshot of the error. I need the VPN for the\n> > >>>> month-end close (SAP and the shared finance drive), so I'd be grateful\n> > >>>> if someone could look at it today.\n> > >>>>\n> > >>>> Thanks in advance,\n> > >>>> Dana\n> > >>>>\n> > >>>> Dana Whitfield\n> > >>>> Senior Financial Analyst | Group Controlling\n> > >>>> ACME Corporation\n> > >>>> 1200 Example Parkway, Building C, 4th floor\n> > >>>> Springfield, XY 00000\n> > >>>> Phone: +1 555 0142 ext. 318 | Mobile: +1 555 0199\n> > >>>> customer1@test.local | https://intranet.acme.test.local\n> > >>>>\n> > >>>> ACME Corporation - Precision components since 1952\n> > >>>> Registered office: Springfield | Company no. 00000000 | VAT ID\n> XX000000000\n> > >>>> Board: A. Example (Chair), B. Sample, C. Placeholder\n> > >>>>\n> > >>>> Please consider the environment before printing this e-mail.\n> > >>>>\n> > >>>> CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,\n> > >>>> is for the sole use of the intended recipient(s) and may contain\n> > >>>> confidential and privileged information. Any unauthorized review, use,\n> > >>>> disclosure or distribution is prohibited. If you are not the intended\n> > >>>> recipient, please contact the sender by reply e-mail and destroy all\n> > >>>> copies of the original message. E-mail transmission cannot be\n> guaranteed\n> > >>>> to be secure or error-free; ACME Corporation therefore does not accept\n> > >>>> liability for any errors or omissions in the contents of this message\n> > >>>> which arise as a result of e-mail transmission. ACME Corporation is not\n> > >>>> bound by any statement made in this e-mail unless confirmed in writing\n> > >>>> by an authorised signatory.\n\n\n\n\n\n[1] mailto:customer1@test.local\n[2] https://intranet.acme.test.local\n",
  "119": "Hello Dana,\n\nthank you for confirming. I'm closing this ticket now.\n\nIf the problem comes back, simply reply to this e-mail within 7 days and the\nticket will be reopened; after that, please open a new request in the\nself-service portal.\n\nKind regards,\n\nAgent One\nIT Service Desk - 2nd Level Network & Remote Access\nACME Managed IT Services\nService Desk: +1 555 0100 (24/7) | servicedesk@test.local\nSelf-service portal: https://support.acme.test.local\n\n> On 26/11/2026 09:58, Dana Whitfield wrote:\n> ######Cite::1######\n \n \n \n\n[1] mailto:customer1@test.local\n[2] https://intranet.acme.test.local\n",
  "120": "Guten Morgen liebes Service-Desk-Team,\n\nim Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\nRE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\nund der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\nausgegraut.\n\nOur colleagues in the Dubai office see the same thing: in the Arabic\nportal view the column header reads \"فاتورة\" (invoice), but there is no\ndownload link at all.\n\nFür unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\nSie bitte prüfen, woran das liegt? �\n\nViele Grüße / Best regards\nJürgen Weiß\nKreditorenbuchhaltung (Accounts Payable)\nACME Corporation – Niederlassung Köln\nTel. +49 (0)000 000000-173",
  "121": "Hallo Herr Weiß,\n\nvielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen:\nBei einigen Oktober-Rechnungen wurde das PDF offenbar nicht erzeugt.\n\nDamit wir die betroffenen Dokumente eingrenzen können: Könnten Sie bzw.\nIhre IT-Kollegen uns die Ausgabe der Browser-Konsole (F12 → „Konsole“)\nbeim Öffnen der Rechnungsübersicht schicken? Einfach in die Antwort\neinfügen genügt.\n\nMit freundlichen Grüßen / Kind regards\n\nAgent One\nIT Service Desk\nACME Managed IT Services\n\nAm 24.11.26 um 09:03 schrieb Jürgen Weiß:\n> Guten Morgen liebes Service-Desk-Team,\n>\n> im Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\n> RE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\n> und der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\n> ausgegraut.\n>\n> Our colleagues in the Dubai office see the same thing: in the Arabic\n> portal view the column header reads \"فاتورة\" (invoice), but there is no\n> download link at all.\n>\n> Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\n> Sie bitte prüfen, woran das liegt? �\n>\n> Viele Grüße / Best regards\n> Jürgen Weiß\n> Kreditorenbuchhaltung (Accounts Payable)\n> ACME Corporation – Niederlassung Köln\n> Tel. +49 (0)000 000000-173",
  "122": "Hallo Service-Desk-Team,\n\nanbei die Konsolenausgabe, die unsere Kollegin Leyla Haddad (IT Dubai)\nbeim Öffnen der Übersicht exportiert hat – leider recht lang, ich habe\nsie komplett eingefügt. Die Fehler tauchen nur bei Oktober-Rechnungen\nauf.\n\nGrüße\nJürgen Weiß\n\n----- Browser console (portal.acme.test.local, 24.11.2026 09:41, Firefox 132, locale ar-AE / fallback de-DE) -----\n[09:41:01.902] Navigated to https://portal.acme.test.local/invoices?period=2026-10\n[09:41:02.114] GET https://portal.acme.test.local/api/v2/invoices?period=2026-10&page=1&size=100 [HTTP/2 200 OK 212ms]\n[09:41:02.331] [InvoiceList] rendered 100 rows (locale=ar-AE, fallback=de-DE, columnLabel=\"فاتورة\")\n[09:41:02.430] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4401/document [HTTP/2 200 OK 27ms]\n[09:41:02.430] [InvoiceRow RE-2026-10-4401] document ready: RE-2026-10-4401.pdf (60 KB, sha256=d97e88cda0756bbc...)\n[09:41:02.442] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4402/document [HTTP/2 200 OK 80ms]\n[09:41:02.442] [InvoiceRow RE-2026-10-4402] document ready: RE-2026-10-4402.pdf (196 KB, sha256=e76cf668bb322d95...)\n[09:41:02.454] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4403/document [HTTP/2 404 Not Found 49ms]\n[09:41:02.454] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4403 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:02.454] [InvoiceRow RE-2026-10-4403] download button disabled (documentState=missing)\n[09:41:02.462] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4404/document [HTTP/2 200 OK 51ms]\n[09:41:02.462] [InvoiceRow RE-2026-10-4404] document ready: RE-2026-10-4404.pdf (195 KB, sha256=ee0992794d970cb8...)\n[09:41:02.477] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4405/document [HTTP/2 200 OK 15ms]\n[09:41:02.477] [InvoiceRow RE-2026-10-4405] document ready: RE-2026-10-4405.pdf (151 KB, sha256=2f430f3308c95731...)\n[09:41:02.515] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4406/document [HTTP/2 200 OK 37ms]\n[09:41:02.515] [InvoiceRow RE-2026-10-4406] document ready: RE-2026-10-4406.pdf (128 KB, sha256=b703dd25f7a54da9...)\n[09:41:02.533] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4407/document [HTTP/2 200 OK 15ms]\n[09:41:02.533] [InvoiceRow RE-2026-10-4407] document ready: RE-2026-10-4407.pdf (85 KB, sha256=e6370c167e9776f8...)\n[09:41:02.560] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4408/document [HTTP/2 404 Not Found 32ms]\n[09:41:02.560] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4408 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:02.560] [InvoiceRow RE-2026-10-4408] download button disabled (documentState=missing)\n[09:41:02.584] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4409/document [HTTP/2 200 OK 39ms]\n[09:41:02.584] [InvoiceRow RE-2026-10-4409] document ready: RE-2026-10-4409.pdf (240 KB, sha256=5855aa317b62f595...)\n[09:41:02.601] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4410/document [HTTP/2 200 OK 54ms]\n[09:41:02.601] [InvoiceRow RE-2026-10-4410] document ready: RE-2026-10-4410.pdf (189 KB, sha256=2ecb3a858910ce57...)\n[09:41:02.605] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4411/document [HTTP/2 200 OK 51ms]\n[09:41:02.605] [InvoiceRow RE-2026-10-4411] document ready: RE-2026-10-4411.pdf (137 KB, sha256=33f76690ed404752...)\n[09:41:02.643] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4412/document [HTTP/2 404 Not Found 53ms]\n[09:41:02.643] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4412 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:02.643] [InvoiceRow RE-2026-10-4412] download button disabled (documentState=missing)\n[09:41:02.671] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4413/document [HTTP/2 200 OK 74ms]\n[09:41:02.671] [InvoiceRow RE-2026-10-4413] document ready: RE-2026-10-4413.pdf (69 KB, sha256=b3ec0a7463e6782c...)\n[09:41:02.675] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4414/document [HTTP/2 200 OK 65ms]\n[09:41:02.675] [InvoiceRow RE-2026-10-4414] document ready: RE-2026-10-4414.pdf (176 KB, sha256=efb804cadcbb3d68...)\n[09:41:02.703] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4415/document [HTTP/2 200 OK 88ms]\n[09:41:02.703] [InvoiceRow RE-2026-10-4415] document ready: RE-2026-10-4415.pdf (155 KB, sha256=df402279d7d25cd0...)\n[09:41:02.734] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4416/document [HTTP/2 200 OK 89ms]\n[09:41:02.734] [InvoiceRow RE-2026-10-4416] document ready: RE-2026-10-4416.pdf (252 KB, sha256=701503880278e876...)\n[09:41:02.764] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4417/document [HTTP/2 200 OK 80ms]\n[09:41:02.764] [InvoiceRow RE-2026-10-4417] document ready: RE-2026-10-4417.pdf (67 KB, sha256=f714bc87cff8e627...)\n[09:41:02.799] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4418/document [HTTP/2 200 OK 78ms]\n[09:41:02.799] [InvoiceRow RE-2026-10-4418] document ready: RE-2026-10-4418.pdf (228 KB, sha256=7a04b1c296d97e41...)\n[09:41:02.832] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4419/document [HTTP/2 404 Not Found 20ms]\n[09:41:02.832] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4419 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:02.832] [InvoiceRow RE-2026-10-4419] download button disabled (documentState=missing)\n[09:41:02.843] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4420/document [HTTP/2 200 OK 43ms]\n[09:41:02.843] [InvoiceRow RE-2026-10-4420] document ready: RE-2026-10-4420.pdf (193 KB, sha256=d6182807c9ef434c...)\n[09:41:02.867] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4421/document [HTTP/2 200 OK 27ms]\n[09:41:02.867] [InvoiceRow RE-2026-10-4421] document ready: RE-2026-10-4421.pdf (94 KB, sha256=0fd57df0bdfbf591...)\n[09:41:02.883] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4422/document [HTTP/2 200 OK 22ms]\n[09:41:02.883] [InvoiceRow RE-2026-10-4422] document ready: RE-2026-10-4422.pdf (150 KB, sha256=0205a34406161d0f...)\n[09:41:02.915] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4423/document [HTTP/2 200 OK 38ms]\n[09:41:02.915] [InvoiceRow RE-2026-10-4423] document ready: RE-2026-10-4423.pdf (86 KB, sha256=3f1575d323121cb4...)\n[09:41:02.946] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4424/document [HTTP/2 200 OK 79ms]\n[09:41:02.946] [InvoiceRow RE-2026-10-4424] document ready: RE-2026-10-4424.pdf (190 KB, sha256=43af1b43fc14049b...)\n[09:41:02.965] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4425/document [HTTP/2 200 OK 56ms]\n[09:41:02.965] [InvoiceRow RE-2026-10-4425] document ready: RE-2026-10-4425.pdf (56 KB, sha256=045f46d0e9a159dd...)\n[09:41:02.986] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4426/document [HTTP/2 200 OK 87ms]\n[09:41:02.986] [InvoiceRow RE-2026-10-4426] document ready: RE-2026-10-4426.pdf (197 KB, sha256=4078290b51ade6bc...)\n[09:41:03.009] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4427/document [HTTP/2 404 Not Found 48ms]\n[09:41:03.009] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4427 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.009] [InvoiceRow RE-2026-10-4427] download button disabled (documentState=missing)\n[09:41:03.018] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4428/document [HTTP/2 200 OK 45ms]\n[09:41:03.018] [InvoiceRow RE-2026-10-4428] document ready: RE-2026-10-4428.pdf (259 KB, sha256=1444142ae9f5caed...)\n[09:41:03.051] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4429/document [HTTP/2 200 OK 58ms]\n[09:41:03.051] [InvoiceRow RE-2026-10-4429] document ready: RE-2026-10-4429.pdf (132 KB, sha256=27e154eead976eef...)\n[09:41:03.085] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4430/document [HTTP/2 200 OK 18ms]\n[09:41:03.085] [InvoiceRow RE-2026-10-4430] document ready: RE-2026-10-4430.pdf (187 KB, sha256=ffc238adca72d591...)\n[09:41:03.102] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4431/document [HTTP/2 404 Not Found 51ms]\n[09:41:03.102] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4431 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.102] [InvoiceRow RE-2026-10-4431] download button disabled (documentState=missing)\n[09:41:03.125] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4432/document [HTTP/2 200 OK 77ms]\n[09:41:03.125] [InvoiceRow RE-2026-10-4432] document ready: RE-2026-10-4432.pdf (180 KB, sha256=62f18e3705370401...)\n[09:41:03.146] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4433/document [HTTP/2 200 OK 25ms]\n[09:41:03.146] [InvoiceRow RE-2026-10-4433] document ready: RE-2026-10-4433.pdf (52 KB, sha256=acbea33c5632f95c...)\n[09:41:03.150] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4434/document [HTTP/2 200 OK 88ms]\n[09:41:03.150] [InvoiceRow RE-2026-10-4434] document ready: RE-2026-10-4434.pdf (97 KB, sha256=b162bc1ed28c2442...)\n[09:41:03.163] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4435/document [HTTP/2 200 OK 52ms]\n[09:41:03.163] [InvoiceRow RE-2026-10-4435] document ready: RE-2026-10-4435.pdf (199 KB, sha256=430e3076e746366a...)\n[09:41:03.192] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4436/document [HTTP/2 404 Not Found 33ms]\n[09:41:03.192] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4436 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.192] [InvoiceRow RE-2026-10-4436] download button disabled (documentState=missing)\n[09:41:03.218] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4437/document [HTTP/2 200 OK 67ms]\n[09:41:03.218] [InvoiceRow RE-2026-10-4437] document ready: RE-2026-10-4437.pdf (113 KB, sha256=77b98d9c985bafe9...)\n[09:41:03.234] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4438/document [HTTP/2 200 OK 26ms]\n[09:41:03.234] [InvoiceRow RE-2026-10-4438] document ready: RE-2026-10-4438.pdf (131 KB, sha256=c6ce41fddf903d96...)\n[09:41:03.242] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4439/document [HTTP/2 200 OK 16ms]\n[09:41:03.242] [InvoiceRow RE-2026-10-4439] document ready: RE-2026-10-4439.pdf (105 KB, sha256=ffb69a0782849002...)\n[09:41:03.271] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4440/document [HTTP/2 200 OK 59ms]\n[09:41:03.271] [InvoiceRow RE-2026-10-4440] document ready: RE-2026-10-4440.pdf (232 KB, sha256=ccd29d3891e7402d...)\n[09:41:03.290] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4441/document [HTTP/2 200 OK 34ms]\n[09:41:03.290] [InvoiceRow RE-2026-10-4441] document ready: RE-2026-10-4441.pdf (179 KB, sha256=513b325ebb9be901...)\n[09:41:03.294] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4442/document [HTTP/2 200 OK 44ms]\n[09:41:03.294] [InvoiceRow RE-2026-10-4442] document ready: RE-2026-10-4442.pdf (153 KB, sha256=b6630efc06832fe6...)\n[09:41:03.312] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4443/document [HTTP/2 200 OK 61ms]\n[09:41:03.312] [InvoiceRow RE-2026-10-4443] document ready: RE-2026-10-4443.pdf (213 KB, sha256=de50ece1e1b6fc22...)\n[09:41:03.319] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4444/document [HTTP/2 404 Not Found 29ms]\n[09:41:03.319] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4444 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.319] [InvoiceRow RE-2026-10-4444] download button disabled (documentState=missing)\n[09:41:03.349] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4445/document [HTTP/2 200 OK 66ms]\n[09:41:03.349] [InvoiceRow RE-2026-10-4445] document ready: RE-2026-10-4445.pdf (128 KB, sha256=f37c3fe48e94c4e1...)\n[09:41:03.374] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4446/document [HTTP/2 200 OK 46ms]\n[09:41:03.374] [InvoiceRow RE-2026-10-4446] document ready: RE-2026-10-4446.pdf (229 KB, sha256=031dd9790dd72206...)\n[09:41:03.413] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4447/document [HTTP/2 200 OK 63ms]\n[09:41:03.413] [InvoiceRow RE-2026-10-4447] document ready: RE-2026-10-4447.pdf (253 KB, sha256=36f0dac606b1cb5c...)\n[09:41:03.429] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4448/document [HTTP/2 200 OK 36ms]\n[09:41:03.429] [InvoiceRow RE-2026-10-4448] document ready: RE-2026-10-4448.pdf (148 KB, sha256=fa9ea5f6c52ad146...)\n[09:41:03.463] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4449/document [HTTP/2 200 OK 82ms]\n[09:41:03.463] [InvoiceRow RE-2026-10-4449] document ready: RE-2026-10-4449.pdf (218 KB, sha256=31c46a08888a4c05...)\n[09:41:03.484] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4450/document [HTTP/2 404 Not Found 54ms]\n[09:41:03.484] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4450 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.484] [InvoiceRow RE-2026-10-4450] download button disabled (documentState=missing)\n[09:41:03.508] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4451/document [HTTP/2 200 OK 34ms]\n[09:41:03.508] [InvoiceRow RE-2026-10-4451] document ready: RE-2026-10-4451.pdf (102 KB, sha256=eb1607dc8a89625a...)\n[09:41:03.536] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4452/document [HTTP/2 200 OK 40ms]\n[09:41:03.536] [InvoiceRow RE-2026-10-4452] document ready: RE-2026-10-4452.pdf (48 KB, sha256=b307f92cde4e0758...)\n[09:41:03.544] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4453/document [HTTP/2 200 OK 50ms]\n[09:41:03.544] [InvoiceRow RE-2026-10-4453] document ready: RE-2026-10-4453.pdf (86 KB, sha256=ea91e837d7faa707...)\n[09:41:03.581] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4454/document [HTTP/2 200 OK 25ms]\n[09:41:03.581] [InvoiceRow RE-2026-10-4454] document ready: RE-2026-10-4454.pdf (195 KB, sha256=f4974a71157abe54...)\n[09:41:03.605] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4455/document [HTTP/2 200 OK 84ms]\n[09:41:03.605] [InvoiceRow RE-2026-10-4455] document ready: RE-2026-10-4455.pdf (168 KB, sha256=a69515b8c6f5620f...)\n[09:41:03.641] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4456/document [HTTP/2 200 OK 16ms]\n[09:41:03.641] [InvoiceRow RE-2026-10-4456] document ready: RE-2026-10-4456.pdf (198 KB, sha256=3d0a8913615150c9...)\n[09:41:03.648] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4457/document [HTTP/2 404 Not Found 42ms]\n[09:41:03.648] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4457 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.648] [InvoiceRow RE-2026-10-4457] download button disabled (documentState=missing)\n[09:41:03.685] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4458/document [HTTP/2 200 OK 35ms]\n[09:41:03.685] [InvoiceRow RE-2026-10-4458] document ready: RE-2026-10-4458.pdf (109 KB, sha256=d1cc9344f8cbe3f2...)\n[09:41:03.706] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4459/document [HTTP/2 200 OK 58ms]\n[09:41:03.706] [InvoiceRow RE-2026-10-4459] document ready: RE-2026-10-4459.pdf (249 KB, sha256=21975d06026f98f9...)\n[09:41:03.732] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4460/document [HTTP/2 200 OK 41ms]\n[09:41:03.732] [InvoiceRow RE-2026-10-4460] document ready: RE-2026-10-4460.pdf (217 KB, sha256=cff6f8760c28e2bc...)\n[09:41:03.761] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4461/document [HTTP/2 200 OK 47ms]\n[09:41:03.761] [InvoiceRow RE-2026-10-4461] document ready: RE-2026-10-4461.pdf (198 KB, sha256=78bd0e4cbb34fd04...)\n[09:41:03.794] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4462/document [HTTP/2 404 Not Found 34ms]\n[09:41:03.794] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4462 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.794] [InvoiceRow RE-2026-10-4462] download button disabled (documentState=missing)\n[09:41:03.799] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4463/document [HTTP/2 200 OK 15ms]\n[09:41:03.799] [InvoiceRow RE-2026-10-4463] document ready: RE-2026-10-4463.pdf (144 KB, sha256=95680301f921df46...)\n[09:41:03.839] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4464/document [HTTP/2 200 OK 28ms]\n[09:41:03.839] [InvoiceRow RE-2026-10-4464] document ready: RE-2026-10-4464.pdf (92 KB, sha256=786ebc1d95468ebc...)\n[09:41:03.861] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4465/document [HTTP/2 200 OK 63ms]\n[09:41:03.861] [InvoiceRow RE-2026-10-4465] document ready: RE-2026-10-4465.pdf (110 KB, sha256=78d06d3a14b26307...)\n[09:41:03.892] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4466/document [HTTP/2 200 OK 59ms]\n[09:41:03.892] [InvoiceRow RE-2026-10-4466] document ready: RE-2026-10-4466.pdf (151 KB, sha256=2e8b78700ab6f975...)\n[09:41:03.907] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4467/document [HTTP/2 200 OK 21ms]\n[09:41:03.907] [InvoiceRow RE-2026-10-4467] document ready: RE-2026-10-4467.pdf (91 KB, sha256=b8a8fab1d8a600d0...)\n[09:41:03.923] GET https://portal.acme.test.local/api/v2/invoices/RE-2026-10-4468/document [HTTP/2 404 Not Found 52ms]\n[09:41:03.923] Uncaught (in promise) DocumentNotFoundError: document for RE-2026-10-4468 not available (status=RENDER_FAILED, reason=\"font 'NotoNaskhArabic-Regular' not found for locale ar-AE\")\n    at InvoiceDocumentLink.resolve (invoice-list.9f3c2a.js:1:48211)\n    at async Promise.all (index 3)\n    at async InvoiceList.loadDocuments (invoice-list.9f3c2a.js:1:51107)\n[09:41:03.923] [InvoiceRow RE-2026-10-4468] download button disabled (documentState=missing)\n[09:41:09.870] [InvoiceList] 19 of 68 documents missing; first: RE-2026-10-4403\n----- end of console log -----\n\nAm 24.11.26 um 09:20 schrieb IT Service Desk:\n> Hallo Herr Weiß,\n>\n> vielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen:\n> Bei einigen Oktober-Rechnungen wurde das PDF offenbar nicht erzeugt.\n>\n> Damit wir die betroffenen Dokumente eingrenzen können: Könnten Sie bzw.\n> Ihre IT-Kollegen uns die Ausgabe der Browser-Konsole (F12 → „Konsole“)\n> beim Öffnen der Rechnungsübersicht schicken? Einfach in die Antwort\n> einfügen genügt.\n>\n> Mit freundlichen Grüßen / Kind regards\n>\n> Agent One\n> IT Service Desk\n> ACME Managed IT Services\n>\n> Am 24.11.26 um 09:03 schrieb Jürgen Weiß:\n>> Guten Morgen liebes Service-Desk-Team,\n>>\n>> im Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\n>> RE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\n>> und der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\n>> ausgegraut.\n>>\n>> Our colleagues in the Dubai office see the same thing: in the Arabic\n>> portal view the column header reads \"فاتورة\" (invoice), but there is no\n>> download link at all.\n>>\n>> Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\n>> Sie bitte prüfen, woran das liegt? �\n>>\n>> Viele Grüße / Best regards\n>> Jürgen Weiß\n>> Kreditorenbuchhaltung (Accounts Payable)\n>> ACME Corporation – Niederlassung Köln\n>> Tel. +49 (0)000 000000-173",
  "123": "Hallo Herr Weiß,\n\ndanke für das Log – das hat sehr geholfen. Ursache: Seit dem\nPortal-Update vom 20.11. werden Rechnungen für Kunden mit arabischer\nZweitsprache zweisprachig erzeugt. Dem PDF-Dienst fehlte dafür eine\nSchriftart, deshalb schlug die Erzeugung bei 19 Oktober-Rechnungen fehl\n(u. a. RE-2026-10-4471).\n\nDie Schriftart ist nachinstalliert und alle 19 PDFs wurden neu erzeugt.\nBitte prüfen Sie, ob der Download jetzt funktioniert (ggf. die Seite mit\nStrg+F5 neu laden).\n\nMit freundlichen Grüßen / Kind regards\n\nAgent One\nIT Service Desk\nACME Managed IT Services\n\nAm 24.11.26 um 09:45 schrieb Jürgen Weiß:\n> Hallo Service-Desk-Team,\n>\n> anbei die Konsolenausgabe, die unsere Kollegin Leyla Haddad (IT Dubai)\n> beim Öffnen der Übersicht exportiert hat – leider recht lang, ich habe\n> sie komplett eingefügt. Die Fehler tauchen nur bei Oktober-Rechnungen\n> auf.\n>\n> Grüße\n> Jürgen Weiß\n>\n> [… Konsolen-Log gekürzt / console log trimmed …]\n>\n> Am 24.11.26 um 09:20 schrieb IT Service Desk:\n>> Hallo Herr Weiß,\n>>\n>> vielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen:\n>> Bei einigen Oktober-Rechnungen wurde das PDF offenbar nicht erzeugt.\n>>\n>> Damit wir die betroffenen Dokumente eingrenzen können: Könnten Sie bzw.\n>> Ihre IT-Kollegen uns die Ausgabe der Browser-Konsole (F12 → „Konsole“)\n>> beim Öffnen der Rechnungsübersicht schicken? Einfach in die Antwort\n>> einfügen genügt.\n>>\n>> Mit freundlichen Grüßen / Kind regards\n>>\n>> Agent One\n>> IT Service Desk\n>> ACME Managed IT Services\n>>\n>> Am 24.11.26 um 09:03 schrieb Jürgen Weiß:\n>>> Guten Morgen liebes Service-Desk-Team,\n>>>\n>>> im Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\n>>> RE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\n>>> und der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\n>>> ausgegraut.\n>>>\n>>> Our colleagues in the Dubai office see the same thing: in the Arabic\n>>> portal view the column header reads \"فاتورة\" (invoice), but there is no\n>>> download link at all.\n>>>\n>>> Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\n>>> Sie bitte prüfen, woran das liegt? �\n>>>\n>>> Viele Grüße / Best regards\n>>> Jürgen Weiß\n>>> Kreditorenbuchhaltung (Accounts Payable)\n>>> ACME Corporation – Niederlassung Köln\n>>> Tel. +49 (0)000 000000-173",
  "124": "Hallo Herr One,\n\nsuper, das PDF ist da und lässt sich öffnen � Auch die Kollegen in Dubai\nsehen jetzt den Download-Link neben „فاتورة“.\n\nVielen Dank für die schnelle Hilfe – schöne Grüße aus Köln!\n\nJürgen Weiß\n\nAm 24.11.26 um 11:10 schrieb IT Service Desk:\n> Hallo Herr Weiß,\n>\n> danke für das Log – das hat sehr geholfen. Ursache: Seit dem\n> Portal-Update vom 20.11. werden Rechnungen für Kunden mit arabischer\n> Zweitsprache zweisprachig erzeugt. Dem PDF-Dienst fehlte dafür eine\n> Schriftart, deshalb schlug die Erzeugung bei 19 Oktober-Rechnungen fehl\n> (u. a. RE-2026-10-4471).\n>\n> Die Schriftart ist nachinstalliert und alle 19 PDFs wurden neu erzeugt.\n> Bitte prüfen Sie, ob der Download jetzt funktioniert (ggf. die Seite mit\n> Strg+F5 neu laden).\n>\n> Mit freundlichen Grüßen / Kind regards\n>\n> Agent One\n> IT Service Desk\n> ACME Managed IT Services\n>\n> Am 24.11.26 um 09:45 schrieb Jürgen Weiß:\n>> Hallo Service-Desk-Team,\n>>\n>> anbei die Konsolenausgabe, die unsere Kollegin Leyla Haddad (IT Dubai)\n>> beim Öffnen der Übersicht exportiert hat – leider recht lang, ich habe\n>> sie komplett eingefügt. Die Fehler tauchen nur bei Oktober-Rechnungen\n>> auf.\n>>\n>> Grüße\n>> Jürgen Weiß\n>>\n>> [… Konsolen-Log gekürzt / console log trimmed …]\n>>\n>> Am 24.11.26 um 09:20 schrieb IT Service Desk:\n>>> Hallo Herr Weiß,\n>>>\n>>> vielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen:\n>>> Bei einigen Oktober-Rechnungen wurde das PDF offenbar nicht erzeugt.\n>>>\n>>> Damit wir die betroffenen Dokumente eingrenzen können: Könnten Sie bzw.\n>>> Ihre IT-Kollegen uns die Ausgabe der Browser-Konsole (F12 → „Konsole“)\n>>> beim Öffnen der Rechnungsübersicht schicken? Einfach in die Antwort\n>>> einfügen genügt.\n>>>\n>>> Mit freundlichen Grüßen / Kind regards\n>>>\n>>> Agent One\n>>> IT Service Desk\n>>> ACME Managed IT Services\n>>>\n>>> Am 24.11.26 um 09:03 schrieb Jürgen Weiß:\n>>>> Guten Morgen liebes Service-Desk-Team,\n>>>>\n>>>> im Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\n>>>> RE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\n>>>> und der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\n>>>> ausgegraut.\n>>>>\n>>>> Our colleagues in the Dubai office see the same thing: in the Arabic\n>>>> portal view the column header reads \"فاتورة\" (invoice), but there is no\n>>>> download link at all.\n>>>>\n>>>> Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\n>>>> Sie bitte prüfen, woran das liegt? �\n>>>>\n>>>> Viele Grüße / Best regards\n>>>> Jürgen Weiß\n>>>> Kreditorenbuchhaltung (Accounts Payable)\n>>>> ACME Corporation – Niederlassung Köln\n>>>> Tel. +49 (0)000 000000-173",
  "125": "Hallo Herr Weiß,\n\ndanke für die Rückmeldung – dann schließe ich das Ticket. Einen schönen\nTag noch ☀️\n\nMit freundlichen Grüßen / Kind regards\n\nAgent One\nIT Service Desk\nACME Managed IT Services\n\nAm 24.11.26 um 11:32 schrieb Jürgen Weiß:\n> Hallo Herr One,\n>\n> super, das PDF ist da und lässt sich öffnen � Auch die Kollegen in Dubai\n> sehen jetzt den Download-Link neben „فاتورة“.\n>\n> Vielen Dank für die schnelle Hilfe – schöne Grüße aus Köln!\n>\n> Jürgen Weiß\n>\n> Am 24.11.26 um 11:10 schrieb IT Service Desk:\n>> Hallo Herr Weiß,\n>>\n>> danke für das Log – das hat sehr geholfen. Ursache: Seit dem\n>> Portal-Update vom 20.11. werden Rechnungen für Kunden mit arabischer\n>> Zweitsprache zweisprachig erzeugt. Dem PDF-Dienst fehlte dafür eine\n>> Schriftart, deshalb schlug die Erzeugung bei 19 Oktober-Rechnungen fehl\n>> (u. a. RE-2026-10-4471).\n>>\n>> Die Schriftart ist nachinstalliert und alle 19 PDFs wurden neu erzeugt.\n>> Bitte prüfen Sie, ob der Download jetzt funktioniert (ggf. die Seite mit\n>> Strg+F5 neu laden).\n>>\n>> Mit freundlichen Grüßen / Kind regards\n>>\n>> Agent One\n>> IT Service Desk\n>> ACME Managed IT Services\n>>\n>> Am 24.11.26 um 09:45 schrieb Jürgen Weiß:\n>>> Hallo Service-Desk-Team,\n>>>\n>>> anbei die Konsolenausgabe, die unsere Kollegin Leyla Haddad (IT Dubai)\n>>> beim Öffnen der Übersicht exportiert hat – leider recht lang, ich habe\n>>> sie komplett eingefügt. Die Fehler tauchen nur bei Oktober-Rechnungen\n>>> auf.\n>>>\n>>> Grüße\n>>> Jürgen Weiß\n>>>\n>>> [… Konsolen-Log gekürzt / console log trimmed …]\n>>>\n>>> Am 24.11.26 um 09:20 schrieb IT Service Desk:\n>>>> Hallo Herr Weiß,\n>>>>\n>>>> vielen Dank für Ihre Nachricht. Wir können das Verhalten nachstellen:\n>>>> Bei einigen Oktober-Rechnungen wurde das PDF offenbar nicht erzeugt.\n>>>>\n>>>> Damit wir die betroffenen Dokumente eingrenzen können: Könnten Sie bzw.\n>>>> Ihre IT-Kollegen uns die Ausgabe der Browser-Konsole (F12 → „Konsole“)\n>>>> beim Öffnen der Rechnungsübersicht schicken? Einfach in die Antwort\n>>>> einfügen genügt.\n>>>>\n>>>> Mit freundlichen Grüßen / Kind regards\n>>>>\n>>>> Agent One\n>>>> IT Service Desk\n>>>> ACME Managed IT Services\n>>>>\n>>>> Am 24.11.26 um 09:03 schrieb Jürgen Weiß:\n>>>>> Guten Morgen liebes Service-Desk-Team,\n>>>>>\n>>>>> im Kundenportal (Bereich „Rechnungen“) fehlt bei der Rechnung\n>>>>> RE-2026-10-4471 vom 31.10.2026 die PDF-Datei. Die Zeile wird angezeigt\n>>>>> und der Betrag (12.480,00 €) stimmt, aber der Download-Button ist\n>>>>> ausgegraut.\n>>>>>\n>>>>> Our colleagues in the Dubai office see the same thing: in the Arabic\n>>>>> portal view the column header reads \"فاتورة\" (invoice), but there is no\n>>>>> download link at all.\n>>>>>\n>>>>> Für unseren Monatsabschluss bräuchten wir das PDF bis Freitag. Können\n>>>>> Sie bitte prüfen, woran das liegt? �\n>>>>>\n>>>>> Viele Grüße / Best regards\n>>>>> Jürgen Weiß\n>>>>> Kreditorenbuchhaltung (Accounts Payable)\n>>>>> ACME Corporation – Niederlassung Köln\n>>>>> Tel. +49 (0)000 000000-173"
}
