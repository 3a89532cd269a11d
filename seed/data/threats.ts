import type { ThreatSeed } from '../types'

// The threat taxonomy: five confirmed groups; the individual threats are reconstructed and must be checked.
export const threats: ThreatSeed[] = [
  // natural-phenomena
  {
    slug: 'fire',
    group: 'natural-phenomena',
    title: 'Fire',
    summary: 'Fire in or near the hospital that destroys or disables IT equipment, devices or data.',
    description: [
      'A fire in a server room, plant room or ward can destroy equipment and data, and smoke, heat or extinguishing water can damage systems well beyond the fire itself. A hospital cannot simply close, so the loss of a data room or of the medical devices in an affected area has to be covered by backups held at another site, fire detection and suppression suited to IT rooms, and supplier commitments to replace equipment quickly.',
    ],
    examples: [
      'Fire in the server room or data centre',
      'Smoke or extinguishing water damaging equipment',
      'Overheating battery or electrical fault',
    ],
    order: 1,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'flood',
    group: 'natural-phenomena',
    title: 'Flood',
    summary: 'Water from flooding or leaks that damages equipment and interrupts services.',
    description: [
      'Heavy rain, river flooding or burst pipes can put server rooms, plant rooms and imaging suites out of action. Hospitals often place technical rooms in basements, which makes them especially exposed. The impact can be reduced by asking where hosted services and backups are located, by following the supplier’s guidance on where to install equipment, and by agreeing recovery times in the service contract.',
    ],
    examples: [
      'Burst pipe above a server room',
      'Flooded basement with the data centre or power plant',
      'Leaking air conditioning unit',
    ],
    order: 2,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'earthquake',
    group: 'natural-phenomena',
    title: 'Earthquake',
    summary: 'Seismic events that damage buildings, equipment and connections.',
    description: [
      'In seismic regions an earthquake can damage buildings, topple racks and equipment, and cut power and telecommunications at the very moment the hospital must handle a surge of patients. Secure mounting of equipment, hosted services run from geographically separate data centres, and continuity plans that assume the loss of the main site help keep critical systems running.',
    ],
    examples: [
      'Collapsed racks and broken cabling',
      'Damaged building housing servers',
      'Regional outage after a quake',
    ],
    order: 3,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'extreme-weather',
    group: 'natural-phenomena',
    title: 'Extreme weather and other natural disasters',
    summary: 'Storms, heatwaves, snow and other natural events that disrupt power, cooling or access to the site.',
    description: [
      'Storms, heatwaves, heavy snow and similar events can cut power and network links, overwhelm the cooling of server rooms and imaging equipment, and stop suppliers’ engineers from reaching the hospital. Procurement should consider the environmental operating limits of equipment, the redundancy of hosted services and whether the supplier can support the hospital remotely when travel is impossible.',
    ],
    examples: [
      'Heatwave overloading server-room cooling',
      'Storm cutting power or network lines',
      'Snow or floods blocking access for staff and engineers',
    ],
    order: 4,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  // supply-chain-failure
  {
    slug: 'cloud-provider-failure',
    group: 'supply-chain-failure',
    title: 'Failure of a cloud service provider',
    summary: 'An outage, data loss or business failure at a provider of hosted services.',
    description: [
      'When the hospital’s electronic health record, image archive or e-mail runs in the cloud, an outage at the provider stops clinical work as surely as a local failure, and the hospital cannot repair it itself. Data can also be lost or become unreachable if the provider fails or ends the service. Contracts should set availability targets, backup and recovery duties, incident notification and an exit plan that returns data in usable formats.',
    ],
    examples: [
      'Outage of a SaaS clinical application',
      'Data loss at a hosting provider',
      'Provider bankruptcy or sudden end of service',
    ],
    order: 5,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'network-provider-failure',
    group: 'supply-chain-failure',
    title: 'Failure of a network or telecommunications provider',
    summary: 'Loss of internet, wide-area or telephone connections supplied by an outside operator.',
    description: [
      'Hospitals depend on external connections for cloud services, links between sites, remote care, emergency communications and telephony. An operator outage or a cut cable can isolate the hospital from all of these at once. Procurement can require redundant connections over different routes and from different providers, repair times in the service agreement, and a plan for how critical systems work while the link is down.',
    ],
    examples: ['Internet or WAN link down', 'Telephone and mobile network outage', 'Cut fibre between hospital sites'],
    order: 6,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'power-supply-failure',
    group: 'supply-chain-failure',
    title: 'Power supply failure',
    summary: 'Loss or instability of electrical power that stops systems and devices.',
    description: [
      'Power cuts and voltage disturbances can shut down servers, network equipment and medical devices, and an uncontrolled restart can corrupt data. Hospitals rely on uninterruptible power supplies and generators, which themselves need maintenance and testing. Procurement should state power and backup requirements for new equipment, check that devices restart safely, and include the suppliers of power infrastructure in continuity planning.',
    ],
    examples: ['Blackout of the public grid', 'Failed UPS or generator', 'Voltage spikes damaging devices'],
    order: 7,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'supplier-failure',
    group: 'supply-chain-failure',
    title: 'Failure of a supplier or manufacturer',
    summary: 'A supplier that goes out of business, stops support or can no longer deliver updates and spare parts.',
    description: [
      'A manufacturer may withdraw a product, end software support long before the hospital retires the device, be taken over or go bankrupt, leaving the hospital with systems it cannot patch or repair. Procurement should ask for support periods that match the expected lifetime, advance notice of end of support, escrow or documentation arrangements where suitable, and evidence of the supplier’s financial and operational stability.',
    ],
    examples: [
      'Manufacturer ends support for a device',
      'No more security patches or spare parts',
      'Supplier insolvency or takeover',
    ],
    order: 8,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'procurement-errors',
    group: 'supply-chain-failure',
    title: 'Procurement errors',
    summary: 'Mistakes in the purchasing process that leave security needs out of the specification or the contract.',
    description: [
      'If security requirements are missing from the specification, the award criteria or the contract, the hospital may buy a product it cannot secure and have no contractual means to demand fixes later. Typical errors are leaving the IT department out of the decision, accepting vague statements from bidders, and forgetting support, patching and exit terms. Most of the good practices exist to prevent exactly these errors.',
    ],
    examples: [
      'Security requirements missing from the tender',
      'No right to patch or audit in the contract',
      'Buying a device that cannot join the hospital network safely',
    ],
    order: 9,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  // human-errors
  {
    slug: 'configuration-errors',
    group: 'human-errors',
    title: 'Configuration errors',
    summary: 'Incorrect set-up of systems or devices that weakens security or causes failures.',
    description: [
      'Default passwords left in place, unneeded services left running, wrong firewall rules or storage left open to the internet are common causes of incidents. In hospitals, complex integrations and pressure to get systems working quickly make such errors more likely. Hardening guides from the supplier, secure default settings, configuration reviews and controlled changes reduce the risk.',
    ],
    examples: [
      'Default passwords left unchanged',
      'Storage or cloud bucket left open to the internet',
      'Wrong firewall rule or open service',
    ],
    order: 10,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'policy-non-compliance',
    group: 'human-errors',
    title: 'Not following policies and procedures',
    summary: 'Staff or contractors who bypass or ignore security rules, usually to save time.',
    description: [
      'Shared logins at nursing stations, written-down passwords, unapproved software and skipped procedures are often workarounds for systems that get in the way of care. Supplier staff may also ignore the hospital’s rules when working on site or remotely. Products that allow fast, convenient sign-on, clear contractual obligations for suppliers and regular training make it more realistic for everyone to follow the rules.',
    ],
    examples: [
      'Shared accounts and passwords on sticky notes',
      'Unapproved software installed on a workstation',
      'Security checks skipped to save time',
    ],
    order: 11,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'privilege-misuse-by-mistake',
    group: 'human-errors',
    title: 'Unauthorised access by mistake or misuse of privileges',
    summary: 'Users who reach data or functions they should not, through error or overly broad access rights.',
    description: [
      'When access rights are too broad, or are not withdrawn when staff change roles, users can open the records of patients they do not treat or change settings they should not touch, often without bad intent. Mistakes by administrators with wide privileges can have large effects. Procurement should require role-based access, fine-grained rights, logging of access to records and support for regular review of accounts.',
    ],
    examples: [
      'Staff looking up records of patients they do not treat',
      'Accounts of leavers still active',
      'Over-broad administrator rights',
    ],
    order: 12,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'loss-of-devices-or-media',
    group: 'human-errors',
    title: 'Loss of devices or storage media',
    summary: 'Laptops, phones, USB sticks or other media that go missing and may expose data.',
    description: [
      'Portable devices and removable media are easily left behind on wards, in vehicles or at home, and parts returned to suppliers for repair or disposal can still hold patient data. Encryption of stored data, remote locking and wiping, and contract clauses on the secure handling and disposal of storage media limit the harm when something goes missing.',
    ],
    examples: [
      'Lost laptop or smartphone',
      'Missing USB stick with patient data',
      'Unencrypted backup tape gone astray',
    ],
    order: 13,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'unsafe-personal-devices',
    group: 'human-errors',
    title: 'Unsafe use of personal devices',
    summary: 'Personal phones, tablets and computers used for work without adequate protection.',
    description: [
      'Clinicians often use their own phones to message colleagues, photograph wounds or reach hospital systems. Such devices may miss updates, mix personal and clinical apps, and keep patient data outside the hospital’s control. A bring-your-own-device policy, device management that keeps work data separate, and approved secure messaging tools reduce this risk.',
    ],
    examples: [
      'Bring your own device (BYOD) without management',
      'Clinical photos on a private phone',
      'Messaging patient data through consumer apps',
    ],
    order: 14,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  // malicious-actions
  {
    slug: 'ransomware',
    group: 'malicious-actions',
    title: 'Ransomware',
    summary: 'Malicious software that encrypts or steals data and demands payment.',
    description: [
      'Ransomware is the most common serious attack on European hospitals. It can encrypt clinical systems and backups, force emergency patients to be diverted and delay treatment for weeks, while stolen data are used for extortion. Protection depends on several practices working together: patching, network segregation, offline backups, limited remote access, logging and a tested recovery plan.',
    ],
    examples: [
      'Encrypted servers and backups with a ransom note',
      'Double extortion: data stolen and threatened with publication',
      'Emergency patients diverted after an attack',
    ],
    order: 15,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'malware',
    group: 'malicious-actions',
    title: 'Malware',
    summary: 'Viruses, worms, trojans and other malicious software apart from ransomware.',
    description: [
      'Malware can enter through e-mail, infected media, compromised updates or vulnerable network services, and spreads easily to devices that run old operating systems. In hospitals it can slow down or crash medical devices and clinical systems as well as steal data. Products should support malware protection or application allow-listing approved by the manufacturer, and suppliers should deliver updates through an authenticated channel.',
    ],
    examples: [
      'Virus or worm spreading to old workstations',
      'Trojan in an e-mail attachment',
      'Infected USB stick or update package',
    ],
    order: 16,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'phishing-and-social-engineering',
    group: 'malicious-actions',
    title: 'Phishing and social engineering',
    summary:
      'Deception that tricks staff into giving away credentials, opening malicious content or taking harmful actions.',
    description: [
      'Attackers send convincing e-mails, messages or calls, sometimes posing as suppliers or colleagues, to steal passwords, get staff to install malware or change a supplier’s bank details. Busy clinical staff who use many systems are easy targets. Multi-factor authentication, e-mail filtering, awareness training and clear procedures for checking requests that claim to come from suppliers lower the chance of success.',
    ],
    examples: [
      'Fake login page stealing passwords',
      'Fraudulent invoice or CEO fraud e-mail',
      'Caller posing as the IT help desk or a supplier',
    ],
    order: 17,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'denial-of-service',
    group: 'malicious-actions',
    title: 'Denial of service',
    summary: 'Attacks that flood systems or networks so that they become unavailable.',
    description: [
      'Distributed denial-of-service (DDoS) attacks can make hospital websites, patient portals, remote care services and internet links unavailable, and they have become frequent against European healthcare. Unexpected traffic can also make internal systems or medical devices freeze. Resilient hosting, DDoS protection from network and cloud providers, and devices that keep working under abnormal traffic limit the impact.',
    ],
    examples: [
      'DDoS attack on the hospital website or portal',
      'Flooding of the internet connection',
      'Appointment system made unreachable',
    ],
    order: 18,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'device-tampering',
    group: 'malicious-actions',
    title: 'Device tampering',
    summary: 'Deliberate physical or logical manipulation of medical devices or other equipment.',
    description: [
      'Someone with physical access to a device, or network access to its interfaces, may change its settings, install malicious software or connect rogue hardware to an exposed port. On a medical device this can alter doses, readings or alarms. Physical access control, locked ports and casings, authentication for configuration changes and integrity checks of the software reduce the risk.',
    ],
    examples: ['Altered settings of an infusion pump', 'Manipulated firmware', 'Rogue device plugged into the network'],
    order: 19,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'theft-of-equipment',
    group: 'malicious-actions',
    title: 'Theft of equipment',
    summary: 'Stealing devices, computers or components from the hospital.',
    description: [
      'Hospitals are open buildings full of portable and valuable items. A stolen laptop, tablet, portable medical device or hard disk means both the loss of equipment needed for care and a possible breach of the patient data stored on it. Asset tagging, physical access control, secure storage and encryption of data on devices are the main protections.',
    ],
    examples: ['Stolen laptops or tablets', 'Theft of portable medical devices', 'Components removed from servers'],
    order: 20,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'data-theft',
    group: 'malicious-actions',
    title: 'Theft or breach of data',
    summary: 'Unauthorised copying or disclosure of patient data and other sensitive information.',
    description: [
      'Health records are valuable to criminals and attractive for extortion. Data can be taken by outside attackers, exposed through misconfigured systems or cloud storage, or copied by people who have access. A breach harms patients and triggers GDPR notification duties. Encryption, access control, logging, data minimisation and clear processor obligations for suppliers all reduce the risk.',
    ],
    examples: [
      'Exfiltration of patient records',
      'Data breach through a supplier',
      'Sale of health data on criminal forums',
    ],
    order: 21,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'unauthorised-remote-access',
    group: 'malicious-actions',
    title: 'Hijacking and unauthorised remote access',
    summary: 'Attackers who take over remote connections or accounts to get into hospital systems.',
    description: [
      'Suppliers often maintain systems and devices over remote connections. Shared or default accounts, connections that stay open permanently and weak authentication give attackers an easy way in, and a compromised supplier can become a route into many hospitals at once. Remote access should pass through a controlled gateway with individual accounts, multi-factor authentication, time limits and logging.',
    ],
    examples: [
      'Stolen VPN credentials',
      'Supplier remote-maintenance access left always on',
      'Remote desktop (RDP) exposed to the internet',
    ],
    order: 22,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'insider-attack',
    group: 'malicious-actions',
    title: 'Insider attack',
    summary: 'Deliberate harm by staff, contractors or others who have legitimate access.',
    description: [
      'People with legitimate access — employees, temporary staff or supplier personnel — can deliberately view, copy, alter or destroy data, or sabotage systems, out of greed, curiosity or revenge. Their access makes such actions harder to detect. Least-privilege access, logging and review of access to records, prompt removal of rights when people leave, and screening and confidentiality obligations in supplier contracts reduce the risk.',
    ],
    examples: [
      'Disgruntled employee deleting data',
      'Contractor copying patient records',
      'Sabotage of systems by someone with access',
    ],
    order: 23,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  // system-failures
  {
    slug: 'software-failure',
    group: 'system-failures',
    title: 'Software or firmware failure',
    summary: 'Faults in software or firmware that make systems crash or behave incorrectly.',
    description: [
      'Defects in clinical applications, device firmware or interfaces can cause outages, corrupt data or show clinicians wrong information; faulty updates are a frequent trigger. Testing before go-live and after changes, a separate test environment, the ability to roll back updates and supplier commitments to fix defects within agreed times limit the impact.',
    ],
    examples: ['Faulty update crashing the EHR', 'Firmware bug in a patient monitor', 'Database corruption'],
    order: 24,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'hardware-failure',
    group: 'system-failures',
    title: 'Hardware failure',
    summary: 'Breakdown of physical components in servers, devices or other equipment.',
    description: [
      'Disks, power supplies, circuit boards and other components wear out and fail, sometimes without warning, and in a hospital a failed server or device can stop a whole department. Redundant components, spare parts held by the supplier, preventive maintenance and agreed repair or replacement times reduce the disruption.',
    ],
    examples: ['Failed disk or server', 'Broken network switch', 'Worn-out component in a medical device'],
    order: 25,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'network-failure',
    group: 'system-failures',
    title: 'Network failure',
    summary: 'Breakdown of the hospital’s internal network that cuts systems and devices off from each other.',
    description: [
      'A failed switch, a faulty device flooding the network or a badly planned change can isolate wards, stop devices from sending data to clinical systems and cut access to cloud services. Redundant network design, segregation that stops problems from spreading, monitoring and controlled change management all help, as do devices that keep working safely when the network is lost.',
    ],
    examples: [
      'Core switch outage cutting off wards',
      'Wi-Fi failure in clinical areas',
      'Misrouted network after a change',
    ],
    order: 26,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'overload',
    group: 'system-failures',
    title: 'Overload',
    summary: 'Systems that slow down or stop because demand exceeds their capacity.',
    description: [
      'Systems sized for normal use can fail under peak load, for example during a major incident or a seasonal surge, or when many devices reconnect at once after an outage; storage that fills up can also stop applications. Capacity requirements in the specification, performance testing, monitoring and the ability to scale hosted services reduce the risk.',
    ],
    examples: ['Systems slowing down under peak demand', 'Storage full', 'Too many devices on one network segment'],
    order: 27,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
  {
    slug: 'legacy-systems',
    group: 'system-failures',
    title: 'Outdated and legacy systems',
    summary: 'Systems and devices running outdated or unsupported software that can no longer be properly secured.',
    description: [
      'Many medical devices and building systems run operating systems that are no longer supported, because the device was certified with that version or was built to last for many years. Such systems receive no security fixes and often depend on old, insecure protocols, which makes them both easy targets and fragile. Procurement should ask for support periods and end-of-life dates, plan isolation and compensating controls, and budget for replacement.',
    ],
    examples: [
      'Medical devices running Windows XP or 7',
      'Unsupported operating systems that cannot be patched',
      'Old protocols without encryption',
    ],
    order: 28,
    provenance: {
      status: 'reconstructed',
      note: 'Group confirmed by the report’s table of contents and a second independent summary. The individual threat is reconstructed from the 2016 Smart Hospitals taxonomy and the SPHINX healthcare threat taxonomy and must be checked against the ENISA PDF. Description is our own.',
    },
  },
]
