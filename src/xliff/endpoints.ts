// REST endpoints of the XLIFF exchange: GET /api/translations/xliff?language=fr[&ids=good-practices:encryption,…]
// downloads a language; POST /api/translations/xliff (the file as the body) imports it.
import type { Endpoint, PayloadRequest } from 'payload'

import { may, type Person } from '@/access/grants'
import { XliffError } from './format'
import { exportXliff, importXliff } from './exchange'

const json = (status: number, body: unknown) => Response.json(body, { status })

/** Exchanging XLIFF is reading drafts (export) and writing translations (import): staff who may read the records. */
const guard = (req: PayloadRequest) =>
  may(req.user as Person, 'translations', 'read')
    ? null
    : json(req.user ? 403 : 401, { errors: [{ message: 'Sign in as staff to exchange XLIFF files.' }] })

export const xliffEndpoints: Endpoint[] = [
  {
    path: '/xliff',
    method: 'get',
    handler: async (req) => {
      const refused = guard(req)
      if (refused) return refused
      const language = req.searchParams.get('language') ?? ''
      const ids = req.searchParams
        .get('ids')
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean)
      try {
        const xml = await exportXliff(req, language, ids)
        return new Response(xml, {
          headers: {
            'content-type': 'application/xliff+xml; charset=utf-8',
            'content-disposition': `attachment; filename="procuresec-${language}.xlf"`,
          },
        })
      } catch (error) {
        if (error instanceof XliffError) return json(400, { errors: [{ message: error.message }] })
        throw error
      }
    },
  },
  {
    path: '/xliff',
    method: 'post',
    handler: async (req) => {
      const refused = guard(req)
      if (refused) return refused
      const body = req.text ? await req.text() : ''
      try {
        return json(200, await importXliff(req, body))
      } catch (error) {
        if (error instanceof XliffError) return json(400, { errors: [{ message: error.message }] })
        const status = (error as { status?: number }).status
        if (status && status < 500) return json(status, { errors: [{ message: (error as Error).message }] })
        throw error
      }
    },
  },
]
