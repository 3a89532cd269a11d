// Terminology fixed once per language and used by the interface and the seed content alike.
// Asset-type and threat-group terms are the titles of those documents; phase terms are the phase labels.
export const en = {
  procurement: 'procurement',
  goodPractice: 'good practice',
  goodPractices: 'good practices',
  requirement: 'requirement',
  evidence: 'evidence',
  supplier: 'supplier',
  /** the words a cited standard is followed by, as in Art. 42(3)(b) of Directive 2014/24/EU */
  orEquivalent: 'or equivalent',
  threat: 'threat',
  assetType: 'asset type',
  phase_general: 'General',
  phase_plan: 'Plan',
  phase_source: 'Source',
  phase_manage: 'Manage',
  'group_natural-phenomena': 'Natural phenomena',
  'group_supply-chain-failure': 'Supply chain failure',
  'group_human-errors': 'Human errors',
  'group_malicious-actions': 'Malicious actions',
  'group_system-failures': 'System failures',
  'asset_hospital-information-systems': 'Hospital information systems',
  'asset_medical-devices': 'Medical devices',
  'asset_networking-equipment': 'Networking equipment',
  'asset_remote-care-systems': 'Remote care systems',
  'asset_mobile-client-devices': 'Mobile client devices',
  'asset_identification-systems': 'Identification systems',
  'asset_building-management-systems': 'Building management systems',
  'asset_industrial-control-systems': 'Industrial control systems',
  'asset_professional-services': 'Professional services',
  'asset_cloud-services': 'Cloud services',
} as const

export type GlossaryKey = keyof typeof en
export type Glossary = Record<GlossaryKey, string>
