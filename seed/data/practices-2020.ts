import type { PracticeSeed } from '../types'

// The 28 good practices of the 2020 edition. Codes G1..M10 are the project’s own; text is our paraphrase.
export const practices2020: PracticeSeed[] = [
  {
    code: 'G1',
    slug: 'involve-the-it-department',
    edition: 'procurement-guidelines-2020',
    phase: 'general',
    title: 'Involve the IT department in procurement',
    summary:
      'Bring the IT and information security teams, and biomedical engineering where medical equipment is concerned, into every purchase from the moment a need is identified. Connectivity, data handling, integration and support should be judged by people with the expertise to do so.',
    description: [
      'Many products that hospitals buy connect to the network or handle patient data, even when they are not bought as IT: infusion pumps, imaging equipment, building systems and tracking tags are examples. When a purchase is handled only by a clinical department and the purchasing office, security questions are asked too late or not at all, and the IT team inherits a product it cannot secure or support.',
      'The IT department, the information security officer and, for medical equipment, clinical or biomedical engineering should help define the need, write the technical specification and award criteria, and evaluate the bids. Their involvement should be a fixed step in the hospital’s procurement procedure, not a favour asked case by case.',
      'Suppliers support this by giving the IT team the technical information it needs early in the process: network and integration requirements, security features, support arrangements and the documentation described in the other practices.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall provide, with its bid, the technical and security documentation the hospital’s IT department needs to assess the product, including network connections, data flows, integration interfaces and support arrangements.',
        evidence:
          'Technical and security documentation pack (for medical devices, a completed MDS2 form); network and data-flow diagram.',
      },
      {
        requirement:
          'The supplier shall name a technical contact who can answer questions from the hospital’s IT and security staff during evaluation and implementation.',
        evidence: 'Named technical contact with role and qualifications; written answers to clarification questions.',
      },
      {
        requirement:
          'The supplier shall take part in a technical review with the hospital’s IT department before the contract is signed and resolve the security issues identified in it.',
        evidence: 'Minutes of the technical review; list of agreed actions and how each was resolved.',
      },
      {
        requirement:
          'The supplier shall not connect any product to the hospital network, or change how it connects, without written approval from the hospital’s IT department.',
        evidence: 'Installation and change procedure that includes the IT approval step; signed approval records.',
      },
    ],
    assets: ['building-management-systems', 'industrial-control-systems'],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'networking-equipment',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'professional-services',
      'cloud-services',
    ],
    threats: ['procurement-errors', 'policy-non-compliance'],
    relatedThreats: [
      'cloud-provider-failure',
      'network-provider-failure',
      'power-supply-failure',
      'supplier-failure',
      'configuration-errors',
      'privilege-misuse-by-mistake',
      'loss-of-devices-or-media',
      'unsafe-personal-devices',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'device-tampering',
      'theft-of-equipment',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'hardware-failure',
      'network-failure',
      'overload',
      'legacy-systems',
    ],
    references: ['nis2-directive', 'mdcg-2019-16', 'iec-80001-1'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 1,
  },
  {
    code: 'G2',
    slug: 'vulnerability-management',
    edition: 'procurement-guidelines-2020',
    phase: 'general',
    title: 'Vulnerability management',
    summary:
      'Identify, assess and fix vulnerabilities in procured products throughout their life. Suppliers must disclose the flaws they know about and report new ones promptly.',
    description: [
      'Every product that contains software will have vulnerabilities discovered during its life, in the supplier’s own code or in the third-party components it uses. The hospital needs to hear about them quickly, understand whether they affect its installation, and receive a fix or workaround within a reasonable time.',
      'The tender should require suppliers to run a coordinated vulnerability disclosure process, to inform customers of vulnerabilities that affect their products, and to fix them within time limits that depend on severity. A list of the software components in the product, today usually a software bill of materials (SBOM), lets the hospital check new public advisories itself.',
      'Inside the hospital, vulnerability information from suppliers should feed the asset inventory, the patching process and the risk assessment, so that exposed systems can be isolated or updated in time.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall maintain a coordinated vulnerability disclosure policy and a public channel through which anyone can report vulnerabilities in its products.',
        evidence:
          'Published vulnerability disclosure policy and contact address; description of the internal handling process.',
      },
      {
        requirement:
          'The supplier shall inform the hospital of any vulnerability that affects the delivered products, with its severity, the affected versions and interim mitigations, within [N] working days of becoming aware of it.',
        evidence: 'Security advisory process and sample advisories; customer notification or subscription mechanism.',
      },
      {
        requirement:
          'The supplier shall provide a list of the third-party and open-source software components in the product, with their versions, and update it with every release.',
        evidence:
          'Software bill of materials in a standard machine-readable format (e.g. CycloneDX or SPDX) for each delivered version.',
      },
      {
        requirement:
          'The supplier shall fix or mitigate vulnerabilities within agreed times based on severity, for example within [N] days for critical vulnerabilities.',
        evidence: 'Remediation times in the service agreement; history of advisories and fixes for the product.',
      },
      {
        requirement:
          'The supplier shall state, at delivery, whether the product has any known unfixed vulnerabilities.',
        evidence: 'Signed statement of known vulnerabilities, or a recent vulnerability scan or assessment report.',
      },
    ],
    assets: ['medical-devices', 'remote-care-systems'],
    relatedAssets: [
      'hospital-information-systems',
      'networking-equipment',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'cloud-services',
    ],
    threats: ['ransomware', 'malware', 'denial-of-service', 'legacy-systems'],
    relatedThreats: [
      'phishing-and-social-engineering',
      'device-tampering',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'network-failure',
      'overload',
    ],
    references: ['nis2-directive', 'cyber-resilience-act', 'iec-81001-5-1', 'cyclonedx'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 2,
  },
  {
    code: 'G3',
    slug: 'hardware-and-software-update-policy',
    edition: 'procurement-guidelines-2020',
    phase: 'general',
    title: 'Develop a policy for hardware and software updates',
    summary:
      'Define how updates are obtained, tested and installed, and require suppliers to provide updates for an agreed support period and to announce the end of support well in advance.',
    description: [
      'Updates fix vulnerabilities and defects, but an untested update can also stop a clinical system or a medical device. The hospital needs a policy that says who approves updates, how they are tested, when they are installed and how they are rolled back, with separate rules for office IT, medical devices and building or plant systems.',
      'For procurement this means asking each supplier how long the product, its operating system and its components will be supported, how updates are delivered and authenticated, and who may install them. For medical devices the manufacturer must validate operating-system and third-party patches before they are applied, so the hospital should require that validation within a set time.',
      'Hardware matters as well: firmware updates, the availability of spare parts and the end-of-life dates of equipment decide how long a product can be run safely.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall state the support period of the product, including its operating system and main third-party components, and guarantee security updates for at least [N] years from delivery.',
        evidence: 'Product lifecycle and support policy with end-of-sale, end-of-support and end-of-life dates.',
      },
      {
        requirement:
          'The supplier shall notify the hospital at least [N] months before any part of the product reaches end of support.',
        evidence: 'End-of-life notification procedure; examples of past notifications.',
      },
      {
        requirement:
          'The supplier shall deliver updates in a form that lets the hospital verify their origin and integrity, such as digitally signed packages.',
        evidence: 'Description of the update delivery and signing mechanism.',
      },
      {
        requirement:
          'For medical devices, the manufacturer shall validate security patches for the operating system and third-party software within [N] days of their release and tell the hospital which patches may be installed.',
        evidence: 'Patch validation policy; list of validated patches per device model and software version.',
      },
      {
        requirement:
          'The supplier shall provide release notes for each update that describe the changes, the vulnerabilities fixed and any effect on configuration or clinical function.',
        evidence: 'Sample release notes.',
      },
    ],
    assets: ['networking-equipment', 'identification-systems'],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'remote-care-systems',
      'mobile-client-devices',
      'building-management-systems',
      'industrial-control-systems',
    ],
    threats: [
      'supplier-failure',
      'malware',
      'device-tampering',
      'software-failure',
      'hardware-failure',
      'legacy-systems',
    ],
    relatedThreats: [
      'ransomware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'network-failure',
      'overload',
    ],
    references: ['mdcg-2019-16', 'iec-81001-5-1', 'iec-62304', 'cyber-resilience-act'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 3,
  },
  {
    code: 'G4',
    slug: 'secure-wireless-communication',
    edition: 'procurement-guidelines-2020',
    phase: 'general',
    title: 'Secure wireless communication',
    summary:
      'Products that use wireless connections must support current, strong wireless security and be able to work on properly separated wireless networks.',
    description: [
      'Patient monitors, infusion pumps, mobile devices, tracking tags and building sensors all use wireless connections. A weakly protected wireless link can let someone on the hospital premises, or just outside, listen to traffic, join the network or disrupt devices.',
      'The tender should ask which wireless technologies the product uses (Wi-Fi, Bluetooth, proprietary radio and others), what security each one offers, and whether unused radios can be switched off. Wi-Fi devices should support enterprise authentication, so that each device has its own credentials, and should work on a wireless network reserved for their category of device.',
      'The hospital’s own wireless infrastructure should be designed so that medical devices, staff devices, guests and building systems are kept apart.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall list every wireless interface in the product, with its purpose, the protocols used and the security mechanisms supported.',
        evidence: 'Wireless interface documentation; radio and security specifications.',
      },
      {
        requirement:
          'Products with Wi-Fi shall support WPA2-Enterprise or WPA3-Enterprise with IEEE 802.1X authentication and shall not require open or shared-key networks.',
        evidence: 'Datasheet or test report confirming the supported Wi-Fi security modes.',
      },
      {
        requirement:
          'It shall be possible to disable wireless interfaces, such as Bluetooth, that the hospital does not need for its intended use.',
        evidence: 'Configuration guide showing how to disable unused interfaces.',
      },
      {
        requirement:
          'The product shall work correctly on a dedicated, separated wireless network, and the supplier shall state its requirements for that network.',
        evidence: 'Network requirements document; reference installations on separated wireless networks.',
      },
      {
        requirement:
          'Wireless traffic that carries personal or clinical data shall be encrypted with current algorithms.',
        evidence: 'Description of the encryption used on each wireless link.',
      },
    ],
    assets: ['networking-equipment', 'remote-care-systems', 'mobile-client-devices', 'identification-systems'],
    relatedAssets: ['medical-devices', 'building-management-systems'],
    threats: ['unsafe-personal-devices'],
    relatedThreats: [
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'device-tampering',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
    ],
    references: ['iec-80001-1', 'mds2', 'iec-62443'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 4,
  },
  {
    code: 'G5',
    slug: 'testing-policies',
    edition: 'procurement-guidelines-2020',
    phase: 'general',
    title: 'Establish testing policies',
    summary:
      'Test new products, both their functions and their security, in a test environment before they go live and again after significant changes.',
    description: [
      'Problems found after go-live are expensive and can affect patients. A testing policy sets out what must be tested before a product is accepted (functions, integration, performance and security), who does the testing, and what happens when a test fails.',
      'Where possible, testing should take place in a test or staging environment that resembles the live one, so that security settings, updates and integrations can be tried without risk to patient care. The same policy should apply whenever the product is updated or its environment changes.',
      'The contract should oblige the supplier to support acceptance testing, share its own test results and provide a test instance or test licence.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall provide a test or staging instance of the product, or the licences needed to build one, for the duration of the contract.',
        evidence: 'Licence terms covering a test environment; description of the test instance.',
      },
      {
        requirement:
          'The supplier shall provide an acceptance test plan that includes security tests, to be agreed with the hospital before installation.',
        evidence: 'Acceptance test plan with security test cases; signed acceptance report.',
      },
      {
        requirement:
          'The supplier shall share the results of its own security testing of the delivered version, including the scope and methods used.',
        evidence:
          'Summary of security test reports (e.g. code analysis, vulnerability scans, penetration tests) for the delivered version.',
      },
      {
        requirement:
          'The supplier shall test updates before release and support the hospital in testing them before they are installed in the live environment.',
        evidence: 'Release testing procedure; update test records.',
      },
      {
        requirement:
          'Defects found during acceptance testing shall be fixed before go-live or handled under an agreed remediation plan.',
        evidence: 'Defect log and remediation plan.',
      },
    ],
    assets: ['hospital-information-systems'],
    relatedAssets: [
      'medical-devices',
      'networking-equipment',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'professional-services',
      'cloud-services',
    ],
    threats: ['configuration-errors', 'software-failure', 'hardware-failure', 'network-failure', 'overload'],
    relatedThreats: [
      'policy-non-compliance',
      'privilege-misuse-by-mistake',
      'ransomware',
      'malware',
      'denial-of-service',
      'device-tampering',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'legacy-systems',
    ],
    references: ['iec-80001-1', 'iec-62304', 'iso-14971'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 5,
  },
  {
    code: 'G6',
    slug: 'business-continuity-plans',
    edition: 'procurement-guidelines-2020',
    phase: 'general',
    title: 'Establish business continuity plans',
    summary:
      'Plan how clinical work continues if a procured product or service fails, involve the supplier in continuity and recovery planning, and agree availability and recovery targets.',
    description: [
      'A hospital must keep treating patients when systems fail, whether the cause is a cyber-attack, a technical fault, a natural event or an outage at a supplier. For each important product or service the hospital should know how long it can manage without it, what manual fallback exists and how the system will be restored.',
      'These needs belong in the tender as availability targets, recovery time objectives (RTO) and recovery point objectives (RPO), backup and restore functions, and the supplier’s own continuity and disaster recovery arrangements. For hosted services, the location of backup sites and the ability to retrieve data at any time are essential.',
      'Continuity plans should be tested regularly together with the supplier, and updated when the product or the way it is used changes.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall commit in the service agreement to an availability of at least [N]% and to recovery time and recovery point objectives agreed with the hospital.',
        evidence: 'Service level agreement stating availability, RTO and RPO values and how they are reported.',
      },
      {
        requirement:
          'The supplier shall maintain business continuity and disaster recovery plans for the services it provides to the hospital and test them at least once a year.',
        evidence:
          'Summary of continuity and recovery plans and the latest test results; ISO 22301 certificate where available.',
      },
      {
        requirement:
          'The product shall support backup and restore of its data and configuration in a way that lets the hospital keep copies separate from the live system.',
        evidence: 'Backup and restore documentation; results of a restore test.',
      },
      {
        requirement:
          'The supplier shall take part in the hospital’s continuity exercises that involve the product or service.',
        evidence: 'Contract clause on participation; records of joint exercises.',
      },
      {
        requirement:
          'The supplier shall describe how clinical use can continue in a degraded or offline mode if the product, its network connection or its hosted service is unavailable.',
        evidence: 'Description of offline or degraded-mode operation and of manual fallback procedures.',
      },
    ],
    assets: ['hospital-information-systems', 'remote-care-systems', 'industrial-control-systems', 'cloud-services'],
    relatedAssets: [
      'medical-devices',
      'networking-equipment',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'professional-services',
    ],
    threats: [
      'fire',
      'flood',
      'earthquake',
      'extreme-weather',
      'cloud-provider-failure',
      'network-provider-failure',
      'power-supply-failure',
      'supplier-failure',
      'ransomware',
      'denial-of-service',
      'software-failure',
      'hardware-failure',
      'network-failure',
      'overload',
    ],
    relatedThreats: [
      'malware',
      'device-tampering',
      'theft-of-equipment',
      'unauthorised-remote-access',
      'insider-attack',
      'legacy-systems',
    ],
    references: ['iso-22301', 'nis2-directive', 'iec-80001-1'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 6,
  },
  {
    code: 'G7',
    slug: 'interoperability',
    edition: 'procurement-guidelines-2020',
    phase: 'general',
    title: 'Consider interoperability issues',
    summary:
      'New products must work with the hospital’s existing systems through standard interfaces, without security being weakened to make the integration work.',
    description: [
      'Hospital systems and devices exchange data all the time: orders and results, images, vital signs, medication data. Products with closed or proprietary interfaces lead to custom integrations that are costly, fragile and often insecure, for example when encryption or authentication is switched off so that two systems can talk to each other.',
      'The tender should ask which health data standards and integration profiles the product supports, such as HL7 and FHIR, DICOM and IHE profiles, and how its interfaces are secured. The supplier should list all interfaces, ports and protocols, so that the integration can be planned and protected.',
      'Interoperability also reduces lock-in: data that can be exported in standard formats can be moved to another product when the contract ends.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall state which interoperability standards and profiles the product supports (e.g. HL7 v2, HL7 FHIR, DICOM, IHE profiles) and provide conformance statements.',
        evidence:
          'Conformance statements (e.g. DICOM conformance statement, FHIR capability statement, IHE integration statement).',
      },
      {
        requirement:
          'The supplier shall list all interfaces, ports and protocols used by the product and the authentication and encryption available on each.',
        evidence: 'Interface and port list with the security controls for each.',
      },
      {
        requirement:
          'Integration with the hospital’s systems shall not require disabling security functions such as encryption, authentication or logging.',
        evidence: 'Integration documentation showing secured interfaces; written confirmation from the supplier.',
      },
      {
        requirement:
          'The supplier shall enable export of all hospital data in documented standard or open formats, both during the contract and at its end.',
        evidence: 'Data export documentation and a sample export.',
      },
    ],
    assets: ['hospital-information-systems', 'remote-care-systems', 'identification-systems'],
    relatedAssets: ['medical-devices', 'networking-equipment', 'mobile-client-devices', 'cloud-services'],
    threats: ['supplier-failure'],
    relatedThreats: [
      'configuration-errors',
      'policy-non-compliance',
      'privilege-misuse-by-mistake',
      'data-theft',
      'software-failure',
      'network-failure',
      'overload',
      'legacy-systems',
    ],
    references: ['hl7-fhir', 'dicom', 'ihe-profiles', 'ehds-regulation'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 7,
  },
  {
    code: 'G8',
    slug: 'auditing-and-logging',
    edition: 'procurement-guidelines-2020',
    phase: 'general',
    title: 'Allow auditing and logging',
    summary:
      'Products must record security-relevant events and let the hospital collect and review the logs, and the contract should give the hospital the right to audit the supplier.',
    description: [
      'Logs are often the only way to find out who opened a patient record, when a setting was changed or how an attacker moved through the network. Many products record too little, keep logs only briefly or store them in a form the hospital cannot read.',
      'The tender should require that products log access, administrative actions, configuration changes, failed log-ins and other security events with accurate timestamps and user identities, protect the logs against tampering, and send them in a standard format to the hospital’s central log management or security monitoring system.',
      'Auditing applies to the supplier too: the contract should allow the hospital, or an independent auditor acting for it, to check that the supplier meets its security obligations.',
    ],
    requirements: [
      {
        requirement:
          'The product shall log security-relevant events, including successful and failed log-ins, access to patient data, administrative actions and configuration changes, with the user identity and a synchronised timestamp.',
        evidence: 'List of logged events and description of the log format; sample log extract.',
      },
      {
        requirement:
          'The product shall be able to forward logs to an external system using a standard protocol such as syslog, or offer an equivalent export.',
        evidence: 'Log forwarding guide; list of supported protocols and formats.',
      },
      {
        requirement:
          'Logs shall be protected against unauthorised change or deletion and kept for at least [N] months, or as agreed with the hospital.',
        evidence: 'Description of log protection and retention settings.',
      },
      {
        requirement:
          'The supplier shall allow the hospital, or an auditor appointed by it, to audit the supplier’s compliance with the security obligations of the contract, with reasonable notice.',
        evidence: 'Accepted right-to-audit clause; recent independent audit reports or certificates.',
      },
    ],
    assets: ['hospital-information-systems', 'networking-equipment', 'professional-services', 'cloud-services'],
    relatedAssets: [
      'medical-devices',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
    ],
    threats: [
      'policy-non-compliance',
      'privilege-misuse-by-mistake',
      'device-tampering',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
    ],
    relatedThreats: [
      'configuration-errors',
      'unsafe-personal-devices',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
    ],
    references: ['nis2-directive', 'gdpr', 'mds2', 'ihe-profiles'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 8,
  },
  {
    code: 'G9',
    slug: 'encryption',
    edition: 'procurement-guidelines-2020',
    phase: 'general',
    title: 'Use encryption',
    summary:
      'Protect personal and health data stored in and exchanged by procured products with current cryptography and sound key management.',
    description: [
      'Encryption keeps data confidential when a device is lost, a disk is discarded or network traffic is intercepted, and it protects data in transit against alteration. Health data are a special category under the GDPR, which names encryption as one of the measures for securing personal data.',
      'The tender should ask which data the product stores and sends and how each is protected: encryption in transit with current protocol versions, encryption at rest on servers, devices and removable media, and the algorithms and key lengths used. Outdated algorithms and protocol versions should be excluded, and the product should allow them to be switched off.',
      'Key management matters as much as the algorithm: who holds the keys, how they are generated, stored, renewed and revoked, and, for cloud services, whether the hospital can control its own keys.',
    ],
    requirements: [
      {
        requirement:
          'All personal and clinical data that the product sends over a network shall be encrypted with current protocols (e.g. TLS 1.2 or later) and algorithms; insecure versions shall be disabled or capable of being disabled.',
        evidence: 'Cryptography description listing protocols, versions, cipher suites and configuration options.',
      },
      {
        requirement:
          'Personal and clinical data stored by the product, including on portable devices and removable media, shall be encrypted at rest.',
        evidence: 'Description of encryption at rest and its scope.',
      },
      {
        requirement:
          'The supplier shall describe how cryptographic keys and certificates are generated, stored, renewed and revoked, and shall allow the hospital to use its own certificates.',
        evidence: 'Key and certificate management documentation.',
      },
      {
        requirement:
          'The supplier shall inform the hospital if an algorithm or protocol used in the product becomes insecure, and provide an update or mitigation within an agreed time.',
        evidence: 'Contract commitment; cryptography update roadmap.',
      },
    ],
    assets: [
      'hospital-information-systems',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'cloud-services',
    ],
    relatedAssets: ['medical-devices', 'networking-equipment'],
    threats: ['loss-of-devices-or-media', 'unsafe-personal-devices', 'theft-of-equipment', 'data-theft'],
    relatedThreats: [
      'policy-non-compliance',
      'privilege-misuse-by-mistake',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'device-tampering',
      'unauthorised-remote-access',
      'insider-attack',
    ],
    references: ['gdpr', 'iso-27799', 'mds2'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 9,
  },
  {
    code: 'P1',
    slug: 'risk-assessment',
    edition: 'procurement-guidelines-2020',
    phase: 'plan',
    title: 'Conduct risk assessment',
    summary:
      'Before buying, assess the risks that the product or service brings in the setting where it will be used, covering data, connectivity and patient safety, and use the results to set the requirements.',
    description: [
      'A risk assessment at the planning stage shows what could go wrong with the intended purchase: which data it will handle, how it will connect to other systems, who will use and maintain it, and what harm an outage or compromise would cause to patients and to the hospital. The result tells the hospital which security requirements matter most and how strict they must be.',
      'The assessment should involve the IT and security team, the clinical users and, for medical devices, biomedical engineering. It can draw on information that suppliers provide in standard forms, such as the MDS2 form for medical devices, and on standards such as IEC 80001-1 for networks that connect medical devices.',
      'The risk assessment should be revisited when bids are evaluated, when the product is installed and whenever it changes significantly.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall provide the information the hospital needs for its risk assessment, including intended use, data processed, network connections, security features and known residual risks.',
        evidence: 'Security documentation pack; completed MDS2 form for medical devices; data-flow diagram.',
      },
      {
        requirement:
          'The supplier shall provide its own security risk assessment of the product, including risks to patient safety where relevant, and describe the controls built into the product.',
        evidence: 'Summary of the manufacturer’s security risk assessment (e.g. under ISO 14971 and related guidance).',
      },
      {
        requirement:
          'The supplier shall state which security controls the hospital must provide in its own environment for the product to be used safely.',
        evidence: 'Statement of required customer controls; secure installation guide.',
      },
      {
        requirement:
          'The supplier shall inform the hospital of changes to the product that could alter its risk profile.',
        evidence: 'Change notification procedure.',
      },
    ],
    assets: ['medical-devices'],
    relatedAssets: [
      'hospital-information-systems',
      'networking-equipment',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'professional-services',
      'cloud-services',
    ],
    threats: [
      'fire',
      'flood',
      'earthquake',
      'extreme-weather',
      'cloud-provider-failure',
      'network-provider-failure',
      'power-supply-failure',
      'procurement-errors',
      'overload',
    ],
    relatedThreats: [
      'supplier-failure',
      'configuration-errors',
      'policy-non-compliance',
      'privilege-misuse-by-mistake',
      'loss-of-devices-or-media',
      'unsafe-personal-devices',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'device-tampering',
      'theft-of-equipment',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'hardware-failure',
      'network-failure',
      'legacy-systems',
    ],
    references: ['iec-80001-1', 'iso-14971', 'mds2', 'nis2-directive'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 10,
  },
  {
    code: 'P2',
    slug: 'plan-requirements-in-advance',
    edition: 'procurement-guidelines-2020',
    phase: 'plan',
    title: 'Plan requirements in advance',
    summary:
      'Write cybersecurity requirements into the tender’s technical specifications and award criteria from the start, instead of trying to add them after a supplier has been chosen.',
    description: [
      'Once a contract is signed, the hospital has little leverage to obtain security features, support commitments or documentation it did not ask for. Security requirements must therefore be set during planning, based on the risk assessment, and included in the tender documents as mandatory requirements, award criteria or contract clauses.',
      'A security annex to the request for proposals, with a compliance matrix that every bidder must complete, makes the requirements clear and the answers comparable. Each requirement should be specific and verifiable and should say what evidence the bidder must provide.',
      'Planning ahead also means budgeting for security-related costs over the whole life of the product, such as support, updates, testing and training.',
    ],
    requirements: [
      {
        requirement:
          'The bidder shall complete the security compliance matrix in the tender annex, stating for each requirement whether it is met in full, in part or not at all, with a reference to supporting evidence.',
        evidence: 'Completed compliance matrix with references to documents.',
      },
      {
        requirement:
          'The bidder shall include in its offer all costs of meeting the security requirements over the contract term, including updates, support and security documentation.',
        evidence: 'Itemised price schedule that shows security-related costs.',
      },
      {
        requirement:
          'Statements made in the compliance matrix shall form part of the contract, and any shortfall found later shall be corrected at the supplier’s expense.',
        evidence: 'Signed contract incorporating the compliance matrix.',
      },
      {
        requirement:
          'The bidder shall name any security requirement it cannot meet and propose a compensating measure.',
        evidence: 'List of deviations with the proposed compensating measures.',
      },
    ],
    assets: ['building-management-systems', 'industrial-control-systems', 'professional-services'],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'networking-equipment',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'cloud-services',
    ],
    threats: ['fire', 'flood', 'earthquake', 'extreme-weather', 'power-supply-failure', 'procurement-errors'],
    relatedThreats: [
      'cloud-provider-failure',
      'network-provider-failure',
      'supplier-failure',
      'configuration-errors',
      'policy-non-compliance',
      'privilege-misuse-by-mistake',
      'loss-of-devices-or-media',
      'unsafe-personal-devices',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'device-tampering',
      'theft-of-equipment',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'hardware-failure',
      'network-failure',
      'overload',
      'legacy-systems',
    ],
    references: ['nis2-directive', 'mdcg-2019-16', 'mds2'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 11,
  },
  {
    code: 'P3',
    slug: 'identify-threats',
    edition: 'procurement-guidelines-2020',
    phase: 'plan',
    title: 'Identify threats',
    summary:
      'Work out which threats apply to the planned purchase, using a threat taxonomy, so that the requirements focus on what matters for that product or service.',
    description: [
      'Not every threat is relevant to every purchase. A cloud service is exposed to provider outages and data theft, an infusion pump to tampering and network attacks, a building system to misuse of remote access and outdated software. Identifying the relevant threats early keeps the tender focused and avoids both gaps and needless requirements.',
      'The hospital can use a taxonomy such as the one on this site (natural phenomena, supply chain failures, human errors, malicious actions and system failures) as a checklist, supported by the supplier’s own threat model of the product. The result can be a short threat list or a simple threat model that links each threat to the requirements that address it.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall describe the threats it considered when designing the product (a threat model or equivalent) and the controls that address them.',
        evidence: 'Threat model summary or security design document.',
      },
      {
        requirement:
          'The supplier shall state which of the threats identified by the hospital for this procurement its product or service addresses, and how.',
        evidence: 'Response to the hospital’s threat list, with references to product features or services.',
      },
      {
        requirement:
          'The supplier shall inform the hospital of significant new threats to the product that it becomes aware of during the contract.',
        evidence: 'Threat and advisory notification process.',
      },
    ],
    assets: [],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'networking-equipment',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'professional-services',
      'cloud-services',
    ],
    threats: ['fire', 'flood', 'earthquake', 'extreme-weather', 'power-supply-failure', 'procurement-errors'],
    relatedThreats: [
      'cloud-provider-failure',
      'network-provider-failure',
      'supplier-failure',
      'configuration-errors',
      'policy-non-compliance',
      'privilege-misuse-by-mistake',
      'loss-of-devices-or-media',
      'unsafe-personal-devices',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'device-tampering',
      'theft-of-equipment',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'hardware-failure',
      'network-failure',
      'overload',
      'legacy-systems',
    ],
    references: ['iec-80001-1', 'iso-14971', 'nis2-directive'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 12,
  },
  {
    code: 'P4',
    slug: 'segregate-the-network',
    edition: 'procurement-guidelines-2020',
    phase: 'plan',
    title: 'Segregate network',
    summary:
      'Plan where the new product will sit in a segmented network, for example in a separate zone for medical devices or building systems, and require that it works in such a design.',
    description: [
      'In a flat network an attacker or a piece of malware can spread from one infected computer to every system and device in the hospital. Dividing the network into zones, with firewalls controlling the traffic between them, limits that spread and protects devices that cannot be patched.',
      'Before buying, the hospital should decide which zone the product belongs in (for example clinical systems, medical devices, building management, plant control or guests) and which connections it needs. The tender should require the supplier to document exactly which connections the product needs, so that everything else can be blocked, and to confirm that the product works behind firewalls in a separate network segment.',
      'Suppliers sometimes ask for broad network access to simplify installation or support; such requests should be refused or narrowed to what is documented and justified.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall document all network connections the product needs, with direction, protocols, ports and destinations, in a form that can be used to configure firewall rules.',
        evidence: 'Network communication matrix or data-flow diagram with ports and protocols.',
      },
      {
        requirement:
          'The product shall work correctly in a dedicated network segment (e.g. a VLAN) where traffic to and from other segments is limited to the documented connections.',
        evidence: 'Network installation guide; confirmation and reference installations.',
      },
      {
        requirement:
          'The product shall not require direct internet access unless this is documented, justified and can be routed through the hospital’s controlled gateways.',
        evidence: 'Statement of internet connectivity needs and how they can be controlled.',
      },
      {
        requirement:
          'The supplier shall inform the hospital in advance of any update that changes the network connections the product needs.',
        evidence: 'Change notification procedure; updated communication matrix with each release.',
      },
    ],
    assets: ['medical-devices', 'networking-equipment', 'building-management-systems', 'industrial-control-systems'],
    relatedAssets: ['hospital-information-systems', 'remote-care-systems', 'identification-systems'],
    threats: [
      'ransomware',
      'malware',
      'denial-of-service',
      'unauthorised-remote-access',
      'network-failure',
      'overload',
      'legacy-systems',
    ],
    relatedThreats: [
      'unsafe-personal-devices',
      'phishing-and-social-engineering',
      'device-tampering',
      'data-theft',
      'insider-attack',
      'software-failure',
    ],
    references: ['iec-62443', 'iec-80001-1', 'mds2'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 13,
  },
  {
    code: 'P5',
    slug: 'supplier-eligibility-criteria',
    edition: 'procurement-guidelines-2020',
    phase: 'plan',
    title: 'Establish eligibility criteria for suppliers',
    summary:
      'Set security-related selection criteria for bidders, so that only suppliers able to deliver and support a secure product or service can take part.',
    description: [
      'Public procurement rules let contracting authorities set selection criteria on technical and professional ability. For products and services that affect patient data and safety, these criteria should cover security: how the supplier develops and maintains its products, how it handles vulnerabilities and incidents, and whether it has the resources to support the hospital for the whole contract term.',
      'Suppliers can meet such criteria with certificates, references from comparable healthcare customers, answers to a security questionnaire and evidence of a secure development process. The criteria must be proportionate to the purchase and applied equally to all bidders. Certification is covered in more detail by the practice on requiring certification.',
      'Eligibility criteria matter most for professional services, cloud services and medical devices, where the supplier’s own security directly affects the hospital.',
    ],
    requirements: [
      {
        requirement:
          'The bidder shall demonstrate an information security management system that covers the products and services offered.',
        evidence:
          'ISO/IEC 27001 certificate with a relevant scope, or equivalent evidence of an information security management system.',
      },
      {
        requirement: 'The bidder shall demonstrate a secure development process for the products offered.',
        evidence:
          'Description of the secure development lifecycle; conformity with IEC 81001-5-1 or IEC 62443-4-1 where available.',
      },
      {
        requirement:
          'The bidder shall provide at least [N] references from healthcare or comparable customers for similar products or services delivered in the last [N] years.',
        evidence: 'Reference list with contact details.',
      },
      {
        requirement:
          'The bidder shall complete the hospital’s security questionnaire on vulnerability handling, incident response, subcontractors and support capacity.',
        evidence: 'Completed security questionnaire with supporting documents.',
      },
      {
        requirement:
          'The bidder shall identify the subcontractors that will have access to hospital systems or data and show that they meet equivalent security requirements.',
        evidence: 'List of subcontractors with their security certificates or assurances.',
      },
    ],
    assets: ['professional-services', 'cloud-services'],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'networking-equipment',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
    ],
    threats: ['cloud-provider-failure', 'network-provider-failure', 'supplier-failure', 'insider-attack'],
    relatedThreats: [
      'power-supply-failure',
      'procurement-errors',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'device-tampering',
      'theft-of-equipment',
      'data-theft',
      'unauthorised-remote-access',
    ],
    references: ['nis2-directive', 'iso-iec-27001', 'iec-81001-5-1', 'iec-62443'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 14,
  },
  {
    code: 'P6',
    slug: 'dedicated-rfp-for-cloud',
    edition: 'procurement-guidelines-2020',
    phase: 'plan',
    title: 'Create dedicated RfP for cloud',
    summary:
      'Use dedicated tender content for cloud services, covering data location, GDPR processor terms, service levels, certification, shared responsibilities, incident notification, portability and exit.',
    description: [
      'Buying a cloud service is different from buying a product: the provider runs the technology, holds the hospital’s data and shares responsibility for security. Requirements written for on-premises systems leave out many points that matter, such as where data are stored, who can reach them and how the hospital gets them back.',
      'A dedicated request for proposals, or a cloud-specific annex, should cover data location and applicable law, the data processing agreement under Article 28 GDPR, security certification, the split of responsibilities between provider and hospital, availability and support levels, incident notification, logs available to the customer, backup, and the exit plan including return and deletion of data.',
      'Recognised certifications and attestations help to compare providers. They should cover the service actually offered and be current, and the hospital should review the provider’s statement of which controls remain the hospital’s own responsibility.',
    ],
    requirements: [
      {
        requirement:
          'The provider shall state where hospital data, including backups and logs, are stored and processed, and shall not move them elsewhere without the hospital’s prior written consent.',
        evidence: 'Data location statement; list of data centres and sub-processors.',
      },
      {
        requirement:
          'The provider shall sign a data processing agreement that meets Article 28 GDPR and list all sub-processors.',
        evidence: 'Signed data processing agreement; sub-processor list.',
      },
      {
        requirement:
          'The provider shall hold current security certifications covering the offered service (e.g. ISO/IEC 27001 together with ISO/IEC 27017 and ISO/IEC 27018, or an equivalent EU or national scheme).',
        evidence:
          'Certificates with scope and statement of applicability; audit reports such as CSA STAR or SOC 2 where available.',
      },
      {
        requirement:
          'The provider shall document how security responsibilities for the service are divided between the provider and the hospital.',
        evidence: 'Shared responsibility matrix.',
      },
      {
        requirement:
          'The provider shall notify the hospital of any security incident that affects its data or service within [N] hours of detection.',
        evidence: 'Incident notification clause and procedure.',
      },
      {
        requirement:
          'The provider shall agree an exit plan under which all hospital data are returned in a usable, documented format and then securely deleted, with written confirmation.',
        evidence: 'Exit plan; description of export formats; deletion certificate template.',
      },
    ],
    assets: ['cloud-services'],
    relatedAssets: [],
    threats: ['cloud-provider-failure', 'data-theft'],
    relatedThreats: [
      'fire',
      'flood',
      'earthquake',
      'extreme-weather',
      'network-provider-failure',
      'power-supply-failure',
      'supplier-failure',
      'procurement-errors',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'hardware-failure',
      'network-failure',
      'overload',
      'legacy-systems',
    ],
    references: ['iso-iec-27017', 'iso-iec-27018', 'gdpr', 'enisa-cloud-security-for-healthcare'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 15,
  },
  {
    code: 'S1',
    slug: 'require-certification',
    edition: 'procurement-guidelines-2020',
    phase: 'source',
    title: 'Require certification',
    summary:
      'Ask for recognised certification of the supplier, the product or both, as independent evidence of security capability.',
    description: [
      'Certification gives independent assurance that a supplier or product meets a known standard, and it is easier to compare than self-declarations. Organisational certificates, such as ISO/IEC 27001 for information security management, show that the supplier manages security systematically. Product certificates, for example against IEC 62443-4-2 or the Common Criteria (in the EU, the EUCC scheme under the Cybersecurity Act), assess the product itself.',
      'For medical devices, CE marking under the MDR or IVDR includes cybersecurity requirements and ISO 13485 covers the manufacturer’s quality system, but neither replaces specific security evidence. Process certification against IEC 62443-4-1, or conformity with IEC 81001-5-1, shows a secure development lifecycle.',
      'The hospital should check that certificates are valid, issued by an accredited body and cover the products, services and locations actually offered. Under public procurement rules, equivalent evidence must usually be accepted as well.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall hold a valid ISO/IEC 27001 certificate, or equivalent, whose scope covers the services and locations involved in this contract.',
        evidence: 'Certificate, scope and statement of applicability issued by an accredited certification body.',
      },
      {
        requirement:
          'The supplier shall provide any security certification held for the offered product (e.g. IEC 62443-4-2, Common Criteria or EUCC) and state the certified version and configuration.',
        evidence: 'Product certificates and certification reports.',
      },
      {
        requirement:
          'The supplier shall provide evidence of a certified or independently assessed secure development process (e.g. IEC 62443-4-1 or IEC 81001-5-1).',
        evidence: 'Certificate or independent assessment report.',
      },
      {
        requirement:
          'The supplier shall keep its certifications valid during the contract and inform the hospital without delay if a certificate is suspended, withdrawn or reduced in scope.',
        evidence: 'Contract clause; renewed certificates supplied on each renewal.',
      },
    ],
    assets: ['professional-services', 'cloud-services'],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'networking-equipment',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
    ],
    threats: ['cloud-provider-failure'],
    relatedThreats: [
      'network-provider-failure',
      'power-supply-failure',
      'supplier-failure',
      'procurement-errors',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'device-tampering',
      'theft-of-equipment',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
    ],
    references: ['iso-iec-27001', 'iec-62443', 'iec-81001-5-1', 'cybersecurity-act'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Source phase is inferred, because the listings do not show where Source ends and Manage begins. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 16,
  },
  {
    code: 'S2',
    slug: 'data-protection-impact-assessment',
    edition: 'procurement-guidelines-2020',
    phase: 'source',
    title: 'Conduct DPIA',
    summary:
      'Where the product or service will process personal or health data, carry out a data protection impact assessment under the GDPR, using information the supplier must provide.',
    description: [
      'Processing health data on a large scale, or with new technologies, normally requires a data protection impact assessment (DPIA) under Article 35 GDPR. The DPIA describes the processing, assesses whether it is necessary and what risks it poses to patients’ rights, and sets out the measures to address those risks. It must be done before the processing starts, which in practice means during sourcing.',
      'The hospital cannot complete a DPIA without detailed information from the supplier: which data the product collects, where they go, who can access them, how long they are kept and how they are protected. The tender should oblige bidders to provide this information and, where the supplier processes data on the hospital’s behalf, to accept a processor agreement under Article 28 GDPR.',
      'The hospital’s data protection officer should be involved, and the outcome of the DPIA may lead to further requirements or contract clauses.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall describe all personal data processed by the product or service, including categories of data, purposes, data flows, storage locations, retention periods and recipients.',
        evidence: 'Data inventory and data-flow description.',
      },
      {
        requirement:
          'The supplier shall provide the information and assistance the hospital needs to carry out a data protection impact assessment.',
        evidence: 'Privacy documentation pack; the supplier’s own privacy assessment, where available.',
      },
      {
        requirement:
          'Where the supplier processes personal data on behalf of the hospital, it shall sign a data processing agreement that meets Article 28 GDPR.',
        evidence: 'Signed data processing agreement; list of sub-processors.',
      },
      {
        requirement:
          'The product shall support data protection by design and by default, including data minimisation, role-based access to personal data and deletion at the end of the retention period.',
        evidence: 'Description of privacy features and default settings.',
      },
      {
        requirement:
          'The supplier shall notify the hospital of any personal data breach without undue delay and no later than [N] hours after becoming aware of it.',
        evidence: 'Breach notification procedure.',
      },
    ],
    assets: ['hospital-information-systems', 'remote-care-systems', 'identification-systems', 'cloud-services'],
    relatedAssets: ['medical-devices', 'mobile-client-devices', 'professional-services'],
    threats: ['privilege-misuse-by-mistake', 'data-theft'],
    relatedThreats: [
      'configuration-errors',
      'policy-non-compliance',
      'loss-of-devices-or-media',
      'unsafe-personal-devices',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'theft-of-equipment',
      'unauthorised-remote-access',
      'insider-attack',
    ],
    references: ['gdpr', 'iso-27799', 'ehds-regulation'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Source phase is inferred, because the listings do not show where Source ends and Manage begins. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 17,
  },
  {
    code: 'S3',
    slug: 'address-legacy-systems',
    edition: 'procurement-guidelines-2020',
    phase: 'source',
    title: 'Address legacy systems',
    summary:
      'Deal with the new product’s dependence on, and interaction with, outdated or unsupported systems and protocols: protect them, isolate them or plan to replace them.',
    description: [
      'Hospitals run many systems that are old but still in clinical use: devices on unsupported operating systems, applications that need outdated protocols, and plant controllers that cannot be patched. A new purchase can make this worse if it relies on old software itself, or if integrating it keeps insecure legacy interfaces alive.',
      'During sourcing, bidders should state which platforms and versions their product supports and depends on, and for how long. Where the new product must interact with legacy systems, the hospital should agree how the connection will be protected (by isolation, gateways or compensating controls) and whether the supplier can help migrate away from the old system.',
      'When the purchase replaces a legacy system, the tender should also cover secure data migration and the decommissioning of the old system, including wiping its storage.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall list the operating systems, databases, runtimes and protocols the product depends on, with their end-of-support dates, and shall not deliver components that are already out of support.',
        evidence: 'Supported-platform list with end-of-support dates.',
      },
      {
        requirement:
          'Where the product must interact with systems or protocols that can no longer be secured, the supplier shall describe the compensating controls it provides or recommends.',
        evidence: 'Description of compensating controls; integration design.',
      },
      {
        requirement:
          'The supplier shall provide a migration plan, including secure transfer of data, for any legacy system the product replaces.',
        evidence: 'Migration plan and data migration test results.',
      },
      {
        requirement:
          'The supplier shall support the secure decommissioning of replaced equipment, including verified deletion of stored data.',
        evidence: 'Decommissioning procedure; data deletion certificates.',
      },
    ],
    assets: ['medical-devices', 'building-management-systems', 'industrial-control-systems'],
    relatedAssets: ['hospital-information-systems', 'networking-equipment', 'professional-services'],
    threats: ['hardware-failure', 'legacy-systems'],
    relatedThreats: [
      'supplier-failure',
      'ransomware',
      'malware',
      'denial-of-service',
      'device-tampering',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'network-failure',
      'overload',
    ],
    references: ['mdcg-2019-16', 'iec-80001-1', 'iec-62443'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Source phase is inferred, because the listings do not show where Source ends and Manage begins. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 18,
  },
  {
    code: 'M1',
    slug: 'cybersecurity-training',
    edition: 'procurement-guidelines-2020',
    phase: 'manage',
    title: 'Provide cybersecurity training',
    summary:
      'Make sure the staff who use, administer or maintain the procured product are trained in its secure use; the supplier may provide this training.',
    description: [
      'A product’s security features only work if the people who use and manage it know how to use them. Clinical users need to know how to log in and out securely and what to report; administrators need to know how to configure, update and monitor the product securely.',
      'The tender should ask the supplier to include security topics in its user and administrator training, to provide training material in the languages needed, and to update it when the product changes. Training should be planned for go-live and repeated for new staff.',
      'The hospital should keep records of who has been trained and check that the supplier’s personnel who work on its systems are trained as well.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall train the hospital’s administrators in the secure configuration, operation, updating and monitoring of the product.',
        evidence: 'Training plan and curriculum for administrators; attendance records.',
      },
      {
        requirement:
          'The supplier shall include the product’s security functions and safe-use rules in end-user training and documentation.',
        evidence: 'User training material covering security topics.',
      },
      {
        requirement:
          'The supplier shall provide updated training material when a new version changes security functions or procedures.',
        evidence: 'Version history of the training material.',
      },
      {
        requirement:
          'The supplier shall ensure that its own staff who access hospital systems have received security training appropriate to their role.',
        evidence: 'Training records or certificates for supplier staff.',
      },
    ],
    assets: ['mobile-client-devices', 'professional-services'],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'networking-equipment',
      'remote-care-systems',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'cloud-services',
    ],
    threats: [
      'configuration-errors',
      'policy-non-compliance',
      'privilege-misuse-by-mistake',
      'loss-of-devices-or-media',
      'unsafe-personal-devices',
      'phishing-and-social-engineering',
    ],
    relatedThreats: [
      'ransomware',
      'malware',
      'device-tampering',
      'theft-of-equipment',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
    ],
    references: ['nis2-directive', 'iso-iec-27001'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Manage phase is inferred, because the listings do not show where Source ends and Manage begins, and it may be a Source item in the original since it also reads as a contract clause agreed during sourcing. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 19,
  },
  {
    code: 'M2',
    slug: 'incident-response-plans',
    edition: 'procurement-guidelines-2020',
    phase: 'manage',
    title: 'Develop incident response plans',
    summary:
      'Extend the hospital’s incident response plan to cover the new product or service, with roles, escalation paths and recovery steps.',
    description: [
      'When a security incident hits a clinical system or medical device, the hospital must act quickly: isolate the affected system, keep patients safe, inform the right people and restore service. This is much easier if the response for that specific product has been planned in advance.',
      'The incident response plan should be updated for each significant purchase, with the supplier’s contact points, the product’s logging and isolation options, recovery procedures and the decisions that need clinical input. Under NIS2, healthcare providers also face tight incident-reporting deadlines, which the plan must reflect.',
      'The plan should be tested in exercises, ideally together with the supplier, and reviewed after every real incident.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall provide the information needed to include the product in the hospital’s incident response plan, including how to isolate it, preserve evidence and restore it to a known good state.',
        evidence: 'Incident handling guide for the product; recovery and restore procedures.',
      },
      {
        requirement:
          'The supplier shall provide contact details for security incidents, reachable [24/7 or as agreed], and keep them up to date.',
        evidence: 'Named security contact and escalation list.',
      },
      {
        requirement:
          'At the hospital’s request, the supplier shall take part in incident response exercises involving the product at least once every [N] years.',
        evidence: 'Contract clause; exercise reports.',
      },
      {
        requirement:
          'The supplier shall describe its own incident response procedures insofar as they affect the services it provides to the hospital.',
        evidence: 'Summary of the supplier’s incident response plan.',
      },
    ],
    assets: ['hospital-information-systems'],
    relatedAssets: [
      'medical-devices',
      'networking-equipment',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'professional-services',
      'cloud-services',
    ],
    threats: ['ransomware', 'phishing-and-social-engineering', 'denial-of-service'],
    relatedThreats: [
      'cloud-provider-failure',
      'network-provider-failure',
      'power-supply-failure',
      'supplier-failure',
      'malware',
      'device-tampering',
      'theft-of-equipment',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'hardware-failure',
      'network-failure',
      'overload',
      'legacy-systems',
    ],
    references: ['nis2-directive', 'gdpr', 'iso-22301'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Manage phase is inferred, because the listings do not show where Source ends and Manage begins, and it may be a Source item in the original since it also reads as a contract clause agreed during sourcing. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 20,
  },
  {
    code: 'M3',
    slug: 'supplier-in-incident-management',
    edition: 'procurement-guidelines-2020',
    phase: 'manage',
    title: 'Involve supplier in incident management',
    summary:
      'Oblige the supplier by contract to report incidents and vulnerabilities promptly and to help the hospital respond, investigate and recover.',
    description: [
      'Many incidents start at the supplier, or can only be solved with its help: a compromised remote-maintenance account, a vulnerable component, a breach at a cloud provider. The hospital depends on the supplier to tell it quickly and to provide technical help.',
      'The contract should set deadlines for notifying the hospital of incidents and vulnerabilities that affect it, define what the notice must contain, and oblige the supplier to cooperate in the response, including analysis and forensics. The deadlines should leave the hospital time to meet its own reporting duties under NIS2 and the GDPR.',
      'For medical devices, manufacturers also have vigilance and field-safety duties under the MDR and IVDR; the contract should make sure the hospital receives any security-related field safety notices.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall notify the hospital of any security incident that affects or may affect the hospital’s systems, data or services within [N] hours of detection, and provide updates as the investigation proceeds.',
        evidence: 'Notification procedure with deadlines and required content of notices.',
      },
      {
        requirement:
          'The supplier shall cooperate with the hospital and the competent authorities in investigating and resolving incidents, including by providing logs, technical analysis and forensic support.',
        evidence: 'Cooperation clause; description of the supplier’s incident response capability.',
      },
      {
        requirement:
          'The supplier shall provide a security contact who can be reached at any time for critical incidents.',
        evidence: '24/7 contact details and escalation procedure.',
      },
      {
        requirement:
          'After any incident affecting the hospital, the supplier shall provide a written report including the root cause and corrective actions.',
        evidence: 'Sample incident report; post-incident review procedure.',
      },
    ],
    assets: ['professional-services', 'cloud-services'],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'networking-equipment',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
    ],
    threats: ['cloud-provider-failure', 'network-provider-failure', 'denial-of-service'],
    relatedThreats: [
      'power-supply-failure',
      'supplier-failure',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'device-tampering',
      'theft-of-equipment',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'hardware-failure',
      'network-failure',
    ],
    references: ['nis2-directive', 'gdpr', 'mdr', 'ivdr'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Manage phase is inferred, because the listings do not show where Source ends and Manage begins, and it may be a Source item in the original since it also reads as a contract clause agreed during sourcing. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 21,
  },
  {
    code: 'M4',
    slug: 'maintenance-operations',
    edition: 'procurement-guidelines-2020',
    phase: 'manage',
    title: 'Organise maintenance operations',
    summary:
      'Plan and control supplier maintenance, on site or remote, through scheduling, authorisation, logging, trusted personnel and clean tools and media.',
    description: [
      'Maintenance gives supplier staff privileged access to systems and devices, often outside normal hours and sometimes from a distance. Uncontrolled maintenance can bring in malware through an infected laptop or USB stick, leave settings changed or accounts open, or interrupt clinical use at the wrong moment.',
      'The contract should define how maintenance is planned and approved, who may carry it out, how their identity is checked, which tools and media they may use, and how the work is recorded. Preventive maintenance should be scheduled with the clinical departments concerned, and urgent maintenance should follow a defined fast-track procedure.',
      'After maintenance, the hospital should be able to check that the system is back in its approved configuration.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall carry out maintenance only with the hospital’s approval and according to a schedule agreed with the department concerned, except in emergencies covered by an agreed procedure.',
        evidence: 'Maintenance procedure and schedule; approval records.',
      },
      {
        requirement:
          'The supplier shall record every maintenance intervention, including date, person, actions taken, software or configuration changes and parts replaced, and share the record with the hospital.',
        evidence: 'Maintenance logs or service reports.',
      },
      {
        requirement:
          'The supplier shall use only named, trained personnel for maintenance and inform the hospital of changes in personnel.',
        evidence: 'List of maintenance staff; training and screening records.',
      },
      {
        requirement:
          'Tools, laptops and storage media used for maintenance shall be free of malware and checked before they are connected to hospital systems.',
        evidence: 'Procedure for checking tools and media; malware scan records.',
      },
      {
        requirement:
          'Parts or media removed during maintenance that may contain hospital data shall be securely wiped or destroyed, or left with the hospital.',
        evidence: 'Data sanitisation procedure; destruction certificates.',
      },
    ],
    assets: ['medical-devices', 'building-management-systems', 'industrial-control-systems', 'professional-services'],
    relatedAssets: ['hospital-information-systems', 'networking-equipment', 'remote-care-systems'],
    threats: [
      'configuration-errors',
      'malware',
      'device-tampering',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'hardware-failure',
    ],
    relatedThreats: [
      'policy-non-compliance',
      'privilege-misuse-by-mistake',
      'loss-of-devices-or-media',
      'unsafe-personal-devices',
      'data-theft',
      'network-failure',
      'overload',
      'legacy-systems',
    ],
    references: ['iec-80001-1', 'iso-iec-27001', 'mds2'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Manage phase is inferred, because the listings do not show where Source ends and Manage begins, and it may be a Source item in the original since it also reads as a contract clause agreed during sourcing. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 22,
  },
  {
    code: 'M5',
    slug: 'secure-remote-access',
    edition: 'procurement-guidelines-2020',
    phase: 'manage',
    title: 'Secure remote access',
    summary:
      'Allow supplier remote access only through controlled channels, with individual accounts, strong authentication, encryption, time limits and monitoring.',
    description: [
      'Remote access lets suppliers support systems and devices quickly, but it is also one of the most common ways attackers get into hospitals. Permanent VPN connections, shared accounts, default passwords and remote-support tools installed without the hospital’s knowledge are frequent weaknesses.',
      'Remote access should pass through a gateway that the hospital controls. Each supplier engineer should have a personal account with multi-factor authentication; access should be limited to the systems concerned and enabled only for the duration of the work; and sessions should be logged and, where appropriate, recorded.',
      'The contract should forbid any other remote connection and require the supplier to protect its own systems from which remote access starts.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall access hospital systems remotely only through the remote-access solution provided or approved by the hospital.',
        evidence: 'Remote-access design; written confirmation that no other remote channels are used.',
      },
      {
        requirement:
          'Each person accessing remotely shall use an individual account with multi-factor authentication; shared, default or hard-coded credentials shall not be used.',
        evidence:
          'Account list; description of authentication; statement that the product contains no hard-coded credentials.',
      },
      {
        requirement:
          'Remote access shall be enabled only for the duration of an approved task and limited to the systems needed for it.',
        evidence: 'Access request and approval records; access control configuration.',
      },
      {
        requirement: 'Remote sessions shall be encrypted and logged, and the logs shall be available to the hospital.',
        evidence: 'Session logs; description of encryption and logging.',
      },
      {
        requirement:
          'The supplier shall secure the systems and networks from which it connects to the hospital and report any compromise of them without delay.',
        evidence: 'Supplier security policy for remote support; ISO/IEC 27001 certificate or equivalent.',
      },
    ],
    assets: ['medical-devices', 'building-management-systems', 'industrial-control-systems', 'professional-services'],
    relatedAssets: ['hospital-information-systems', 'networking-equipment', 'remote-care-systems', 'cloud-services'],
    threats: [
      'ransomware',
      'phishing-and-social-engineering',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
    ],
    relatedThreats: ['malware', 'device-tampering'],
    references: ['mds2', 'iec-62443', 'nis2-directive'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Manage phase is inferred, because the listings do not show where Source ends and Manage begins, and it may be a Source item in the original since it also reads as a contract clause agreed during sourcing. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 23,
  },
  {
    code: 'M6',
    slug: 'require-patching',
    edition: 'procurement-guidelines-2020',
    phase: 'manage',
    title: 'Require patching',
    summary:
      'Require by contract that security patches are delivered promptly for the whole support period, including validated patches for third-party software built into the product.',
    description: [
      'Unpatched systems are a main route for ransomware and other attacks. Yet many hospital products, medical devices in particular, stay unpatched for long periods because the supplier does not provide patches, does not validate operating-system patches, or forbids the hospital to install them.',
      'The contract should state which party develops, validates and installs patches, the time limits for each step by severity, and how patch status is reported. It should cover the supplier’s own software and all third-party components, such as the operating system, databases and libraries, for the full support period.',
      'Where a patch cannot be applied, for example because it would affect a device’s certification, the supplier should provide compensating measures until a fix is available.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall provide security patches for the product and all its third-party components for the full support period, within [N] days for critical and [N] days for other vulnerabilities after a fix becomes available.',
        evidence: 'Patch service level agreement; patch history of the product.',
      },
      {
        requirement:
          'For medical devices, the manufacturer shall validate operating-system and third-party patches and publish the list of approved patches within [N] days of their release.',
        evidence: 'List of validated patches per model and version; validation procedure.',
      },
      {
        requirement:
          'The supplier shall state who installs patches and, where it does so itself, install them within the agreed time and report completion.',
        evidence: 'Patch installation reports.',
      },
      {
        requirement:
          'Where a patch cannot be applied, the supplier shall provide documented compensating measures until it can.',
        evidence: 'Mitigation advisories; documentation of compensating controls.',
      },
      {
        requirement:
          'The supplier shall report the patch status of the delivered products to the hospital at least every [N] months.',
        evidence: 'Periodic patch status report.',
      },
    ],
    assets: ['hospital-information-systems', 'medical-devices', 'networking-equipment', 'mobile-client-devices'],
    relatedAssets: [
      'remote-care-systems',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'professional-services',
      'cloud-services',
    ],
    threats: ['ransomware', 'malware', 'legacy-systems'],
    relatedThreats: [
      'phishing-and-social-engineering',
      'denial-of-service',
      'device-tampering',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'network-failure',
      'overload',
    ],
    references: ['cyber-resilience-act', 'mdcg-2019-16', 'iec-81001-5-1'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Manage phase is inferred, because the listings do not show where Source ends and Manage begins, and it may be a Source item in the original since it also reads as a contract clause agreed during sourcing. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 24,
  },
  {
    code: 'M7',
    slug: 'cybersecurity-awareness',
    edition: 'procurement-guidelines-2020',
    phase: 'manage',
    title: 'Raise cybersecurity awareness',
    summary:
      'Keep all staff, clinical and administrative, aware of cybersecurity risks such as phishing and unsafe use of devices through an ongoing programme.',
    description: [
      'Many incidents begin with an ordinary action: opening an e-mail attachment, plugging in a USB stick, sharing a password or leaving a workstation logged in. Awareness helps staff recognise such situations and respond correctly, including reporting anything suspicious quickly.',
      'Unlike product training, awareness is a continuing programme for everyone in the hospital. It should be short, practical and relevant to clinical work, and refreshed regularly, for example with phishing exercises and reminders when new systems are introduced.',
      'Procurement supports awareness by making sure new products come with clear safe-use guidance and that supplier staff working on site follow the hospital’s security rules.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall provide short, clear guidance for end users on the safe use of the product, suitable for inclusion in the hospital’s awareness material.',
        evidence: 'User security guide or quick reference card.',
      },
      {
        requirement:
          'Supplier personnel working at the hospital or on its systems shall follow the hospital’s security rules and attend its awareness briefings when asked.',
        evidence: 'Signed acknowledgement of the hospital’s security rules; briefing attendance records.',
      },
      {
        requirement:
          'The supplier shall warn the hospital of current threats relevant to users of its products, such as phishing campaigns that impersonate the supplier.',
        evidence: 'Threat notices or security bulletins issued to customers.',
      },
    ],
    assets: ['mobile-client-devices'],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'networking-equipment',
      'remote-care-systems',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'professional-services',
      'cloud-services',
    ],
    threats: [
      'policy-non-compliance',
      'loss-of-devices-or-media',
      'unsafe-personal-devices',
      'phishing-and-social-engineering',
      'theft-of-equipment',
    ],
    relatedThreats: [
      'configuration-errors',
      'privilege-misuse-by-mistake',
      'ransomware',
      'malware',
      'device-tampering',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
    ],
    references: ['nis2-directive', 'iso-iec-27001'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Manage phase is inferred, because the listings do not show where Source ends and Manage begins. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 25,
  },
  {
    code: 'M8',
    slug: 'asset-inventory-and-configuration-management',
    edition: 'procurement-guidelines-2020',
    phase: 'manage',
    title: 'Perform asset inventory and configuration management',
    summary:
      'Record each new asset in the inventory with its owner, location, versions and network details, and manage its secure configuration and any changes to it.',
    description: [
      'The hospital cannot protect what it does not know it has. An up-to-date inventory of devices, systems and software, with their location, owner, software versions and network connections, is needed to find the systems affected by a new vulnerability, to plan patching and to respond to incidents.',
      'Configuration management makes sure each asset is set up according to a secure baseline, that changes are authorised and recorded, and that the configuration can be restored after a failure or incident. Suppliers should provide the data needed for the inventory and a hardening guide that describes the secure settings.',
      'Inventory and configuration data should be updated whenever the asset changes, including after maintenance, updates and moves, and an asset should leave the inventory only after secure decommissioning.',
    ],
    requirements: [
      {
        requirement:
          'For each item supplied, the supplier shall deliver inventory data including model, serial number, hardware and software versions, network identifiers (such as MAC and IP addresses) and location, in a format the hospital can import.',
        evidence: 'Asset data file in the agreed format.',
      },
      {
        requirement:
          'The supplier shall provide a list of the software components in the product, including third-party and open-source components with their versions.',
        evidence: 'Software bill of materials (e.g. CycloneDX or SPDX).',
      },
      {
        requirement:
          'The supplier shall provide a hardening guide describing the secure configuration of the product and deliver the product configured accordingly.',
        evidence: 'Hardening guide; configuration report at handover.',
      },
      {
        requirement:
          'The supplier shall not change the product’s configuration without the hospital’s approval and shall record every change.',
        evidence: 'Change records; configuration change procedure.',
      },
      {
        requirement:
          'The supplier shall update the inventory data after every change of hardware, software version or location.',
        evidence: 'Updated asset data after each change.',
      },
    ],
    assets: ['networking-equipment', 'mobile-client-devices', 'identification-systems', 'building-management-systems'],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'remote-care-systems',
      'industrial-control-systems',
    ],
    threats: [
      'configuration-errors',
      'privilege-misuse-by-mistake',
      'loss-of-devices-or-media',
      'unsafe-personal-devices',
      'device-tampering',
      'theft-of-equipment',
      'network-failure',
      'legacy-systems',
    ],
    relatedThreats: [
      'policy-non-compliance',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'data-theft',
      'unauthorised-remote-access',
      'insider-attack',
      'software-failure',
      'hardware-failure',
      'overload',
    ],
    references: ['iec-80001-1', 'nis2-directive', 'mds2', 'cyclonedx'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Manage phase is inferred, because the listings do not show where Source ends and Manage begins. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 26,
  },
  {
    code: 'M9',
    slug: 'access-control-for-medical-device-facilities',
    edition: 'procurement-guidelines-2020',
    phase: 'manage',
    title: 'Dedicated access control mechanisms for medical device facilities',
    summary:
      'Restrict physical access, and logical access where relevant, to the rooms and areas that house medical devices, their consoles and their servers.',
    description: [
      'Medical devices and the computers that run them often sit in places many people pass through: imaging suites, laboratories, intensive care units and equipment stores. Anyone with physical access may tamper with a device, plug something into it or take it away.',
      'Access to these areas should be limited to authorised people, for example with badge readers, locks and visitor procedures, and recorded where possible. The devices themselves should require users to authenticate and give different rights to different roles, so that settings cannot be changed by whoever happens to be in the room.',
      'Planning should also cover the building systems that control physical access and the network equipment installed in these areas.',
    ],
    requirements: [
      {
        requirement:
          'The supplier shall state the physical security conditions needed for the safe installation of the device and its associated servers and consoles.',
        evidence: 'Installation requirements covering physical security.',
      },
      {
        requirement:
          'The device shall support user authentication and role-based access, so that clinical, service and administrative functions are limited to authorised users.',
        evidence: 'Description of user roles and authentication methods; MDS2 form.',
      },
      {
        requirement:
          'The device shall offer means to prevent or detect unauthorised physical interference, such as lockable casings, port blocking or tamper indicators.',
        evidence: 'Product documentation on physical protection features.',
      },
      {
        requirement:
          'Supplier personnel shall follow the hospital’s access procedures for restricted areas, including identification and signing in.',
        evidence: 'Signed acknowledgement of access procedures; visitor logs.',
      },
    ],
    assets: ['medical-devices'],
    relatedAssets: ['networking-equipment', 'building-management-systems'],
    threats: ['device-tampering', 'theft-of-equipment'],
    relatedThreats: [],
    references: ['mdcg-2019-16', 'mds2', 'iso-27799'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Manage phase is inferred, because the listings do not show where Source ends and Manage begins. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal; threats are limited to device tampering and theft of equipment.',
    },
    order: 27,
  },
  {
    code: 'M10',
    slug: 'penetration-testing',
    edition: 'procurement-guidelines-2020',
    phase: 'manage',
    title: 'Schedule penetration testing frequently or after a change in the architecture/system',
    summary:
      'Have procured systems penetration-tested regularly and whenever the architecture or the system changes, with a contract that allows such tests and requires the supplier to fix what they find.',
    description: [
      'Penetration tests show how an attacker could actually exploit weaknesses in a system as installed, including configuration and integration problems that documents and certificates do not reveal. They are most useful before go-live, after major changes and at regular intervals.',
      'Contracts sometimes forbid customers to test the supplier’s product, or void the warranty if they do. The tender should secure the hospital’s right to test, or to have a qualified third party test, under agreed rules of engagement that protect patient safety; medical devices should normally be tested on non-clinical units or in a test environment.',
      'The supplier should also share the results of its own tests and commit to fixing findings within agreed times.',
    ],
    requirements: [
      {
        requirement:
          'The hospital, or a qualified third party appointed by it, shall have the right to penetration-test the product or service under rules of engagement agreed with the supplier, without losing warranty or support.',
        evidence: 'Contract clause; agreed rules of engagement.',
      },
      {
        requirement:
          'The supplier shall provide a summary of recent independent penetration tests of the product version offered.',
        evidence: 'Penetration test summary or attestation letter from the testing firm.',
      },
      {
        requirement:
          'The supplier shall fix vulnerabilities found in penetration tests within agreed times according to their severity, and confirm the fixes.',
        evidence: 'Remediation plan and retest results.',
      },
      {
        requirement:
          'The supplier shall provide a test environment or non-clinical unit for testing medical devices and other safety-critical systems.',
        evidence: 'Confirmation of the test unit or environment and its availability.',
      },
      {
        requirement:
          'The supplier shall notify the hospital of significant changes to the architecture of the product or service, so that the hospital can plan a new test.',
        evidence: 'Change notification procedure.',
      },
    ],
    assets: ['networking-equipment'],
    relatedAssets: [
      'hospital-information-systems',
      'medical-devices',
      'remote-care-systems',
      'mobile-client-devices',
      'identification-systems',
      'building-management-systems',
      'industrial-control-systems',
      'cloud-services',
    ],
    threats: ['configuration-errors', 'unauthorised-remote-access'],
    relatedThreats: [
      'privilege-misuse-by-mistake',
      'ransomware',
      'malware',
      'phishing-and-social-engineering',
      'denial-of-service',
      'device-tampering',
      'data-theft',
      'insider-attack',
    ],
    references: ['iec-62443', 'iec-81001-5-1', 'nis2-directive'],
    provenance: {
      status: 'reconstructed',
      note: 'Name confirmed by two independent listings; its place in the Manage phase is inferred, because the listings do not show where Source ends and Manage begins. Text, requirements and evidence are our paraphrase and must be checked against the ENISA PDF. Asset and threat links are a project proposal.',
    },
    order: 28,
  },
]
