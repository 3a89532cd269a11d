// Checks the shape of a REST request before Payload reads it: what Payload would answer with a 500 or a response
// of any size. Pure.

/** The largest JSON body accepted: a document is a few kB; a 25 MB text took the server half a minute to refuse. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024

export const tooLarge: RequestProblem = {
  status: 413,
  message: `The request is too large: at most ${MAX_JSON_BYTES / 1024 / 1024} MB of JSON.`,
}

/** Endpoints that take a raw body of their own (XLIFF files). */
const RAW_BODY_PATHS = [/^\/api\/translations\/xliff$/]

export type RequestProblem = { status: 413 | 415; message: string }

export function requestProblem(request: {
  method: string
  pathname: string
  contentType: string | null
  hasBody: boolean
}): RequestProblem | null {
  const { method, pathname } = request
  if (!['POST', 'PATCH', 'PUT'].includes(method) || RAW_BODY_PATHS.some((pattern) => pattern.test(pathname)))
    return null
  const type = (request.contentType ?? '').toLowerCase()
  const json = type.startsWith('application/json')
  const multipart = type.startsWith('multipart/form-data')
  if (!request.hasBody && method === 'POST') return null // e.g. logout, refresh
  if (!json && !multipart)
    return {
      status: 415,
      message: 'Send the data as JSON (Content-Type: application/json), or as multipart/form-data with a file.',
    }
  return null
}

/**
 * The request with its JSON body read (at most `max` bytes, whatever Content-Length says), or null when it is larger.
 * Payload then reads the copy.
 */
export async function withBoundedBody(request: Request, max = MAX_JSON_BYTES): Promise<Request | null> {
  if (!request.body) return request
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) })
}
