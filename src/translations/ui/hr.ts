import type { UiDictionary } from './en'

export const hr: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Zahtjevi za kibersigurnost u bolničkoj nabavi, utemeljeni na dobrim praksama agencije ENISA.',
  skipToContent: 'Prijeđi na sadržaj',
  languageLabel: 'Jezik',
  practicesHeading: 'Dobre prakse',
  practiceCount: 'Dobre prakse: {count}',
  phase_general: 'Općenito',
  phase_plan: 'Planiranje',
  phase_source: 'Nadmetanje',
  phase_manage: 'Upravljanje',
  shownInEnglish: 'Prijevod ({language}) još nije dostupan: prikazano na engleskom jeziku.',
  machineTranslation: 'Strojni prijevod, još nije pregledan.',
  footerCredit:
    'Neovisni alat utemeljen na smjernicama za nabavu za bolnice koje je objavila ENISA, Agencija Europske unije za kibersigurnost. Ovo nije službeno web-mjesto agencije ENISA ni EU-a.',
  sourceLink: 'Publikacija agencije ENISA',
  noContent: 'Još nema objavljenog sadržaja.',
  notFoundTitle: 'Stranica nije pronađena',
  notFoundBody: 'Ova stranica ne postoji ili nije objavljena na ovom jeziku.',
  backToTool: 'Natrag na dobre prakse',
}
