import { redirect } from 'next/navigation'

import { negotiateLocale } from '@/translations/negotiate'

/** `/` sends the visitor to their preferred language among the 24, else English. */
export function GET(request: Request): never {
  redirect(`/${negotiateLocale(request.headers.get('accept-language'))}`)
}
