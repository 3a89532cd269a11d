import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { PAGE_SIZE_MESSAGE, restPageTooLarge } from '@/security/boundedReads'
import { queryProblem } from '@/security/queryGuard'
import { requestProblem, tooLarge, withBoundedBody, type RequestProblem } from '@/security/requestGuard'

type RestHandler = ReturnType<typeof REST_GET>

const refuse = (problem: RequestProblem) =>
  Response.json({ errors: [{ message: problem.message }] }, { status: problem.status })

/** Refuses, before Payload reads it, a request it would answer with a 500 or without bounds (queryGuard, requestGuard). */
const guarded =
  (handler: RestHandler): RestHandler =>
  async (request, args) => {
    const url = new URL(request.url)
    const query =
      queryProblem(url.searchParams) ??
      (request.method === 'GET' && restPageTooLarge(url.searchParams) ? PAGE_SIZE_MESSAGE : null)
    if (query) return Response.json({ errors: [{ message: query }] }, { status: 400 })
    const contentType = request.headers.get('content-type')
    const shape = requestProblem({
      method: request.method,
      pathname: url.pathname,
      contentType,
      hasBody: request.body !== null && request.headers.get('content-length') !== '0',
    })
    if (shape) return refuse(shape)
    if (!contentType?.toLowerCase().startsWith('application/json')) return handler(request, args)
    const bounded = await withBoundedBody(request)
    return bounded ? handler(bounded as typeof request, args) : refuse(tooLarge)
  }

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
export const DELETE = guarded(REST_DELETE(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
