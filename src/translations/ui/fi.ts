import type { UiDictionary } from './en'

export const fi: UiDictionary = {
  siteName: 'ProcureSec',
  tagline: 'Sairaaloiden hankintojen kyberturvallisuusvaatimukset ENISAn hyvien käytäntöjen pohjalta.',
  skipToContent: 'Siirry sisältöön',
  languageLabel: 'Kieli',
  practicesHeading: 'Hyvät käytännöt',
  practiceCount: '{count} hyvää käytäntöä',
  phase_general: 'Yleinen',
  phase_plan: 'Suunnittelu',
  phase_source: 'Kilpailutus',
  phase_manage: 'Hallinta',
  shownInEnglish: 'Käännös ({language}) ei ole vielä saatavilla: sisältö näytetään englanniksi.',
  machineTranslation: 'Konekäännös, jota ei ole vielä tarkistettu.',
  footerCredit:
    'Riippumaton työkalu, joka perustuu Euroopan unionin kyberturvallisuusviraston ENISAn julkaisemiin sairaaloiden hankintaohjeisiin. Tämä ei ole ENISAn eikä EU:n virallinen verkkosivusto.',
  sourceLink: 'ENISAn julkaisu',
  noContent: 'Julkaistua sisältöä ei vielä ole.',
  notFoundTitle: 'Sivua ei löytynyt',
  notFoundBody: 'Tätä sivua ei ole olemassa tai sitä ei ole julkaistu tällä kielellä.',
  backToTool: 'Takaisin hyviin käytäntöihin',
}
