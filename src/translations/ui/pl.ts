import type { UiDictionary } from './en'

export const pl: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Wymogi cyberbezpieczeństwa w zamówieniach szpitalnych, oparte na dobrych praktykach ENISA.',
  skipToContent: 'Przejdź do treści',
  languageLabel: 'Język',
  practicesHeading: 'Dobre praktyki',
  practiceCount: 'Dobre praktyki: {count}',
  phase_general: 'Ogólne',
  phase_plan: 'Planowanie',
  phase_source: 'Przetarg',
  phase_manage: 'Zarządzanie',
  shownInEnglish:
    'Tłumaczenie ({language}) nie jest jeszcze dostępne: treść wyświetlana w języku angielskim.',
  machineTranslation: 'Tłumaczenie maszynowe, jeszcze niezweryfikowane.',
  footerCredit:
    'Niezależne narzędzie oparte na wytycznych dotyczących zamówień dla szpitali opublikowanych przez ENISA – Agencję Unii Europejskiej ds. Cyberbezpieczeństwa. Nie jest to oficjalna strona internetowa ENISA ani UE.',
  sourceLink: 'Publikacja ENISA',
  noContent: 'Brak opublikowanych treści.',
  notFoundTitle: 'Nie znaleziono strony',
  notFoundBody: 'Ta strona nie istnieje lub nie została opublikowana w tym języku.',
  backToTool: 'Powrót do dobrych praktyk',
}
