import type { UiDictionary } from './en'

export const cs: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Požadavky na kybernetickou bezpečnost při zadávání zakázek v nemocnicích vycházející z osvědčených postupů agentury ENISA.',
  skipToContent: 'Přejít na obsah',
  languageLabel: 'Jazyk',
  practicesHeading: 'Osvědčené postupy',
  practiceCount: 'Osvědčené postupy: {count}',
  phase_general: 'Obecné',
  phase_plan: 'Plánování',
  phase_source: 'Zadávání',
  phase_manage: 'Řízení',
  shownInEnglish: 'Překlad ({language}) zatím není k dispozici: zobrazeno v angličtině.',
  machineTranslation: 'Strojový překlad, dosud nezkontrolovaný.',
  footerCredit:
    'Nezávislý nástroj vycházející z pokynů pro zadávání zakázek v nemocnicích, které zveřejnila ENISA, Agentura Evropské unie pro kybernetickou bezpečnost. Nejedná se o oficiální internetové stránky agentury ENISA ani EU.',
  sourceLink: 'Publikace agentury ENISA',
  noContent: 'Zatím nebyl zveřejněn žádný obsah.',
  notFoundTitle: 'Stránka nenalezena',
  notFoundBody: 'Tato stránka neexistuje nebo není v tomto jazyce zveřejněna.',
  backToTool: 'Zpět na osvědčené postupy',
}
