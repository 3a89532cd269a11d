import type { UiDictionary } from './en'

export const sv: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Cybersäkerhetskrav för sjukhusens upphandling, baserade på god praxis från ENISA.',
  skipToContent: 'Gå till innehållet',
  languageLabel: 'Språk',
  practicesHeading: 'God praxis',
  practiceCount: '{count} exempel på god praxis',
  phase_general: 'Allmänt',
  phase_plan: 'Planering',
  phase_source: 'Upphandling',
  phase_manage: 'Förvaltning',
  shownInEnglish: 'Ännu inte översatt till {language}: visas på engelska.',
  machineTranslation: 'Maskinöversättning, ännu inte granskad.',
  footerCredit:
    'Ett oberoende verktyg som bygger på de riktlinjer för upphandling för sjukhus som har offentliggjorts av ENISA, Europeiska unionens cybersäkerhetsbyrå. Detta är inte en officiell webbplats för ENISA eller EU.',
  sourceLink: 'ENISA-publikation',
  noContent: 'Inget publicerat innehåll ännu.',
  notFoundTitle: 'Sidan hittades inte',
  notFoundBody: 'Sidan finns inte eller är inte publicerad på det här språket.',
  backToTool: 'Tillbaka till god praxis',
}
