import type { ShownPack } from '@/queries/catalog'
import type { Locale } from '@/translations/locales'
import { t } from '@/translations/t'

/** The tool's first step: start from a procurement pack, or choose below. Plain links (`?pack=…`). */
export function PackChooser({ locale, packs }: { locale: Locale; packs: ShownPack[] }) {
  if (packs.length === 0) return null
  return (
    <nav className="pack-chooser" aria-labelledby="pack-chooser-heading">
      <h2 id="pack-chooser-heading">{t(locale, 'packsStart')}</h2>
      <ul>
        {packs.map((pack) => (
          <li key={pack.doc.id} lang={pack.textLocale}>
            <a href={`/${locale}?pack=${pack.doc.slug}`}>{pack.doc.title}</a>
          </li>
        ))}
        <li>
          <a href={`/${locale}/packs`}>{t(locale, 'packsAll')}</a>
        </li>
      </ul>
    </nav>
  )
}
