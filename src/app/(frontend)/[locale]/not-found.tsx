import { NotFoundView } from '@/components/NotFoundView'
import { LOCALES } from '@/translations/locales'
import { t } from '@/translations/t'

/**
 * A real 404 page in the visitor's language. Next passes no route parameters to not-found, so the texts of every
 * language go to a small client view that picks the language from the path (server-rendered too, so no JS needed).
 */
export default function NotFound() {
  const messages = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      {
        title: t(locale, 'notFoundTitle'),
        body: t(locale, 'notFoundBody'),
        back: t(locale, 'backToTool'),
        site: t(locale, 'siteName'),
      },
    ]),
  )
  return <NotFoundView messages={messages} />
}
