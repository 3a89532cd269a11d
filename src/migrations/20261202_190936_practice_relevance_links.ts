import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Data: links of a practice to asset types and threats get a strength. Before, every link meant the same; now
// `assets`/`threats` are those the practice is key for and `relatedAssets`/`relatedThreats` the others (see
// src/catalog/match.ts). For the practices of the seed (by slug), the links that the seed's mapping does not make key
// move to the related lists, in the practice and in each of its versions; nothing is added or removed. Practices an
// editor made keep all their links as key: their editor decides. The mapping is a snapshot of seed/data at this
// migration, so that later seed changes do not change what it does.
type Key = { assets: string[]; threats: string[] }
const KEY: Record<string, Key> = {
  "involve-the-it-department": {
    "assets": [
      "building-management-systems",
      "industrial-control-systems"
    ],
    "threats": [
      "procurement-errors",
      "policy-non-compliance"
    ]
  },
  "vulnerability-management": {
    "assets": [
      "medical-devices",
      "remote-care-systems"
    ],
    "threats": [
      "ransomware",
      "malware",
      "denial-of-service",
      "legacy-systems"
    ]
  },
  "hardware-and-software-update-policy": {
    "assets": [
      "networking-equipment",
      "identification-systems"
    ],
    "threats": [
      "supplier-failure",
      "malware",
      "device-tampering",
      "software-failure",
      "hardware-failure",
      "legacy-systems"
    ]
  },
  "secure-wireless-communication": {
    "assets": [
      "networking-equipment",
      "remote-care-systems",
      "mobile-client-devices",
      "identification-systems"
    ],
    "threats": [
      "unsafe-personal-devices"
    ]
  },
  "testing-policies": {
    "assets": [
      "hospital-information-systems"
    ],
    "threats": [
      "configuration-errors",
      "software-failure",
      "hardware-failure",
      "network-failure",
      "overload"
    ]
  },
  "business-continuity-plans": {
    "assets": [
      "hospital-information-systems",
      "remote-care-systems",
      "industrial-control-systems",
      "cloud-services"
    ],
    "threats": [
      "fire",
      "flood",
      "earthquake",
      "extreme-weather",
      "cloud-provider-failure",
      "network-provider-failure",
      "power-supply-failure",
      "supplier-failure",
      "ransomware",
      "denial-of-service",
      "software-failure",
      "hardware-failure",
      "network-failure",
      "overload"
    ]
  },
  "interoperability": {
    "assets": [
      "hospital-information-systems",
      "remote-care-systems",
      "identification-systems"
    ],
    "threats": [
      "supplier-failure"
    ]
  },
  "auditing-and-logging": {
    "assets": [
      "hospital-information-systems",
      "networking-equipment",
      "professional-services",
      "cloud-services"
    ],
    "threats": [
      "policy-non-compliance",
      "privilege-misuse-by-mistake",
      "device-tampering",
      "data-theft",
      "unauthorised-remote-access",
      "insider-attack"
    ]
  },
  "encryption": {
    "assets": [
      "hospital-information-systems",
      "remote-care-systems",
      "mobile-client-devices",
      "identification-systems",
      "cloud-services"
    ],
    "threats": [
      "loss-of-devices-or-media",
      "unsafe-personal-devices",
      "theft-of-equipment",
      "data-theft"
    ]
  },
  "risk-assessment": {
    "assets": [
      "medical-devices"
    ],
    "threats": [
      "fire",
      "flood",
      "earthquake",
      "extreme-weather",
      "cloud-provider-failure",
      "network-provider-failure",
      "power-supply-failure",
      "procurement-errors",
      "overload"
    ]
  },
  "plan-requirements-in-advance": {
    "assets": [
      "building-management-systems",
      "industrial-control-systems",
      "professional-services"
    ],
    "threats": [
      "fire",
      "flood",
      "earthquake",
      "extreme-weather",
      "power-supply-failure",
      "procurement-errors"
    ]
  },
  "identify-threats": {
    "assets": [],
    "threats": [
      "fire",
      "flood",
      "earthquake",
      "extreme-weather",
      "power-supply-failure",
      "procurement-errors"
    ]
  },
  "segregate-the-network": {
    "assets": [
      "medical-devices",
      "networking-equipment",
      "building-management-systems",
      "industrial-control-systems"
    ],
    "threats": [
      "ransomware",
      "malware",
      "denial-of-service",
      "unauthorised-remote-access",
      "network-failure",
      "overload",
      "legacy-systems"
    ]
  },
  "supplier-eligibility-criteria": {
    "assets": [
      "professional-services",
      "cloud-services"
    ],
    "threats": [
      "cloud-provider-failure",
      "network-provider-failure",
      "supplier-failure",
      "insider-attack"
    ]
  },
  "dedicated-rfp-for-cloud": {
    "assets": [
      "cloud-services"
    ],
    "threats": [
      "cloud-provider-failure",
      "data-theft"
    ]
  },
  "require-certification": {
    "assets": [
      "professional-services",
      "cloud-services"
    ],
    "threats": [
      "cloud-provider-failure"
    ]
  },
  "data-protection-impact-assessment": {
    "assets": [
      "hospital-information-systems",
      "remote-care-systems",
      "identification-systems",
      "cloud-services"
    ],
    "threats": [
      "privilege-misuse-by-mistake",
      "data-theft"
    ]
  },
  "address-legacy-systems": {
    "assets": [
      "medical-devices",
      "building-management-systems",
      "industrial-control-systems"
    ],
    "threats": [
      "hardware-failure",
      "legacy-systems"
    ]
  },
  "cybersecurity-training": {
    "assets": [
      "mobile-client-devices",
      "professional-services"
    ],
    "threats": [
      "configuration-errors",
      "policy-non-compliance",
      "privilege-misuse-by-mistake",
      "loss-of-devices-or-media",
      "unsafe-personal-devices",
      "phishing-and-social-engineering"
    ]
  },
  "incident-response-plans": {
    "assets": [
      "hospital-information-systems"
    ],
    "threats": [
      "ransomware",
      "phishing-and-social-engineering",
      "denial-of-service"
    ]
  },
  "supplier-in-incident-management": {
    "assets": [
      "professional-services",
      "cloud-services"
    ],
    "threats": [
      "cloud-provider-failure",
      "network-provider-failure",
      "denial-of-service"
    ]
  },
  "maintenance-operations": {
    "assets": [
      "medical-devices",
      "building-management-systems",
      "industrial-control-systems",
      "professional-services"
    ],
    "threats": [
      "configuration-errors",
      "malware",
      "device-tampering",
      "unauthorised-remote-access",
      "insider-attack",
      "software-failure",
      "hardware-failure"
    ]
  },
  "secure-remote-access": {
    "assets": [
      "medical-devices",
      "building-management-systems",
      "industrial-control-systems",
      "professional-services"
    ],
    "threats": [
      "ransomware",
      "phishing-and-social-engineering",
      "data-theft",
      "unauthorised-remote-access",
      "insider-attack"
    ]
  },
  "require-patching": {
    "assets": [
      "hospital-information-systems",
      "medical-devices",
      "networking-equipment",
      "mobile-client-devices"
    ],
    "threats": [
      "ransomware",
      "malware",
      "legacy-systems"
    ]
  },
  "cybersecurity-awareness": {
    "assets": [
      "mobile-client-devices"
    ],
    "threats": [
      "policy-non-compliance",
      "loss-of-devices-or-media",
      "unsafe-personal-devices",
      "phishing-and-social-engineering",
      "theft-of-equipment"
    ]
  },
  "asset-inventory-and-configuration-management": {
    "assets": [
      "networking-equipment",
      "mobile-client-devices",
      "identification-systems",
      "building-management-systems"
    ],
    "threats": [
      "configuration-errors",
      "privilege-misuse-by-mistake",
      "loss-of-devices-or-media",
      "unsafe-personal-devices",
      "device-tampering",
      "theft-of-equipment",
      "network-failure",
      "legacy-systems"
    ]
  },
  "access-control-for-medical-device-facilities": {
    "assets": [
      "medical-devices"
    ],
    "threats": [
      "device-tampering",
      "theft-of-equipment"
    ]
  },
  "penetration-testing": {
    "assets": [
      "networking-equipment"
    ],
    "threats": [
      "configuration-errors",
      "unauthorised-remote-access"
    ]
  },
  "general-04": {
    "assets": [
      "hospital-information-systems",
      "medical-devices",
      "networking-equipment"
    ],
    "threats": [
      "ransomware",
      "malware",
      "unauthorised-remote-access",
      "legacy-systems"
    ]
  },
  "plan-03": {
    "assets": [
      "medical-devices",
      "professional-services",
      "cloud-services"
    ],
    "threats": [
      "cloud-provider-failure",
      "supplier-failure",
      "procurement-errors",
      "malware"
    ]
  },
  "source-05": {
    "assets": [
      "medical-devices",
      "networking-equipment",
      "industrial-control-systems"
    ],
    "threats": [
      "malware",
      "device-tampering",
      "software-failure"
    ]
  },
  "source-06": {
    "assets": [
      "hospital-information-systems",
      "medical-devices",
      "networking-equipment"
    ],
    "threats": [
      "supplier-failure",
      "malware",
      "legacy-systems"
    ]
  },
  "manage-01": {
    "assets": [
      "hospital-information-systems",
      "medical-devices",
      "networking-equipment"
    ],
    "threats": [
      "supplier-failure",
      "ransomware",
      "malware",
      "legacy-systems"
    ]
  },
  "manage-02": {
    "assets": [
      "medical-devices",
      "mobile-client-devices",
      "identification-systems"
    ],
    "threats": [
      "configuration-errors",
      "loss-of-devices-or-media",
      "theft-of-equipment",
      "legacy-systems"
    ]
  }
}

