import type { UiDictionary } from './en'

export const da: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Cybersikkerhedskrav til hospitalers indkøb baseret på god praksis fra ENISA.',
  skipToContent: 'Gå til indhold',
  languageLabel: 'Sprog',
  practicesHeading: 'God praksis',
  practiceCount: '{count} eksempler på god praksis',
  phase_general: 'Generelt',
  phase_plan: 'Planlægning',
  phase_source: 'Udbud',
  phase_manage: 'Styring',
  shownInEnglish: 'Endnu ikke oversat til {language}: vises på engelsk.',
  machineTranslation: 'Maskinoversættelse, endnu ikke gennemgået.',
  footerCredit:
    'Et uafhængigt værktøj baseret på de retningslinjer for indkøb til hospitaler, som ENISA, Den Europæiske Unions Agentur for Cybersikkerhed, har offentliggjort. Det er ikke et officielt websted for ENISA eller EU.',
  sourceLink: 'ENISA-publikation',
  noContent: 'Intet offentliggjort indhold endnu.',
  notFoundTitle: 'Siden blev ikke fundet',
  notFoundBody: 'Denne side findes ikke eller er ikke offentliggjort på dette sprog.',
  backToTool: 'Tilbage til god praksis',
}
