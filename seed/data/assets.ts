import type { AssetSeed } from '../types'

// The ten types of procurement (hospital asset types). Names are fairly certain; descriptions and examples are ours.
export const assets: AssetSeed[] = [
  {
    slug: 'hospital-information-systems',
    title: 'Hospital information systems',
    summary:
      'Software that runs the hospital’s clinical and administrative work and holds most of its patient records.',
    description: [
      'This type covers the core applications of a hospital: the electronic health record, patient administration, departmental systems for the laboratory, radiology and pharmacy, the image archive, and the interfaces that connect them. They are usually bought through large, long-running contracts that include installation, integration and support.',
      'These systems hold most of the hospital’s health data and are needed around the clock, so an outage or a breach affects patient care directly. Procurement should look closely at access control, logging, encryption, integration interfaces, update arrangements and how the supplier helps with recovery.',
    ],
    examples: [
      'Electronic health record (EHR/EMR)',
      'Patient administration system',
      'Laboratory information system (LIS)',
      'Radiology information system (RIS)',
      'Picture archiving and communication system (PACS)',
      'Pharmacy and medication management',
      'Order communications and results reporting',
    ],
    order: 1,
    provenance: {
      status: 'reconstructed',
      note: 'Category name fairly certain from what is known of the 2020 report and its online tool; check the exact wording (e.g. “hospital” or “clinical” information systems) against the ENISA PDF. Description and examples are our own.',
    },
  },
  {
    slug: 'medical-devices',
    title: 'Medical devices',
    summary:
      'Equipment used to diagnose, monitor or treat patients, more and more of it networked and driven by software.',
    description: [
      'Medical devices range from large imaging systems to bedside monitors and infusion pumps. Many now run an embedded operating system, connect to the hospital network and exchange data with clinical systems. They are regulated products under the MDR or IVDR, so the manufacturer decides what may be changed on them, including which patches may be installed.',
      'Devices often stay in service for ten years or more, much longer than the software inside them is supported. A compromised or failed device can put patients at risk directly. Procurement should ask for security documentation, a support and patching commitment for the expected lifetime, and information on how the device must be placed on the network.',
    ],
    examples: [
      'CT, MRI, X-ray and ultrasound systems',
      'Patient monitors and central stations',
      'Infusion pumps',
      'Ventilators and anaesthesia machines',
      'Laboratory analysers',
      'Wearable and implantable devices',
    ],
    order: 2,
    provenance: {
      status: 'reconstructed',
      note: 'Category name fairly certain from what is known of the 2020 report and its online tool; check it against the ENISA PDF. Description and examples are our own.',
    },
  },
  {
    slug: 'networking-equipment',
    title: 'Networking equipment',
    summary:
      'The hardware and software that connect the hospital’s systems and devices and control the traffic between them.',
    description: [
      'This type covers the wired and wireless network: switches, routers, firewalls, wireless access points and the gateways used for remote connections, together with the software used to manage them.',
      'Every other connected asset depends on the network, and a well-designed network is the main means of keeping medical devices, building systems and guest traffic apart. Procurement should cover secure management interfaces, support for segmentation, logging, firmware updates and the length of the supplier’s support.',
    ],
    examples: [
      'Core and access switches',
      'Routers',
      'Firewalls and intrusion prevention systems',
      'Wi-Fi access points and controllers',
      'VPN and remote-access gateways',
      'Network management software',
    ],
    order: 3,
    provenance: {
      status: 'reconstructed',
      note: 'Category name fairly certain from what is known of the 2020 report and its online tool; check it against the ENISA PDF. Description and examples are our own.',
    },
  },
  {
    slug: 'remote-care-systems',
    title: 'Remote care systems',
    summary: 'Systems that let clinicians consult, monitor or treat patients who are not in the hospital.',
    description: [
      'Remote care systems include telemedicine platforms for video consultations and telemonitoring services that collect readings from devices in patients’ homes. They combine devices, apps, hosted platforms and hospital systems, often run by several different parties.',
      'Data travel over networks the hospital does not control, and devices sit in homes rather than on wards. Procurement must therefore look at how patients and staff are authenticated, encryption in transit, where data are stored, how reliable the service is and who is responsible for each part of the chain.',
    ],
    examples: [
      'Video consultation platforms',
      'Home telemonitoring kits (blood pressure, glucose, ECG)',
      'Remote patient monitoring hubs and gateways',
      'Patient apps linked to hospital systems',
      'Teleradiology and telepathology services',
    ],
    order: 4,
    provenance: {
      status: 'reconstructed',
      note: 'Category name fairly certain from what is known of the 2020 report and its online tool; check it against the ENISA PDF. Description and examples are our own.',
    },
  },
  {
    slug: 'mobile-client-devices',
    title: 'Mobile client devices',
    summary: 'Portable computers and handheld devices that staff use to reach hospital systems and data.',
    description: [
      'Staff use laptops, tablets and smartphones at the bedside, on ward rounds and away from the hospital. Some are owned by the hospital; others are personal devices used under a bring-your-own-device (BYOD) arrangement.',
      'Mobile devices are easily lost or stolen, connect through many different networks and may mix personal and clinical use. Procurement should cover device management, encryption of stored data, strong authentication, remote wiping and how long the devices and their operating systems will receive updates.',
    ],
    examples: [
      'Clinical tablets and mobile workstations',
      'Staff smartphones and messaging devices',
      'Laptops',
      'Handheld barcode scanners',
      'Personal devices used under BYOD',
      'Mobile device management software',
    ],
    order: 5,
    provenance: {
      status: 'reconstructed',
      note: 'Category name fairly certain from what is known of the 2020 report and its online tool; check it against the ENISA PDF. Description and examples are our own.',
    },
  },
  {
    slug: 'identification-systems',
    title: 'Identification systems',
    summary: 'Systems that identify and locate patients, staff and equipment in the hospital.',
    description: [
      'This type covers patient wristbands, staff badges and smart cards, RFID and real-time location tags, biometric readers and the software that manages them. They help to identify the right patient, control access to rooms and systems, and keep track of equipment.',
      'Identification errors can lead to the wrong treatment, and weak credentials open the way to rooms and systems. Procurement should look at how identifiers are protected against copying or tampering, how the back-end system is secured and how the personal data collected by tracking are handled.',
    ],
    examples: [
      'Barcode or RFID patient wristbands',
      'Staff ID badges and smart cards',
      'Real-time location systems (RTLS) and asset tags',
      'Biometric readers',
      'Infant protection and patient tagging systems',
    ],
    order: 6,
    provenance: {
      status: 'reconstructed',
      note: 'Category name fairly certain from what is known of the 2020 report and its online tool; check it against the ENISA PDF. Description and examples are our own.',
    },
  },
  {
    slug: 'building-management-systems',
    title: 'Building management systems',
    summary: 'Control systems for the hospital building’s climate, lighting, security and other facilities.',
    description: [
      'Building management systems control heating, ventilation and air conditioning, lighting, lifts, physical access control, video surveillance and fire detection. In a hospital they also keep operating theatres, isolation rooms and medicine stores within strict environmental limits.',
      'These systems are more and more often connected to the hospital network and maintained remotely by contractors. An attack or failure can close operating theatres or spoil stored medicines. Procurement should address network separation, remote maintenance access, default passwords and how long updates will be provided.',
    ],
    examples: [
      'HVAC and climate control for theatres and clean rooms',
      'Lighting control',
      'Physical access control systems',
      'CCTV and video management',
      'Fire detection and alarm systems',
      'Lift control',
    ],
    order: 7,
    provenance: {
      status: 'reconstructed',
      note: 'Category name fairly certain from what is known of the 2020 report and its online tool; check it against the ENISA PDF. Description and examples are our own.',
    },
  },
  {
    slug: 'industrial-control-systems',
    title: 'Industrial control systems',
    summary: 'Control systems for critical hospital utilities such as power, medical gases and water.',
    description: [
      'Hospitals run industrial plant: uninterruptible power supplies and generators, medical gas supply, water treatment, sterilisation and other utilities. This plant is controlled by programmable logic controllers (PLCs), SCADA systems and similar operational technology.',
      'Such equipment is built for long life and constant availability rather than for security, and it is hard to patch. A failure can stop life-critical services across the hospital. Procurement should set requirements for network separation, secure remote maintenance, change control and long-term supplier support, often with reference to the IEC 62443 series.',
    ],
    examples: [
      'Uninterruptible power supplies and emergency generators',
      'Medical gas supply and monitoring',
      'Water treatment, including water for dialysis',
      'Sterilisation plant',
      'PLC and SCADA control systems',
    ],
    order: 8,
    provenance: {
      status: 'reconstructed',
      note: 'Category name fairly certain from what is known of the 2020 report and its online tool; check it against the ENISA PDF. Description and examples are our own.',
    },
  },
  {
    slug: 'professional-services',
    title: 'Professional services',
    summary: 'Services delivered by outside firms or people who work with the hospital’s systems, premises or data.',
    description: [
      'This type covers services rather than products: consultancy, outsourced or managed IT, system integration, maintenance and support contracts, and any other third party that needs access to hospital systems, premises or data.',
      'A service provider with access can bring in as much risk as a faulty product. Procurement should cover the provider’s security capability and certification, confidentiality, how access is granted and withdrawn, the duty to report incidents and what happens when the contract ends.',
    ],
    examples: [
      'IT consultancy and security assessments',
      'Managed IT and managed security services',
      'System integration',
      'Maintenance and support contracts',
      'Outsourced data processing',
      'Software development',
    ],
    order: 9,
    provenance: {
      status: 'reconstructed',
      note: 'Category name fairly certain from what is known of the 2020 report and its online tool; check it against the ENISA PDF. Description and examples are our own.',
    },
  },
  {
    slug: 'cloud-services',
    title: 'Cloud services',
    summary:
      'Software, platforms and infrastructure that the hospital uses as a service run from a provider’s data centres.',
    description: [
      'Cloud services include hosted clinical applications (software as a service), platforms and infrastructure that the hospital rents, and services such as backup, e-mail and collaboration. The provider runs the underlying technology and shares security responsibilities with the hospital.',
      'Health data in the cloud raise questions about where data are stored, GDPR processor terms, certification, availability, incident notification and how to leave the service. Procurement needs dedicated requirements on these points and a clear split of responsibilities between provider and hospital.',
    ],
    examples: [
      'Hosted EHR or other clinical software (SaaS)',
      'Cloud backup and disaster recovery',
      'E-mail and collaboration suites',
      'Infrastructure and platform services (IaaS/PaaS)',
      'Cloud-based image sharing',
      'Cloud analytics platforms',
    ],
    order: 10,
    provenance: {
      status: 'reconstructed',
      note: 'Category name fairly certain from what is known of the 2020 report and its online tool; check it against the ENISA PDF. Description and examples are our own.',
    },
  },
]
