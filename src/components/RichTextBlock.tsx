import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Locale } from '@/translations/locales'
import { TextNotices } from './TextNotices'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** An editor's rich text, rendered to HTML; nothing when empty. */
export function RichTextBlock({ value, lang }: { value: unknown; lang?: string }) {
  const data = value as SerializedEditorState | null | undefined
  if (!data?.root?.children?.length) return null
  return (
    <div className="rich-text" lang={lang}>
      <RichText data={data} />
    </div>
  )
}

/** A document's rich text; when it is the English text on another language's page (no translation), says so. */
export function DescriptionBlock({
  locale,
  textLocale,
  field,
}: {
  locale: Locale
  textLocale: string
  field: { value: unknown; lang: string }
}) {
  const data = field.value as SerializedEditorState | null | undefined
  if (!data?.root?.children?.length) return null
  return (
    <>
      {field.lang !== textLocale ? <TextNotices locale={locale} textLocale={field.lang} /> : null}
      <RichTextBlock value={data} lang={field.lang} />
    </>
  )
}
