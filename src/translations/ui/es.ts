import type { UiDictionary } from './en'

export const es: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Requisitos de ciberseguridad para la contratación hospitalaria, basados en las buenas prácticas de ENISA.',
  skipToContent: 'Ir al contenido',
  languageLabel: 'Idioma',
  practicesHeading: 'Buenas prácticas',
  practiceCount: '{count} buenas prácticas',
  phase_general: 'General',
  phase_plan: 'Planificación',
  phase_source: 'Licitación',
  phase_manage: 'Gestión',
  shownInEnglish: 'Aún no traducido al {language}: se muestra en inglés.',
  machineTranslation: 'Traducción automática, aún no revisada.',
  footerCredit:
    'Herramienta independiente basada en las directrices de contratación para hospitales publicadas por ENISA, la Agencia de la Unión Europea para la Ciberseguridad. No es un sitio web oficial de ENISA ni de la UE.',
  sourceLink: 'Publicación de ENISA',
  noContent: 'Todavía no hay contenido publicado.',
  notFoundTitle: 'Página no encontrada',
  notFoundBody: 'Esta página no existe o no está publicada en este idioma.',
  backToTool: 'Volver a las buenas prácticas',
}
