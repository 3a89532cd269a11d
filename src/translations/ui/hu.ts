import type { UiDictionary } from './en'

export const hu: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Kiberbiztonsági követelmények a kórházi beszerzésekhez, az ENISA bevált gyakorlatai alapján.',
  skipToContent: 'Ugrás a tartalomra',
  languageLabel: 'Nyelv',
  practicesHeading: 'Bevált gyakorlatok',
  practiceCount: '{count} bevált gyakorlat',
  phase_general: 'Általános',
  phase_plan: 'Tervezés',
  phase_source: 'Beszerzés',
  phase_manage: 'Működtetés',
  shownInEnglish: 'A fordítás ({language}) még nem érhető el: a tartalom angol nyelven jelenik meg.',
  machineTranslation: 'Gépi fordítás, még nem ellenőrzött.',
  footerCredit:
    'Független eszköz, amely az Európai Uniós Kiberbiztonsági Ügynökség (ENISA) által közzétett, kórházaknak szóló beszerzési iránymutatásokon alapul. Ez nem az ENISA vagy az EU hivatalos weboldala.',
  sourceLink: 'ENISA-kiadvány',
  noContent: 'Még nincs közzétett tartalom.',
  notFoundTitle: 'Az oldal nem található',
  notFoundBody: 'Ez az oldal nem létezik, vagy ezen a nyelven nem tették közzé.',
  backToTool: 'Vissza a bevált gyakorlatokhoz',
}