type Row = Record<string, unknown>

const LISTS = [
  { key: 'assets', related: 'relatedAssets', column: 'assets_id', table: 'assets' },
  { key: 'threats', related: 'relatedThreats', column: 'threats_id', table: 'threats' },
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  const slugOf = new Map<string, string>()
  for (const table of ['assets', 'threats'] as const) {
    for (const row of (await db.all(sql`SELECT id, slug FROM ${sql.identifier(table)}`)) as Row[]) {
      slugOf.set(String(row.id), String(row.slug))
    }
  }
  const practices = (await db.all(sql`SELECT id, slug FROM good_practices`)) as Row[]
  for (const practice of practices) {
    const key = KEY[String(practice.slug)]
    if (!key) continue
    const versions = (await db.all(sql`SELECT id FROM _good_practices_v WHERE parent_id = ${practice.id}`)) as Row[]
    for (const list of LISTS) {
      const keep = new Set(key[list.key])
      const demote = async (table: string, parents: unknown[], prefix: string) => {
        for (const parent of parents) {
          const rows = (await db.all(
            sql`SELECT id, ${sql.identifier(list.column)} AS target FROM ${sql.identifier(table)} WHERE parent_id = ${parent} AND path = ${prefix + list.key}`,
          )) as Row[]
          for (const row of rows) {
            if (keep.has(slugOf.get(String(row.target)) ?? '')) continue
            await db.run(sql`UPDATE ${sql.identifier(table)} SET path = ${prefix + list.related} WHERE id = ${row.id}`)
          }
        }
      }
      await demote('good_practices_rels', [practice.id], '')
      await demote('_good_practices_v_rels', versions.map((v) => v.id), 'version.')
    }
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Every link is a plain link again.
  for (const [table, prefix] of [
    ['good_practices_rels', ''],
    ['_good_practices_v_rels', 'version.'],
  ] as const) {
    for (const list of LISTS) {
      await db.run(sql`UPDATE ${sql.identifier(table)} SET path = ${prefix + list.key} WHERE path = ${prefix + list.related}`)
    }
  }
}
