import type { UiDictionary } from './en'

export const et: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Haiglate hangete küberturvalisuse nõuded, mis põhinevad ENISA headel tavadel.',
  skipToContent: 'Liigu sisu juurde',
  languageLabel: 'Keel',
  practicesHeading: 'Head tavad',
  practiceCount: '{count} head tava',
  phase_general: 'Üldine',
  phase_plan: 'Planeerimine',
  phase_source: 'Hankemenetlus',
  phase_manage: 'Haldamine',
  shownInEnglish: 'Tõlge ({language}) pole veel saadaval: sisu kuvatakse inglise keeles.',
  machineTranslation: 'Masintõlge, pole veel üle vaadatud.',
  footerCredit:
    'Sõltumatu tööriist, mis põhineb Euroopa Liidu Küberturvalisuse Ameti (ENISA) avaldatud haiglate hankesuunistel. See ei ole ENISA ega ELi ametlik veebisait.',
  sourceLink: 'ENISA väljaanne',
  noContent: 'Avaldatud sisu veel ei ole.',
  notFoundTitle: 'Lehte ei leitud',
  notFoundBody: 'Seda lehte ei ole olemas või see ei ole selles keeles avaldatud.',
  backToTool: 'Tagasi heade tavade juurde',
}
