// Other words people search with for an asset type or threat: abbreviations, everyday and trade names, and the terms
// of neighbouring standards. Kept with the glossary and reviewed like it. A synonym names the same thing, never a
// neighbouring one: "DDoS" is a denial of service; "encryption" is not ransomware, it is one defence against it.
import type { Synonyms } from './types'

export const en: Synonyms = {
  'asset_hospital-information-systems': ['HIS', 'clinical information system', 'clinical software', 'EPR'],
  'asset_medical-devices': ['medical equipment', 'biomedical equipment', 'IoMT', 'connected medical devices'],
  'asset_networking-equipment': ['network equipment', 'switches and routers', 'firewalls', 'wireless access points'],
  'asset_remote-care-systems': ['telemedicine', 'telehealth', 'remote patient monitoring', 'home monitoring'],
  'asset_mobile-client-devices': ['smartphones', 'tablets', 'laptops', 'handhelds'],
  'asset_identification-systems': ['identity and access management', 'IAM', 'badges', 'RFID', 'patient wristbands'],
  'asset_building-management-systems': ['BMS', 'building automation', 'HVAC', 'smart building'],
  'asset_industrial-control-systems': ['ICS', 'SCADA', 'operational technology', 'OT', 'PLC'],
  'asset_professional-services': ['consultancy', 'outsourcing', 'maintenance contract', 'managed services'],
  'asset_cloud-services': ['SaaS', 'IaaS', 'PaaS', 'hosting', 'cloud computing'],
  'threat_power-supply-failure': ['power outage', 'blackout', 'power cut'],
  'threat_cloud-provider-failure': ['cloud outage', 'SaaS outage'],
  'threat_supplier-failure': ['end of support', 'end of life', 'vendor lock-in'],
  'threat_configuration-errors': ['misconfiguration', 'default passwords'],
  'threat_loss-of-devices-or-media': ['lost laptop', 'lost USB stick'],
  'threat_unsafe-personal-devices': ['BYOD', 'bring your own device', 'shadow IT'],
  threat_ransomware: ['crypto-ransomware', 'extortion', 'ransom'],
  threat_malware: ['virus', 'worm', 'trojan', 'spyware'],
  'threat_phishing-and-social-engineering': ['spear phishing', 'CEO fraud', 'pretexting', 'vishing'],
  'threat_denial-of-service': ['DoS', 'DDoS'],
  'threat_data-theft': ['data breach', 'data leak', 'exfiltration'],
  'threat_unauthorised-remote-access': ['account takeover', 'stolen credentials', 'remote intrusion'],
  'threat_insider-attack': ['insider threat', 'sabotage'],
  'threat_software-failure': ['software bug', 'firmware bug', 'crash'],
  'threat_legacy-systems': ['obsolete systems', 'unsupported software', 'end-of-life operating system'],
}
