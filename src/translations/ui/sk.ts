import type { UiDictionary } from './en'

export const sk: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Požiadavky na kybernetickú bezpečnosť pri obstarávaní v nemocniciach založené na osvedčených postupoch agentúry ENISA.',
  skipToContent: 'Prejsť na obsah',
  languageLabel: 'Jazyk',
  practicesHeading: 'Osvedčené postupy',
  practiceCount: 'Osvedčené postupy: {count}',
  phase_general: 'Všeobecné',
  phase_plan: 'Plánovanie',
  phase_source: 'Zadávanie',
  phase_manage: 'Riadenie',
  shownInEnglish: 'Preklad ({language}) zatiaľ nie je k dispozícii: zobrazené v angličtine.',
  machineTranslation: 'Strojový preklad, zatiaľ neskontrolovaný.',
  footerCredit:
    'Nezávislý nástroj založený na usmerneniach pre obstarávanie v nemocniciach, ktoré uverejnila ENISA, Agentúra Európskej únie pre kybernetickú bezpečnosť. Nejde o oficiálne webové sídlo agentúry ENISA ani EÚ.',
  sourceLink: 'Publikácia agentúry ENISA',
  noContent: 'Zatiaľ nebol uverejnený žiadny obsah.',
  notFoundTitle: 'Stránka sa nenašla',
  notFoundBody: 'Táto stránka neexistuje alebo nie je uverejnená v tomto jazyku.',
  backToTool: 'Späť na osvedčené postupy',
}
