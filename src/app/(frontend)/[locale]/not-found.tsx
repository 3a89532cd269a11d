import { SOURCE_LOCALE } from '../../../translations/locales'
import { t } from '../../../translations/t'

// The visitor's language is not known here (Next passes no params to not-found): English for now.
export default function NotFound() {
  return (
    <main id="main">
      <h1>{t(SOURCE_LOCALE, 'notFoundTitle')}</h1>
      <p>{t(SOURCE_LOCALE, 'notFoundBody')}</p>
      <p>
        <a href={`/${SOURCE_LOCALE}`}>{t(SOURCE_LOCALE, 'backToTool')}</a>
      </p>
    </main>
  )
}
