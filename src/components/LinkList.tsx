import type { Locale } from '@/translations/locales'

/** A list of links to asset-type or threat pages. */
export function LinkList({
  locale,
  kind,
  items,
}: {
  locale: Locale
  kind: 'assets' | 'threats'
  items: Array<{ slug: string; title: string; textLocale: string }>
}) {
  return (
    <ul className="link-list inline">
      {items.map((item) => (
        <li key={item.slug} lang={item.textLocale}>
          <a href={`/${locale}/${kind}/${item.slug}`}>{item.title}</a>
        </li>
      ))}
    </ul>
  )
}
