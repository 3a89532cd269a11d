// Where each requirement goes in an EU tender, how strong it is, and the standards it names: a proposal of this
// project (provenance `proposed`), following Directive 2014/24/EU (see shared/domain/procurement-instruments.md §A).
import type { RequirementTerms } from '../types'

export const requirementTerms: Record<string, RequirementTerms[]> = {
  // 2020 edition
  'involve-the-it-department': [
    { placement: 'specification', strength: 'mandatory', cites: ['mds2'] }, // documentation pack with the bid
    { placement: 'selection', strength: 'mandatory' }, // staff qualifications (Annex XII); could be award 67(2)(b)
    // a pre-signature review may only clarify the offer; resolving the agreed actions is a performance duty
    { placement: 'contract', strength: 'recommended' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'vulnerability-management': [
    { placement: 'selection', strength: 'mandatory' }, // vulnerability-handling capability of the organisation
    { placement: 'contract', strength: 'mandatory' },
    // main obligation: the SBOM as product documentation; keeping it current per release is a contract duty
    { placement: 'specification', strength: 'mandatory', cites: ['cyclonedx', 'spdx'] },
    { placement: 'contract', strength: 'mandatory' }, // maximum fix times; shorter times could also be scored
    { placement: 'contract', strength: 'mandatory' }, // statement due at delivery
  ],
  'hardware-and-software-update-policy': [
    // minimum [N] years must be met; a longer guaranteed security-update period scores higher
    { placement: 'award', strength: 'mandatory', weight: 10 },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'secure-wireless-communication': [
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' }, // WPA2/WPA3-Enterprise, 802.1X: add "or equivalent"
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
  ],
  'testing-policies': [
    { placement: 'specification', strength: 'mandatory' }, // test instance is part of the scope of supply
    { placement: 'contract', strength: 'mandatory' }, // acceptance procedure
    { placement: 'specification', strength: 'mandatory' }, // product test evidence (Art. 44), never selection
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'business-continuity-plans': [
    { placement: 'contract', strength: 'mandatory' }, // SLA minimums; higher availability could also be scored
    // plans and yearly tests for the contracted services; an ISO 22301 certificate is only one way to show them
    { placement: 'contract', strength: 'mandatory', cites: ['iso-22301'] },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'recommended' },
    { placement: 'award', strength: 'recommended', weight: 7 }, // quality of degraded/offline operation
  ],
  interoperability: [
    { placement: 'specification', strength: 'mandatory', cites: ['hl7-fhir', 'dicom', 'ihe-profiles'] },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
    // main obligation: the export capability; data return at the end of the contract also goes in the contract
    { placement: 'specification', strength: 'mandatory' },
  ],
  'auditing-and-logging': [
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' }, // syslog "or equivalent"
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' }, // right to audit
  ],
  encryption: [
    { placement: 'specification', strength: 'mandatory' }, // TLS 1.2 or later "or equivalent"
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'risk-assessment': [
    { placement: 'specification', strength: 'mandatory', cites: ['mds2'] }, // information pack with the bid
    { placement: 'specification', strength: 'mandatory', cites: ['iso-14971'] }, // manufacturer's risk assessment
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'plan-requirements-in-advance': [
    { placement: 'specification', strength: 'mandatory' }, // response form that answers the specifications
    // price completeness: no extra charges for security over the term; evaluated as price/cost, not quality
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    // only for 'should' requirements or to prove equivalence; missing a mandatory specification stays non-compliant
    { placement: 'specification', strength: 'recommended' },
  ],
  'identify-threats': [
    { placement: 'specification', strength: 'mandatory' }, // threat model summary of the product
    { placement: 'award', strength: 'recommended', weight: 7 }, // how well the offer addresses the hospital's threats
    { placement: 'contract', strength: 'recommended' },
  ],
  'segregate-the-network': [
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'supplier-eligibility-criteria': [
    { placement: 'selection', strength: 'mandatory', cites: ['iso-iec-27001'] }, // Art. 62, "or equivalent"
    { placement: 'selection', strength: 'mandatory', cites: ['iec-81001-5-1', 'iec-62443'] },
    { placement: 'selection', strength: 'mandatory' }, // list of deliveries (Annex XII)
    // limited to organisational questions (vulnerability handling, incident response, subcontracting, capacity)
    { placement: 'selection', strength: 'mandatory' },
    // names at bid under Art. 71(2); main obligation: flow-down of equivalent security requirements (Art. 71)
    { placement: 'contract', strength: 'mandatory' },
  ],
  'dedicated-rfp-for-cloud': [
    // main obligation: no relocation without consent; the data-location statement comes with the bid
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' }, // GDPR Art. 28 processor terms
    // Art. 62 certificates, "or equivalent"; STAR or SOC 2 reports only as evidence of equivalent measures
    { placement: 'selection', strength: 'mandatory', cites: ['iso-iec-27001', 'iso-iec-27017', 'iso-iec-27018'] },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' }, // exit plan, data return and deletion
  ],
  'require-certification': [
    { placement: 'selection', strength: 'mandatory', cites: ['iso-iec-27001'] }, // Art. 62, "or equivalent"
    { placement: 'award', strength: 'recommended', weight: 5, cites: ['iec-62443'] }, // product certificate (Art. 44)
    { placement: 'selection', strength: 'mandatory', cites: ['iec-62443', 'iec-81001-5-1'] }, // accept equivalents
    { placement: 'contract', strength: 'mandatory' },
  ],
  'data-protection-impact-assessment': [
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' }, // assistance duty (GDPR Art. 28(3)(f)); documentation at bid
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'address-legacy-systems': [
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'award', strength: 'recommended', weight: 5 }, // quality of the migration plan
    { placement: 'contract', strength: 'mandatory' },
  ],
  'cybersecurity-training': [
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'recommended' },
    { placement: 'contract', strength: 'recommended' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'incident-response-plans': [
    { placement: 'specification', strength: 'mandatory' }, // incident handling guide for the product
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'recommended' },
    { placement: 'selection', strength: 'mandatory' }, // incident-response capability, by description (Annex XII)
  ],
  'supplier-in-incident-management': [
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'maintenance-operations': [
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'secure-remote-access': [
    { placement: 'contract', strength: 'mandatory' },
    // main obligation: how supplier staff connect; "no hard-coded credentials" is also a product specification
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' }, // minimum requirement of the remote-access solution
    { placement: 'contract', strength: 'mandatory', cites: ['iso-iec-27001'] },
  ],
  'require-patching': [
    { placement: 'contract', strength: 'mandatory' }, // maximum patch times; shorter times could also be scored
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'cybersecurity-awareness': [
    { placement: 'specification', strength: 'recommended' }, // user documentation delivered with the product
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'recommended' },
  ],
  'asset-inventory-and-configuration-management': [
    { placement: 'contract', strength: 'mandatory' }, // delivery deliverable per item
    { placement: 'specification', strength: 'mandatory', cites: ['cyclonedx', 'spdx'] },
    // main obligation: the documented secure configuration; delivering it configured is checked at acceptance
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'access-control-for-medical-device-facilities': [
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory', cites: ['mds2'] },
    { placement: 'specification', strength: 'recommended' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'penetration-testing': [
    { placement: 'contract', strength: 'mandatory' }, // right to test
    { placement: 'specification', strength: 'recommended' }, // product test evidence (Art. 44), never selection
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'specification', strength: 'recommended' }, // make mandatory for safety-critical systems
    { placement: 'contract', strength: 'mandatory' },
  ],
  // 2026 edition
  'general-04': [
    // main obligation: the statement with the offer; repeating it at delivery is a contract duty
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory', cites: ['cyclonedx', 'spdx'] },
  ],
  'plan-03': [
    // main obligation: flow-down to subcontractors (Art. 71); the supply-chain description may support selection
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory', cites: ['cyclonedx', 'spdx'] },
    // main obligation: conformity of the product; for products outside the CRA the equivalents become contract terms
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'selection', strength: 'mandatory' }, // supply-chain management and subcontracting (Annex XII)
  ],
  'source-05': [
    { placement: 'selection', strength: 'mandatory', cites: ['iec-81001-5-1', 'iec-62443'] }, // or Art. 42 life-cycle
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
  ],
  'source-06': [
    { placement: 'specification', strength: 'mandatory', cites: ['cyclonedx', 'spdx'] },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory', cites: ['mds2'] },
  ],
  'manage-01': [
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' }, // maximum patch times; shorter times could also be scored
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'contract', strength: 'mandatory' },
  ],
  'manage-02': [
    { placement: 'contract', strength: 'mandatory' }, // delivery deliverable per item
    { placement: 'contract', strength: 'mandatory' },
    { placement: 'specification', strength: 'mandatory', cites: ['cyclonedx', 'spdx'] },
    { placement: 'specification', strength: 'mandatory' },
  ],
}
