// English interface strings: the reference key set. Every other language has exactly these keys.
// Placeholders in braces ({language}) are filled in at render time and must be kept in translations.
export const en = {
  siteName: 'ProcureSec',
  tagline: 'Cybersecurity requirements for hospital procurement, based on ENISA’s good practices.',
  skipToContent: 'Skip to content',
  languageLabel: 'Language',
  practicesHeading: 'Good practices',
  practiceCount: '{count} good practices',
  phase_general: 'General',
  phase_plan: 'Plan',
  phase_source: 'Source',
  phase_manage: 'Manage',
  shownInEnglish: 'Not yet translated into {language}: shown in English.',
  machineTranslation: 'Machine translation, not yet reviewed.',
  footerCredit:
    'An independent tool built on the procurement guidelines for hospitals published by ENISA, the European Union Agency for Cybersecurity. It is not an official ENISA or EU website.',
  sourceLink: 'ENISA publication',
  noContent: 'No published content yet.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'This page does not exist or is not published in this language.',
  backToTool: 'Back to the good practices',
} as const

export type UiKey = keyof typeof en
export type UiDictionary = Record<UiKey, string>
