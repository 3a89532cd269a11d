import type { UiDictionary } from './en'

export const pt: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Requisitos de cibersegurança para a contratação pública hospitalar, com base nas boas práticas da ENISA.',
  skipToContent: 'Ir para o conteúdo',
  languageLabel: 'Língua',
  practicesHeading: 'Boas práticas',
  practiceCount: '{count} boas práticas',
  phase_general: 'Geral',
  phase_plan: 'Planeamento',
  phase_source: 'Concurso',
  phase_manage: 'Gestão',
  shownInEnglish: 'Ainda não traduzido para {language}: apresentado em inglês.',
  machineTranslation: 'Tradução automática, ainda não revista.',
  footerCredit:
    'Ferramenta independente baseada nas orientações de contratação para hospitais publicadas pela ENISA, a Agência da União Europeia para a Cibersegurança. Não é um sítio Web oficial da ENISA nem da UE.',
  sourceLink: 'Publicação da ENISA',
  noContent: 'Ainda não há conteúdos publicados.',
  notFoundTitle: 'Página não encontrada',
  notFoundBody: 'Esta página não existe ou não está publicada nesta língua.',
  backToTool: 'Voltar às boas práticas',
}
