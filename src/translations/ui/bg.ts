import type { UiDictionary } from './en'

export const bg: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Изисквания за киберсигурност при обществените поръчки на болниците, основани на добрите практики на ENISA.',
  skipToContent: 'Към съдържанието',
  languageLabel: 'Език',
  practicesHeading: 'Добри практики',
  practiceCount: '{count} добри практики',
  phase_general: 'Общи',
  phase_plan: 'Планиране',
  phase_source: 'Възлагане',
  phase_manage: 'Управление',
  shownInEnglish: 'Преводът ({language}) все още не е наличен: показано на английски език.',
  machineTranslation: 'Машинен превод, все още непрегледан.',
  footerCredit:
    'Независим инструмент, основан на насоките за обществени поръчки за болници, публикувани от ENISA – Агенцията на Европейския съюз за киберсигурност. Това не е официален уебсайт на ENISA или на ЕС.',
  sourceLink: 'Публикация на ENISA',
  noContent: 'Все още няма публикувано съдържание.',
  notFoundTitle: 'Страницата не е намерена',
  notFoundBody: 'Тази страница не съществува или не е публикувана на този език.',
  backToTool: 'Обратно към добрите практики',
}
