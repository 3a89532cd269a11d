import type { GuidelineSeed } from '../types'

// The two editions of the ENISA procurement guidance. Text is our own summary, not ENISA wording.
export const guidelines: GuidelineSeed[] = [
  {
    slug: 'procurement-guidelines-2020',
    title: 'Procurement Guidelines for Cybersecurity in Hospitals',
    publisher: 'ENISA',
    publicationDate: '2020-02-24',
    summary:
      'ENISA’s 2020 guidance on building cybersecurity into hospital purchasing, organised as 28 good practices across the Plan, Source and Manage phases of procurement. Each practice is linked to the types of asset it applies to and the threats it helps to reduce.',
    introduction: [
      'In February 2020 the EU Agency for Cybersecurity (ENISA) published guidance for hospitals on how to treat cybersecurity as part of buying products and services. It is written for procurement officers, senior managers such as the CIO, CISO and CTO, and the IT teams that support them.',
      'The report first describes the types of asset hospitals buy and the threats those assets face. It then splits procurement into three phases — Plan, Source and Manage — and sets out 28 good practices: 9 that apply throughout, 6 for planning, 3 for sourcing and 10 for managing the contract and the asset. For each practice it suggests what a supplier can provide as evidence that a requirement is met.',
      'The practices, requirements and evidence shown here are our own paraphrase, not ENISA’s text. The names of the practices are confirmed by two independent listings; the split between the Source and Manage phases and the links to asset types and threats are our reconstruction and must be checked against the ENISA report.',
      'ENISA replaced this edition with new procurement guidelines in July 2026. The 2020 practices remain useful as a checklist and are kept here for reference and comparison.',
    ],
    sourceUrl: 'https://www.enisa.europa.eu/publications/good-practices-for-the-security-of-healthcare-services',
    successor: {
      publicationDate: '2026-07-22',
      sourceUrl:
        'https://www.enisa.europa.eu/publications/procurement-guidelines-for-the-cybersecurity-of-hospitals-and-healthcare-providers',
    },
    completeness: 'complete',
    seedStatus: 'published',
  },
  {
    slug: 'procurement-guidelines-2026',
    title: 'Procurement guidelines for the cybersecurity of hospitals and healthcare providers',
    publisher: 'ENISA',
    publicationDate: '2026-07-22',
    summary:
      'ENISA’s 2026 guidance, which replaces the 2020 edition and widens its scope to all healthcare providers, with numbered measures for the General, Plan, Source and Manage phases. Only six of its measures are included here so far.',
    introduction: [
      'In July 2026 ENISA published new procurement guidelines for hospitals and other healthcare providers, including general practitioners. They replace the 2020 guidance and were requested by the European Commission’s action plan on the cybersecurity of hospitals and healthcare providers of January 2025. Suppliers of devices, software, cloud and network services are also addressed.',
      'The new edition keeps the Plan, Source and Manage phases and adds general measures that apply throughout. Each measure has an identifier such as GENERAL-04 or SOURCE-06. The document also contains checklists that can be filtered by procurement type and three worked scenarios: radiology equipment for a large hospital, cloud services for a private medical centre, and an off-the-shelf electronic health record for a general practitioner.',
      'Only six measures are known so far: GENERAL-04, PLAN-03, SOURCE-05, SOURCE-06, MANAGE-01 and MANAGE-02. Their content here comes from a third-party summary, and some of their titles are ours. The numbering shows that the full set has at least fifteen measures. The rest of the catalogue, the exact titles and the checklists will be added once the ENISA PDF has been reviewed.',
      'The known measures focus on the software supply chain: listing third-party and open-source components, secure development, authenticated updates, vulnerability disclosure, patching and an accurate inventory. They are not a fair sample of the whole edition.',
    ],
    sourceUrl:
      'https://www.enisa.europa.eu/publications/procurement-guidelines-for-the-cybersecurity-of-hospitals-and-healthcare-providers',
    completeness: 'partial',
    seedStatus: 'draft',
  },
]
