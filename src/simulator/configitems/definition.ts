/** The Computer class definition of ITSM 6 (DefinitionID 1), the attributes CIXMLData may hold. */
export interface Attribute {
  readonly key: string
  readonly input: "Text" | "TextArea" | "GeneralCatalog" | "Date" | "CustomerCompany" | "Customer"
  readonly countMax: number
  readonly required?: boolean
  readonly catalog?: string
  readonly sub?: ReadonlyArray<Attribute>
}

export const definitionId = 1

const text = (key: string, countMax = 1): Attribute => ({ key, input: "Text", countMax })

export const computerDefinition: ReadonlyArray<Attribute> = [
  text("Vendor"),
  text("Model"),
  { key: "Description", input: "TextArea", countMax: 1 },
  { key: "Type", input: "GeneralCatalog", countMax: 1, required: true, catalog: "ITSM::ConfigItem::Computer::Type" },
  { key: "CustomerID", input: "CustomerCompany", countMax: 1 },
  { key: "Owner", input: "Customer", countMax: 1 },
  text("SerialNumber"),
  text("OperatingSystem"),
  text("CPU", 16),
  text("Ram", 10),
  { key: "HardDisk", input: "Text", countMax: 10, sub: [text("Capacity")] },
  text("FQDN"),
  {
    key: "NIC",
    input: "Text",
    countMax: 10,
    sub: [
      { key: "IPoverDHCP", input: "GeneralCatalog", countMax: 1, required: true, catalog: "ITSM::ConfigItem::YesNo" },
      text("IPAddress", 20)
    ]
  },
  text("GraphicAdapter"),
  { key: "OtherEquipment", input: "TextArea", countMax: 1 },
  { key: "WarrantyExpirationDate", input: "Date", countMax: 1 },
  { key: "InstallDate", input: "Date", countMax: 1 },
  { key: "Note", input: "TextArea", countMax: 1 }
]
