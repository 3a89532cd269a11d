import type { PracticeSeed } from '../types'

// The six measures of the 2026 edition known so far (from a third-party summary). The rest awaits the ENISA PDF.
export const practices2026: PracticeSeed[] = [
  {
    code: 'GENERAL-04',
    slug: 'general-04',
    edition: 'procurement-guidelines-2026',
    phase: 'general',
    title: 'Identify and fix known vulnerabilities with suppliers',
    summary:
      'Work with suppliers to find, assess and fix known vulnerabilities in procured products for as long as they are in use.',
    description: [
      'This measure treats known vulnerabilities as a shared and continuing task of the healthcare provider and its suppliers: vulnerabilities present in products must be found, their impact in the provider’s own environment assessed, and fixes or mitigations applied.',
      'It builds on the 2020 practice on vulnerability management. In procurement terms, the provider needs suppliers who disclose the vulnerabilities they know of, warn customers when new ones appear, and give enough information about the components in their products for the provider to check public advisories itself.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall disclose all known vulnerabilities in the offered product at the time of the offer and again at delivery, with their severity and available mitigations.',
        evidence: 'Statement of known vulnerabilities; recent vulnerability scan or assessment report.',
      },
      {
        requirement:
          'The supplier shall notify the healthcare provider of newly discovered vulnerabilities that affect delivered products within [N] days, with the affected versions and recommended actions.',
        evidence: 'Security advisory process; sample advisories.',
      },
      {
        requirement:
          'The supplier shall work with the healthcare provider to assess the impact of a vulnerability in the provider’s environment and agree on a fix or mitigation.',
        evidence: 'Contract clause on joint assessment; records of past assessments.',
      },
      {
        requirement:
          'The supplier shall provide machine-readable information on the software components of its products so that the provider can check them against vulnerability advisories.',
        evidence: 'Software bill of materials in CycloneDX or SPDX format.',
      },
    ],
    assets: ['hospital-information-systems', 'medical-devices', 'networking-equipment'],
    relatedAssets: [
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'cloud-services',
    ],
    threats: ['ransomware', 'malware', 'unauthorised-remote-access', 'legacy-systems'],
    relatedThreats: ['supplier-failure', 'denial-of-service', 'data-theft', 'software-failure'],
    references: ['cyber-resilience-act', 'nis2-directive', 'iec-81001-5-1'],
    provenance: {
      status: 'reconstructed',
      note: 'Measure ID and topic come from a third-party summary of the ENISA 2026 guidelines (sbomify blog, July 2026), not from the ENISA PDF. The official title is not known; this title is ours. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 1,
  },
  {
    code: 'PLAN-03',
    slug: 'plan-03',
    edition: 'procurement-guidelines-2026',
    phase: 'plan',
    title: 'Supply chain security policy',
    summary:
      'Set a supply chain security policy before buying, and use it to ask bidders for the open-source components in their products and for compliance with the Cyber Resilience Act.',
    description: [
      'This measure asks healthcare providers to decide, at the planning stage, how they will manage the cybersecurity risks that come from their suppliers and from the components those suppliers use. The policy sets the expectations that each tender then turns into concrete requirements.',
      'According to the available summary, the guidelines suggest asking bidders for a list of the open-source components in their products and for compliance with the Cyber Resilience Act (CRA). Products covered by the MDR or IVDR fall outside the CRA, but a provider can still ask for the same transparency by contract.',
    ],
    requirements: [
      {
        requirement:
          'The bidder shall accept the healthcare provider’s supply chain security requirements and apply equivalent requirements to its own subcontractors and component suppliers.',
        evidence: 'Signed acceptance; description of how the bidder manages the security of its own suppliers.',
      },
      {
        requirement:
          'The bidder shall provide a list of the open-source components used in the offered product, with their versions.',
        evidence: 'Component list or software bill of materials in CycloneDX or SPDX format.',
      },
      {
        requirement:
          'Where the offered product falls under the Cyber Resilience Act, the bidder shall demonstrate conformity; where it does not, the bidder shall state which equivalent obligations (vulnerability handling, security updates, component list) it accepts by contract.',
        evidence:
          'EU declaration of conformity under the CRA, or a signed statement of the equivalent obligations accepted.',
      },
      {
        requirement:
          'The bidder shall name the subcontractors and main component suppliers that are relevant to the security of the product or service.',
        evidence: 'List of critical subcontractors and component suppliers.',
      },
    ],
    assets: ['medical-devices', 'professional-services', 'cloud-services'],
    relatedAssets: [
      'hospital-information-systems',
      'networking-equipment',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
    ],
    threats: ['cloud-provider-failure', 'supplier-failure', 'procurement-errors', 'malware'],
    relatedThreats: ['network-provider-failure', 'ransomware'],
    references: ['nis2-directive', 'cyber-resilience-act', 'cyclonedx', 'spdx'],
    provenance: {
      status: 'reconstructed',
      note: 'Measure ID, title and topic come from a third-party summary of the ENISA 2026 guidelines (sbomify blog, July 2026), not from the ENISA PDF. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 2,
  },
  {
    code: 'SOURCE-05',
    slug: 'source-05',
    edition: 'procurement-guidelines-2026',
    phase: 'source',
    title: 'Secure development and authenticated software updates',
    summary:
      'Require suppliers to build security into their products by design, to authenticate updates cryptographically and to let the buyer verify that software is genuine.',
    description: [
      'This measure concerns how products are built and maintained. Suppliers should follow a secure development lifecycle in which security is designed in from the start, rather than added afterwards, and tested before each release.',
      'It also covers the integrity of the software delivered to the healthcare provider: updates should be cryptographically signed, so that the product and the provider can check where they come from and that they have not been altered, and the provider should be able to verify that the installed software is authentic.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall develop the product under a documented secure development lifecycle that includes security requirements, threat modelling, secure coding, security testing and vulnerability handling.',
        evidence:
          'Description of the secure development process; conformity with IEC 81001-5-1 or IEC 62443-4-1 where available.',
      },
      {
        requirement:
          'All software and firmware updates shall be cryptographically signed by the supplier, and the product shall reject updates whose signature cannot be verified.',
        evidence: 'Description of the signing and verification mechanism.',
      },
      {
        requirement:
          'The supplier shall give the healthcare provider a means to verify the authenticity and integrity of installed software, such as published hashes or signatures.',
        evidence: 'Published checksums or signatures; verification instructions.',
      },
      {
        requirement: 'The product shall be delivered with secure default settings.',
        evidence: 'Hardening guide; list of default security settings.',
      },
    ],
    assets: ['medical-devices', 'networking-equipment', 'industrial-control-systems'],
    relatedAssets: [
      'hospital-information-systems',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'cloud-services',
    ],
    threats: ['malware', 'device-tampering', 'software-failure'],
    relatedThreats: ['ransomware', 'unauthorised-remote-access'],
    references: ['iec-81001-5-1', 'iec-62443', 'cyber-resilience-act', 'mdcg-2019-16'],
    provenance: {
      status: 'reconstructed',
      note: 'Measure ID and topic come from a third-party summary of the ENISA 2026 guidelines (sbomify blog, July 2026), not from the ENISA PDF. The official title is not known; this title is ours. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 3,
  },
  {
    code: 'SOURCE-06',
    slug: 'source-06',
    edition: 'procurement-guidelines-2026',
    phase: 'source',
    title: 'Supply chain cybersecurity transparency',
    summary:
      'Require suppliers to disclose the third-party software and firmware components in their products, including any AI components.',
    description: [
      'This measure asks suppliers to be open about what their products are made of. Most products contain software and firmware from other vendors and from open-source projects, and any of these can carry vulnerabilities or stop being maintained.',
      'According to the available summary, the transparency should cover third-party software and firmware components, including AI components. A software bill of materials (SBOM) in a standard format is the usual way to deliver this information, although the guidelines reportedly do not use that term.',
    ],
    requirements: [
      {
        requirement:
          'For each delivered version, the supplier shall provide a complete list of third-party software and firmware components, including open-source and AI components, with their supplier, name and version.',
        evidence: 'Software bill of materials in CycloneDX or SPDX format for each version.',
      },
      {
        requirement:
          'The supplier shall update the component list with every release and make it available to the healthcare provider.',
        evidence: 'Release process showing SBOM updates; portal access or delivery records.',
      },
      {
        requirement:
          'The supplier shall describe any AI components in the product, their origin and how they are maintained and updated.',
        evidence: 'Description of AI components (source of the model, version, update process).',
      },
      {
        requirement:
          'The supplier shall state the support status of each critical third-party component and its plan for components that reach end of support.',
        evidence: 'Component support roadmap; for medical devices, the roadmap section of the MDS2 form.',
      },
    ],
    assets: ['hospital-information-systems', 'medical-devices', 'networking-equipment'],
    relatedAssets: [
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'cloud-services',
    ],
    threats: ['supplier-failure', 'malware', 'legacy-systems'],
    relatedThreats: ['procurement-errors', 'software-failure'],
    references: ['cyclonedx', 'spdx', 'cyber-resilience-act', 'mds2'],
    provenance: {
      status: 'reconstructed',
      note: 'Measure ID, title and topic come from a third-party summary of the ENISA 2026 guidelines (sbomify blog, July 2026), not from the ENISA PDF. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 4,
  },
  {
    code: 'MANAGE-01',
    slug: 'manage-01',
    edition: 'procurement-guidelines-2026',
    phase: 'manage',
    title: 'Vulnerability disclosure and patch management obligations',
    summary:
      'Set contractual duties for suppliers to disclose and patch vulnerabilities, to prove that patches are applied and to watch advisories for the open-source components they use.',
    description: [
      'This measure turns vulnerability handling into enforceable contract terms for the whole period the product is in use. The supplier must disclose vulnerabilities, provide patches, give evidence that patching has been done, and monitor security advisories for the open-source components in its products.',
      'According to the available summary, the guidelines suggest treating known vulnerabilities that the supplier leaves unfixed as a breach of contract. This gives the healthcare provider a concrete remedy, provided the contract sets clear time limits.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall disclose to the healthcare provider every vulnerability that affects the delivered products within [N] days of becoming aware of it.',
        evidence: 'Vulnerability disclosure procedure; advisory records.',
      },
      {
        requirement:
          'The supplier shall provide patches or mitigations within [N] days for critical and [N] days for other vulnerabilities and, where it is responsible for installation, give evidence that they have been applied.',
        evidence: 'Patch service level agreement; patch reports showing installed versions.',
      },
      {
        requirement:
          'The supplier shall monitor security advisories for the open-source and other third-party components in its products and act on those that affect them.',
        evidence: 'Description of the monitoring process; log of component advisories and actions taken.',
      },
      {
        requirement:
          'Failure to fix a known vulnerability within the agreed time, without an agreed mitigation, shall constitute a breach of contract.',
        evidence: 'Contract clause with the remedies that apply.',
      },
      {
        requirement:
          'The supplier shall report periodically on open vulnerabilities and patch status for the delivered products.',
        evidence: 'Periodic vulnerability and patch status report.',
      },
    ],
    assets: ['hospital-information-systems', 'medical-devices', 'networking-equipment'],
    relatedAssets: [
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'cloud-services',
    ],
    threats: ['supplier-failure', 'ransomware', 'malware', 'legacy-systems'],
    relatedThreats: ['denial-of-service', 'data-theft', 'unauthorised-remote-access', 'software-failure'],
    references: ['cyber-resilience-act', 'nis2-directive', 'mdcg-2019-16'],
    provenance: {
      status: 'reconstructed',
      note: 'Measure ID, title and topic come from a third-party summary of the ENISA 2026 guidelines (sbomify blog, July 2026), not from the ENISA PDF. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 5,
  },
  {
    code: 'MANAGE-02',
    slug: 'manage-02',
    edition: 'procurement-guidelines-2026',
    phase: 'manage',
    title: 'Accurate inventory of all technology',
    summary:
      'Keep an accurate, up-to-date inventory of all technology in use, with the information needed to manage its security.',
    description: [
      'This measure asks healthcare providers to know exactly which technology they have: devices, systems, software and services, where they are, who is responsible for them and which versions they run.',
      'Suppliers contribute by delivering accurate inventory data with their products and updating it when the products change. Combined with suppliers’ component lists, the inventory lets the provider see quickly which assets are affected when a new vulnerability is announced.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall deliver inventory data for every item supplied, including model, serial number, software and firmware versions and network identifiers, in a format the healthcare provider can import.',
        evidence: 'Asset data file in the agreed format.',
      },
      {
        requirement:
          'The supplier shall update the inventory data after every change of version, configuration or location that it makes.',
        evidence: 'Updated asset data; change records.',
      },
      {
        requirement:
          'The supplier shall provide, for each product, the list of software components needed to link the inventory to vulnerability information.',
        evidence: 'Software bill of materials in CycloneDX or SPDX format.',
      },
      {
        requirement:
          'For hosted services, the supplier shall list the services, environments and data locations used for the healthcare provider.',
        evidence: 'Service inventory and data location statement.',
      },
    ],
    assets: ['medical-devices', 'mobile-client-devices', 'identification-systems'],
    relatedAssets: [
      'hospital-information-systems',
      'networking-equipment',
      'remote-care-systems',
      'building-management-systems',
      'industrial-control-systems',
      'cloud-services',
    ],
    threats: ['configuration-errors', 'loss-of-devices-or-media', 'theft-of-equipment', 'legacy-systems'],
    relatedThreats: ['unsafe-personal-devices', 'software-failure'],
    references: ['nis2-directive', 'iec-80001-1', 'cyclonedx'],
    provenance: {
      status: 'reconstructed',
      note: 'Measure ID and topic come from a third-party summary of the ENISA 2026 guidelines (sbomify blog, July 2026), not from the ENISA PDF. The official title is not known; this title is ours. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 6,
  },
]
