import type { UiDictionary } from './en'

export const lt: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Kibernetinio saugumo reikalavimai ligoninių pirkimams, pagrįsti ENISA gerąja praktika.',
  skipToContent: 'Pereiti prie turinio',
  languageLabel: 'Kalba',
  practicesHeading: 'Geroji praktika',
  practiceCount: 'Gerosios praktikos pavyzdžiai: {count}',
  phase_general: 'Bendra',
  phase_plan: 'Planavimas',
  phase_source: 'Pirkimas',
  phase_manage: 'Valdymas',
  shownInEnglish: 'Vertimas ({language}) dar neparengtas: turinys rodomas anglų kalba.',
  machineTranslation: 'Mašininis vertimas, dar nepatikrintas.',
  footerCredit:
    'Nepriklausoma priemonė, grindžiama Europos Sąjungos kibernetinio saugumo agentūros ENISA paskelbtomis ligoninėms skirtomis pirkimų gairėmis. Tai nėra oficiali ENISA ar ES svetainė.',
  sourceLink: 'ENISA leidinys',
  noContent: 'Paskelbto turinio dar nėra.',
  notFoundTitle: 'Puslapis nerastas',
  notFoundBody: 'Šio puslapio nėra arba jis nepaskelbtas šia kalba.',
  backToTool: 'Grįžti į gerąją praktiką',
}
