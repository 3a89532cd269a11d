import type { UiDictionary } from './en'

export const fr: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Exigences de cybersécurité pour les achats hospitaliers, fondées sur les bonnes pratiques de l’ENISA.',
  skipToContent: 'Aller au contenu',
  languageLabel: 'Langue',
  practicesHeading: 'Bonnes pratiques',
  practiceCount: '{count} bonnes pratiques',
  phase_general: 'Général',
  phase_plan: 'Planification',
  phase_source: 'Passation',
  phase_manage: 'Gestion',
  shownInEnglish: 'Pas encore traduit en {language} : affiché en anglais.',
  machineTranslation: 'Traduction automatique, pas encore révisée.',
  footerCredit:
    'Outil indépendant fondé sur les lignes directrices relatives aux achats pour les hôpitaux publiées par l’ENISA, l’Agence de l’Union européenne pour la cybersécurité. Il ne s’agit pas d’un site officiel de l’ENISA ou de l’UE.',
  sourceLink: 'Publication de l’ENISA',
  noContent: 'Aucun contenu publié pour le moment.',
  notFoundTitle: 'Page introuvable',
  notFoundBody: 'Cette page n’existe pas ou n’est pas publiée dans cette langue.',
  backToTool: 'Retour aux bonnes pratiques',
}
