import type { ReferenceSeed } from '../types'

// Laws, guidance and standards that practices link to. Summaries are our own one-line descriptions.
export const references: ReferenceSeed[] = [
  // EU law and policy
  {
    slug: 'nis-directive',
    label: 'NIS Directive (EU) 2016/1148',
    url: 'https://eur-lex.europa.eu/eli/dir/2016/1148/oj',
    kind: 'regulation',
    summary:
      'The first EU-wide cybersecurity law, under which Member States could designate healthcare providers as operators of essential services with security and incident-reporting duties; replaced by NIS2 from 18 October 2024.',
  },
  {
    slug: 'nis2-directive',
    label: 'NIS2 Directive (EU) 2022/2555',
    url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
    kind: 'regulation',
    summary:
      'Makes healthcare providers essential entities that must take risk-management measures, including supply-chain security and security in acquisition and maintenance, and report significant incidents within 24 hours, 72 hours and one month.',
  },
  {
    slug: 'mdr',
    label: 'Medical Devices Regulation (EU) 2017/745 (MDR)',
    url: 'https://eur-lex.europa.eu/eli/reg/2017/745/oj',
    kind: 'regulation',
    summary:
      'EU law on medical devices whose general safety and performance requirements include IT security, the software lifecycle and minimum IT requirements for devices that contain software.',
  },
  {
    slug: 'ivdr',
    label: 'In Vitro Diagnostic Medical Devices Regulation (EU) 2017/746 (IVDR)',
    url: 'https://eur-lex.europa.eu/eli/reg/2017/746/oj',
    kind: 'regulation',
    summary:
      'The counterpart of the MDR for in vitro diagnostic devices such as laboratory analysers, with equivalent IT security requirements.',
  },
  {
    slug: 'mdcg-2019-16',
    label: 'MDCG 2019-16 Guidance on cybersecurity for medical devices',
    url: 'https://health.ec.europa.eu/medical-devices-sector/new-regulations/guidance-mdcg-endorsed-documents-and-other-guidance_en',
    kind: 'guidance',
    summary:
      'Guidance endorsed by the Medical Device Coordination Group on meeting the MDR and IVDR cybersecurity requirements, including the shared responsibility of manufacturers, integrators and operators such as hospitals.',
  },
  {
    slug: 'gdpr',
    label: 'General Data Protection Regulation (EU) 2016/679 (GDPR)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    kind: 'regulation',
    summary:
      'Treats health data as a special category and requires data protection by design, processor contracts, security of processing, breach notification within 72 hours and data protection impact assessments.',
  },
  {
    slug: 'cyber-resilience-act',
    label: 'Cyber Resilience Act (EU) 2024/2847',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj',
    kind: 'regulation',
    summary:
      'Sets security and vulnerability-handling requirements, including a software bill of materials, for products with digital elements; devices under the MDR and IVDR are excluded, but hospitals can ask for the same transparency by contract.',
  },
  {
    slug: 'ehds-regulation',
    label: 'European Health Data Space Regulation (EU) 2025/327',
    url: 'https://eur-lex.europa.eu/eli/reg/2025/327/oj',
    kind: 'regulation',
    summary:
      'Creates the European Health Data Space and sets interoperability and security requirements for electronic health record systems.',
  },
  {
    slug: 'cybersecurity-act',
    label: 'Cybersecurity Act (EU) 2019/881',
    url: 'https://eur-lex.europa.eu/eli/reg/2019/881/oj',
    kind: 'regulation',
    summary:
      'Sets ENISA’s mandate and the EU framework for cybersecurity certification schemes, such as the EUCC scheme based on the Common Criteria.',
  },
  {
    slug: 'eu-action-plan-hospital-cybersecurity',
    label: 'European action plan on the cybersecurity of hospitals and healthcare providers, COM(2025) 10',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025DC0010',
    kind: 'guidance',
    summary:
      'The Commission’s plan of January 2025 to help hospitals prevent, detect, respond to and recover from cyber-attacks, which among other things asked ENISA for new procurement guidance.',
  },
  {
    slug: 'enisa-cloud-security-for-healthcare',
    label: 'ENISA, Cloud Security for Healthcare Services (2021)',
    url: 'https://www.enisa.europa.eu/publications/cloud-security-for-healthcare-services',
    kind: 'guidance',
    summary:
      'ENISA report that builds on the procurement guidelines and sets out security and data-protection measures for cloud-based health records, remote care and medical devices.',
  },
  // Health IT and medical device standards
  {
    slug: 'iec-80001-1',
    label: 'IEC 80001-1:2021',
    url: 'https://www.iso.org/standard/72026.html',
    kind: 'standard',
    summary:
      'Risk management for health IT networks that connect medical devices and health software, written for healthcare delivery organisations such as hospitals.',
  },
  {
    slug: 'iec-81001-5-1',
    label: 'IEC 81001-5-1:2021',
    url: 'https://www.iso.org/standard/76097.html',
    kind: 'standard',
    summary:
      'Security activities that manufacturers of health software must carry out across the product lifecycle, from design through maintenance and vulnerability handling.',
  },
  {
    slug: 'iso-14971',
    label: 'ISO 14971:2019',
    url: 'https://www.iso.org/standard/72704.html',
    kind: 'standard',
    summary:
      'Risk management for medical devices, which manufacturers also apply to security risks that can affect patient safety.',
  },
  {
    slug: 'iec-62304',
    label: 'IEC 62304',
    url: 'https://www.iso.org/standard/38421.html',
    kind: 'standard',
    summary:
      'Lifecycle processes for medical device software, including maintenance, problem resolution and the handling of third-party software components.',
  },
  {
    slug: 'mds2',
    label: 'MDS2 (ANSI/NEMA HN 1-2019)',
    url: 'https://www.nema.org/standards/view/manufacturer-disclosure-statement-for-medical-device-security',
    kind: 'standard',
    summary:
      'A free standard form in which medical device manufacturers disclose a device’s security capabilities, so that hospitals can compare products during procurement.',
  },
  {
    slug: 'iec-62443',
    label: 'IEC 62443 series',
    url: 'https://www.isa.org/standards-and-publications/isa-standards/isa-iec-62443-series-of-standards',
    kind: 'standard',
    summary:
      'Security standards for industrial automation and control systems, used for building and plant systems and increasingly for medical devices (part 4-1 on secure development, part 4-2 on component requirements).',
  },
  // Information security management
  {
    slug: 'iso-iec-27001',
    label: 'ISO/IEC 27001:2022',
    url: 'https://www.iso.org/standard/82875.html',
    kind: 'standard',
    summary:
      'Requirements for an information security management system; the organisational security certification most often asked of suppliers.',
  },
  {
    slug: 'iso-27799',
    label: 'ISO 27799:2025',
    url: 'https://www.iso.org/standard/84647.html',
    kind: 'standard',
    summary:
      'Guidance on applying information security controls in health organisations to protect personal health information.',
  },
  {
    slug: 'iso-iec-27017',
    label: 'ISO/IEC 27017:2015',
    url: 'https://www.iso.org/standard/43757.html',
    kind: 'standard',
    summary:
      'Security controls for cloud services, covering the responsibilities of both the provider and the customer.',
  },
  {
    slug: 'iso-iec-27018',
    label: 'ISO/IEC 27018',
    url: 'https://www.iso.org/standard/27018',
    kind: 'standard',
    summary: 'Controls for protecting personal data processed by public cloud providers acting as processors.',
  },
  {
    slug: 'iso-22301',
    label: 'ISO 22301:2019',
    url: 'https://www.iso.org/standard/75106.html',
    kind: 'standard',
    summary:
      'Requirements for a business continuity management system that keeps critical services running through disruption.',
  },
  // Software bills of materials
  {
    slug: 'cyclonedx',
    label: 'CycloneDX (ECMA-424)',
    url: 'https://ecma-international.org/publications-and-standards/standards/ecma-424/',
    kind: 'standard',
    summary: 'A standard format for software bills of materials (SBOM) and related supply-chain information.',
  },
  {
    slug: 'spdx',
    label: 'SPDX (ISO/IEC 5962:2021)',
    url: 'https://www.iso.org/standard/81870.html',
    kind: 'standard',
    summary:
      'A standard format for exchanging software bills of materials, including component and licence information.',
  },
  // Interoperability
  {
    slug: 'hl7-fhir',
    label: 'HL7 FHIR',
    url: 'https://hl7.org/fhir/',
    kind: 'standard',
    summary:
      'A standard for exchanging health data through web-based interfaces, widely used to connect clinical systems and apps.',
  },
  {
    slug: 'dicom',
    label: 'DICOM',
    url: 'https://www.dicomstandard.org/',
    kind: 'standard',
    summary:
      'The standard for storing and exchanging medical images and related data between imaging devices and systems.',
  },
  {
    slug: 'ihe-profiles',
    label: 'IHE integration profiles',
    url: 'https://www.ihe.net/resources/profiles/',
    kind: 'standard',
    summary:
      'Profiles that define how standards such as HL7 and DICOM are used together in common clinical workflows, including audit logging and node authentication (ATNA).',
  },
]
