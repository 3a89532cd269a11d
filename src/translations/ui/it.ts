import type { UiDictionary } from './en'

export const it: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Requisiti di cibersicurezza per gli appalti ospedalieri, basati sulle buone pratiche dell’ENISA.',
  skipToContent: 'Vai al contenuto',
  languageLabel: 'Lingua',
  practicesHeading: 'Buone pratiche',
  practiceCount: '{count} buone pratiche',
  phase_general: 'Generale',
  phase_plan: 'Pianificazione',
  phase_source: 'Affidamento',
  phase_manage: 'Gestione',
  shownInEnglish: 'Non ancora tradotto in {language}: visualizzato in inglese.',
  machineTranslation: 'Traduzione automatica, non ancora revisionata.',
  footerCredit:
    'Strumento indipendente basato sugli orientamenti in materia di appalti per gli ospedali pubblicati dall’ENISA, l’Agenzia dell’Unione europea per la cibersicurezza. Non è un sito web ufficiale dell’ENISA o dell’UE.',
  sourceLink: 'Pubblicazione dell’ENISA',
  noContent: 'Nessun contenuto ancora pubblicato.',
  notFoundTitle: 'Pagina non trovata',
  notFoundBody: 'Questa pagina non esiste o non è pubblicata in questa lingua.',
  backToTool: 'Torna alle buone pratiche',
}
