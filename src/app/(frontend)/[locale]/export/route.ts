import { practicesToCsv } from '@/exports/csv'
import { practicesToDocx } from '@/exports/docx'
import { exportFileName } from '@/exports/fileName'
import { practicesToJson } from '@/exports/json'
import { EXPORT_TYPES, readExportFormat } from '@/exports/params'
import { readSelection } from '@/exports/selection'
import { questionnaireDocument, tenderDocument } from '@/exports/tender'
import { readTenderOptions } from '@/tender/options'
import { isLocale } from '@/translations/locales'
import { t } from '@/translations/t'

export const dynamic = 'force-dynamic'

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/**
 * `/{locale}/export?format=csv|docx|json|tender|questionnaire` with the tool's filters, `ids` for a hand-picked list,
 * `addressed` ticks; the tender document and the questionnaire also read `stages`, `strength` and `bilingual`
 * (src/tender/options.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return text('Not found', 404)
  const query = new URL(request.url).searchParams
  const type = readExportFormat(query)
  if (!type) return text(t(locale, 'exportBadFormat'), 400)
  const tender = readTenderOptions(query)
  if ((type === 'tender' || type === 'questionnaire') && !tender.ok)
    // The value is echoed as plain text, cut short: a huge parameter does not come back whole.
    return text(t(locale, 'tenderBadOption', { param: tender.param, value: tender.value.slice(0, 60) }), 400)
  const selection = await readSelection(locale, query)
  if (!selection) return text(t(locale, 'noContent'), 404)
  const { practices, context } = selection
  const body =
    type === 'csv'
      ? practicesToCsv(practices, context)
      : type === 'json'
        ? practicesToJson(practices, context)
        : type === 'tender' && tender.ok
          ? new Uint8Array(await tenderDocument(locale, query, selection, tender.choices))
          : type === 'questionnaire' && tender.ok
            ? new Uint8Array(await questionnaireDocument(selection, tender.choices))
            : new Uint8Array(await practicesToDocx(practices, context))
  return new Response(body, {
    headers: {
      'content-type': EXPORT_TYPES[type],
      'content-disposition': `attachment; filename="${exportFileName(context, type)}"`,
      'cache-control': 'no-store',
    },
  })
}
