import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { queryProblem } from '../../../../security/queryGuard'

type RestHandler = ReturnType<typeof REST_GET>

/** Refuses, with a 400, a query that Payload's SQL adapter would answer with a 500 (see queryGuard). */
const guarded =
  (handler: RestHandler): RestHandler =>
  async (request, args) => {
    const problem = queryProblem(new URL(request.url).searchParams)
    return problem ? Response.json({ errors: [{ message: problem }] }, { status: 400 }) : handler(request, args)
  }

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
export const DELETE = guarded(REST_DELETE(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
