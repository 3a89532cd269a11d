import type { UiDictionary } from './en'

export const mt: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Rekwiżiti taċ-ċibersigurtà għall-akkwist fl-isptarijiet, ibbażati fuq il-prattiki tajbin tal-ENISA.',
  skipToContent: 'Aqbeż għall-kontenut',
  languageLabel: 'Lingwa',
  practicesHeading: 'Prattiki tajbin',
  practiceCount: 'Prattiki tajbin: {count}',
  phase_general: 'Ġenerali',
  phase_plan: 'Ippjanar',
  phase_source: 'Akkwist',
  phase_manage: 'Ġestjoni',
  shownInEnglish:
    'It-traduzzjoni ({language}) għadha mhijiex disponibbli: il-kontenut qed jintwera bl-Ingliż.',
  machineTranslation: 'Traduzzjoni awtomatika, għadha ma ġietx riveduta.',
  footerCredit:
    'Għodda indipendenti bbażata fuq il-linji gwida dwar l-akkwist għall-isptarijiet ippubblikati mill-ENISA, l-Aġenzija tal-Unjoni Ewropea għaċ-Ċibersigurtà. Dan mhuwiex sit web uffiċjali tal-ENISA jew tal-UE.',
  sourceLink: 'Pubblikazzjoni tal-ENISA',
  noContent: 'Għad m’hemm l-ebda kontenut ippubblikat.',
  notFoundTitle: 'Il-paġna ma nstabitx',
  notFoundBody: 'Din il-paġna ma teżistix jew mhijiex ippubblikata b’din il-lingwa.',
  backToTool: 'Lura għall-prattiki tajbin',
}
