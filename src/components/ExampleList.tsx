import type { Locale } from '@/translations/locales'
import { t } from '@/translations/t'

/** The "Examples" section of an asset-type or threat page (nothing when there are none). */
export function ExampleList({ locale, examples }: { locale: Locale; examples: { items: string[]; lang: Locale } }) {
  if (examples.items.length === 0) return null
  return (
    <>
      <h2>{t(locale, 'examplesHeading')}</h2>
      <ul lang={examples.lang}>
        {examples.items.map((example) => (
          <li key={example}>{example}</li>
        ))}
      </ul>
    </>
  )
}
