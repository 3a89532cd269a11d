import { notFound } from 'next/navigation'

import { LanguageSwitcher } from '../../../components/LanguageSwitcher'
import { PracticeList } from '../../../components/PracticeList'
import { getNewestEdition, getPublishedPractices } from '../../../queries/published'
import { isLocale } from '../../../translations/locales'
import { t } from '../../../translations/t'

// Rendered per request from the database; caching and on-demand revalidation come with the public tool.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

/** Placeholder public page: the newest edition's published practices in the page's language. */
export default async function ToolPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const edition = await getNewestEdition()
  const practices = edition ? await getPublishedPractices(locale, edition.id) : []
  return (
    <>
      <header className="site-header">
        <p className="site-name">{t(locale, 'siteName')}</p>
        <LanguageSwitcher locale={locale} />
      </header>
      <main id="main">
        <h1>{t(locale, 'practicesHeading')}</h1>
        <p className="lead">{t(locale, 'tagline')}</p>
        {edition ? (
          <p>
            {edition.title} ·{' '}
            <a href={edition.sourceUrl} rel="noopener">
              {t(locale, 'sourceLink')}
            </a>
          </p>
        ) : null}
        {practices.length === 0 ? <p>{t(locale, 'noContent')}</p> : <PracticeList locale={locale} practices={practices} />}
      </main>
    </>
  )
}
