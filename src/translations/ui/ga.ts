import type { UiDictionary } from './en'

export const ga: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Ceanglais cibearshlándála do sholáthar ospidéal, bunaithe ar dhea-chleachtais ENISA.',
  skipToContent: 'Léim go dtí an t-ábhar',
  languageLabel: 'Teanga',
  practicesHeading: 'Dea-chleachtais',
  practiceCount: 'Dea-chleachtais: {count}',
  phase_general: 'Ginearálta',
  phase_plan: 'Pleanáil',
  phase_source: 'Soláthar',
  phase_manage: 'Bainistíocht',
  shownInEnglish: 'Níl aistriúchán ({language}) ar fáil fós: á thaispeáint i mBéarla.',
  machineTranslation: 'Meaisínaistriúchán nár athbhreithníodh fós.',
  footerCredit:
    'Uirlis neamhspleách atá bunaithe ar na treoirlínte soláthair d’ospidéil arna bhfoilsiú ag ENISA, Gníomhaireacht an Aontais Eorpaigh um Chibearshlándáil. Ní suíomh gréasáin oifigiúil de chuid ENISA ná de chuid an Aontais Eorpaigh é.',
  sourceLink: 'Foilseachán ENISA',
  noContent: 'Níl aon ábhar foilsithe fós.',
  notFoundTitle: 'Níor aimsíodh an leathanach',
  notFoundBody: 'Níl an leathanach seo ann nó níor foilsíodh é sa teanga seo.',
  backToTool: 'Ar ais chuig na dea-chleachtais',
}
