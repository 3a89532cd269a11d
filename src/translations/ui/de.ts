import type { UiDictionary } from './en'

export const de: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Cybersicherheitsanforderungen für die Beschaffung in Krankenhäusern auf Grundlage der bewährten Verfahren der ENISA.',
  skipToContent: 'Zum Inhalt springen',
  languageLabel: 'Sprache',
  practicesHeading: 'Bewährte Verfahren',
  practiceCount: '{count} bewährte Verfahren',
  phase_general: 'Allgemein',
  phase_plan: 'Planung',
  phase_source: 'Vergabe',
  phase_manage: 'Verwaltung',
  shownInEnglish: 'Noch nicht auf {language} übersetzt: Anzeige auf Englisch.',
  machineTranslation: 'Maschinelle Übersetzung, noch nicht überprüft.',
  footerCredit:
    'Ein unabhängiges Werkzeug auf Grundlage der von der ENISA, der Agentur der Europäischen Union für Cybersicherheit, veröffentlichten Leitlinien für die Beschaffung in Krankenhäusern. Es handelt sich nicht um eine offizielle Website der ENISA oder der EU.',
  sourceLink: 'ENISA-Veröffentlichung',
  noContent: 'Noch keine Inhalte veröffentlicht.',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundBody: 'Diese Seite existiert nicht oder ist in dieser Sprache nicht veröffentlicht.',
  backToTool: 'Zurück zu den bewährten Verfahren',
}
