import type { UiDictionary } from './en'

export const sl: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Zahteve za kibernetsko varnost pri javnem naročanju v bolnišnicah, ki temeljijo na dobrih praksah agencije ENISA.',
  skipToContent: 'Preskoči na vsebino',
  languageLabel: 'Jezik',
  practicesHeading: 'Dobre prakse',
  practiceCount: 'Dobre prakse: {count}',
  phase_general: 'Splošno',
  phase_plan: 'Načrtovanje',
  phase_source: 'Izbira ponudnika',
  phase_manage: 'Upravljanje',
  shownInEnglish: 'Prevod ({language}) še ni na voljo: prikazano v angleščini.',
  machineTranslation: 'Strojni prevod, še ni pregledan.',
  footerCredit:
    'Neodvisno orodje, ki temelji na smernicah za naročanje v bolnišnicah, ki jih je objavila ENISA, Agencija Evropske unije za kibernetsko varnost. To ni uradno spletišče agencije ENISA ali EU.',
  sourceLink: 'Publikacija agencije ENISA',
  noContent: 'Objavljene vsebine še ni.',
  notFoundTitle: 'Strani ni mogoče najti',
  notFoundBody: 'Ta stran ne obstaja ali ni objavljena v tem jeziku.',
  backToTool: 'Nazaj na dobre prakse',
}
