// The HTTP doors of the API, called in-process: the project's own REST and GraphQL route handlers (with their guards),
// as `next start` serves them, on the test's Payload instance.
type Init = { token?: string; body?: unknown; contentType?: string; headers?: Record<string, string> }

export type Answer = { status: number; body: any; text: string; headers: Record<string, string> }

async function answer(response: Response): Promise<Answer> {
  const text = await response.text()
  const headers = Object.fromEntries(response.headers.entries())
  let body: unknown = null
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, body, text, headers }
}

function headersOf(init: Init): Record<string, string> {
  const headers: Record<string, string> = { ...init.headers }
  if (init.token) headers.authorization = `JWT ${init.token}`
  if (init.body !== undefined && !(init.body instanceof FormData))
    headers['content-type'] = init.contentType ?? 'application/json'
  return headers
}

const encode = (body: unknown) =>
  body === undefined ? undefined : body instanceof FormData || typeof body === 'string' ? body : JSON.stringify(body)

/** `rest('PATCH', 'good-practices/ID?locale=fr', { token, body })` */
export async function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  init: Init = {},
): Promise<Answer> {
  const routes = await import('@/app/(payload)/api/[...slug]/route')
  const url = new URL(`http://localhost/api/${path}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const request = new Request(url, {
    method,
    headers: headersOf(init),
    body: encode(init.body) as BodyInit | undefined,
  })
  return answer(await routes[method](request as never, { params: Promise.resolve({ slug }) } as never))
}

export async function graphql(
  query: string,
  variables: Record<string, unknown> = {},
  init: Init = {},
): Promise<Answer> {
  const routes = await import('@/app/(payload)/api/graphql/route')
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: headersOf({ ...init, body: {} }),
    body: JSON.stringify({ query, variables }),
  })
  return answer(await routes.POST(request))
}

/** Signs in through REST and returns the token for the Authorization header. */
export async function signIn(email: string, password = 'correct horse battery staple'): Promise<string> {
  const { status, body } = await rest('POST', 'users/login', { body: { email, password } })
  if (status !== 200) throw new Error(`sign-in of ${email} failed: ${status} ${JSON.stringify(body)}`)
  return body.token as string
}
