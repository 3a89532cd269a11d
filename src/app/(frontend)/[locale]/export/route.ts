import { practicesToCsv } from '@/exports/csv'
import { practicesToDocx } from '@/exports/docx'
import { exportFileName } from '@/exports/fileName'
import { practicesToJson } from '@/exports/json'
import { EXPORT_TYPES, readExportFormat } from '@/exports/params'
import { readSelection } from '@/exports/selection'
import { isLocale } from '@/translations/locales'
import { t } from '@/translations/t'

export const dynamic = 'force-dynamic'

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/** `/{locale}/export?format=csv|docx|json` with the tool's filters, `ids` for a hand-picked list, `addressed` ticks. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return text('Not found', 404)
  const query = new URL(request.url).searchParams
  const type = readExportFormat(query)
  if (!type) return text(t(locale, 'exportBadFormat'), 400)
  const selection = await readSelection(locale, query)
  if (!selection) return text(t(locale, 'noContent'), 404)
  const { practices, context } = selection
  const body =
    type === 'csv'
      ? practicesToCsv(practices, context)
      : type === 'json'
        ? practicesToJson(practices, context)
        : new Uint8Array(await practicesToDocx(practices, context))
  return new Response(body, {
    headers: {
      'content-type': EXPORT_TYPES[type],
      'content-disposition': `attachment; filename="${exportFileName(context, type)}"`,
      'cache-control': 'no-store',
    },
  })
}
