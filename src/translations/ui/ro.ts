import type { UiDictionary } from './en'

export const ro: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Cerințe de securitate cibernetică pentru achizițiile spitalelor, bazate pe bunele practici ale ENISA.',
  skipToContent: 'Salt la conținut',
  languageLabel: 'Limbă',
  practicesHeading: 'Bune practici',
  practiceCount: 'Bune practici: {count}',
  phase_general: 'General',
  phase_plan: 'Planificare',
  phase_source: 'Atribuire',
  phase_manage: 'Gestionare',
  shownInEnglish: 'Traducerea ({language}) nu este încă disponibilă: conținut afișat în limba engleză.',
  machineTranslation: 'Traducere automată, încă nerevizuită.',
  footerCredit:
    'Instrument independent bazat pe orientările privind achizițiile pentru spitale publicate de ENISA, Agenția Uniunii Europene pentru Securitate Cibernetică. Nu este un site oficial al ENISA sau al UE.',
  sourceLink: 'Publicație ENISA',
  noContent: 'Nu există încă conținut publicat.',
  notFoundTitle: 'Pagina nu a fost găsită',
  notFoundBody: 'Această pagină nu există sau nu este publicată în această limbă.',
  backToTool: 'Înapoi la bunele practici',
}
