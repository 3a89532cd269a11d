import type { UiDictionary } from './en'

export const lv: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Kiberdrošības prasības slimnīcu iepirkumiem, balstītas uz ENISA labās prakses piemēriem.',
  skipToContent: 'Pāriet uz saturu',
  languageLabel: 'Valoda',
  practicesHeading: 'Labā prakse',
  practiceCount: 'Labās prakses piemēri: {count}',
  phase_general: 'Vispārīgi',
  phase_plan: 'Plānošana',
  phase_source: 'Iepirkums',
  phase_manage: 'Pārvaldība',
  shownInEnglish: 'Tulkojums ({language}) vēl nav pieejams: saturs tiek rādīts angļu valodā.',
  machineTranslation: 'Mašīntulkojums, vēl nav pārskatīts.',
  footerCredit:
    'Neatkarīgs rīks, kas balstīts uz slimnīcām paredzētajām iepirkuma vadlīnijām, ko publicējusi ENISA – Eiropas Savienības Kiberdrošības aģentūra. Tā nav ENISA vai ES oficiālā tīmekļvietne.',
  sourceLink: 'ENISA publikācija',
  noContent: 'Publicēta satura vēl nav.',
  notFoundTitle: 'Lapa nav atrasta',
  notFoundBody: 'Šī lapa nepastāv vai nav publicēta šajā valodā.',
  backToTool: 'Atpakaļ uz labās prakses piemēriem',
}
