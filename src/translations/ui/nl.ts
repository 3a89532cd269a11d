import type { UiDictionary } from './en'

export const nl: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Cyberbeveiligingseisen voor aanbestedingen door ziekenhuizen, gebaseerd op de goede praktijken van ENISA.',
  skipToContent: 'Naar de inhoud',
  languageLabel: 'Taal',
  practicesHeading: 'Goede praktijken',
  practiceCount: '{count} goede praktijken',
  phase_general: 'Algemeen',
  phase_plan: 'Planning',
  phase_source: 'Aanbesteding',
  phase_manage: 'Beheer',
  shownInEnglish: 'Nog niet vertaald in het {language}: weergegeven in het Engels.',
  machineTranslation: 'Machinevertaling, nog niet gecontroleerd.',
  footerCredit:
    'Een onafhankelijke tool op basis van de aanbestedingsrichtsnoeren voor ziekenhuizen die zijn gepubliceerd door ENISA, het Agentschap van de Europese Unie voor cyberbeveiliging. Dit is geen officiële website van ENISA of de EU.',
  sourceLink: 'ENISA-publicatie',
  noContent: 'Nog geen gepubliceerde inhoud.',
  notFoundTitle: 'Pagina niet gevonden',
  notFoundBody: 'Deze pagina bestaat niet of is niet in deze taal gepubliceerd.',
  backToTool: 'Terug naar de goede praktijken',
}
