// The delay from publishing through the REST API (as the admin does) to the change being visible on the public page.
// Needs an empty user table (it registers the first user, who becomes the administrator) or --admin credentials.

const json = { 'content-type': 'application/json' }

async function call(url, { method = 'GET', token, body } = {}) {
  const response = await fetch(url, {
    method,
    headers: { ...json, ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body && JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status}: ${text.slice(0, 300)}`)
  return text ? JSON.parse(text) : {}
}

const password = 'benchmark password, not for production'

async function login(baseUrl, email) {
  return (await call(`${baseUrl}/api/users/login`, { method: 'POST', body: { email, password } })).token
}

/** An administrator (the first user) and a second reviewer: the four-eyes rule needs two people. */
export async function benchmarkUsers(baseUrl) {
  const stamp = Date.now()
  const adminEmail = `bench-admin-${stamp}@example.test`
  const first = await fetch(`${baseUrl}/api/users/first-register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: adminEmail, password, roles: ['admin'] }),
  })
  if (!first.ok)
    throw new Error(
      `Cannot register the benchmark administrator (does the database already have users?): ${first.status} ${(await first.text()).slice(0, 200)}`,
    )
  const admin = await login(baseUrl, adminEmail)
  const reviewerEmail = `bench-reviewer-${stamp}@example.test`
  await call(`${baseUrl}/api/users`, {
    method: 'POST',
    token: admin,
    body: { email: reviewerEmail, password, roles: ['reviewer'] },
  })
  return { admin, reviewer: await login(baseUrl, reviewerEmail) }
}

/** Edits a practice's English title, has it reviewed and published, and times until the public page shows it. */
export async function publishToVisible(baseUrl, users, { id, slug }, round) {
  const title = `Benchmark title ${round} ${Date.now()}`
  const doc = `${baseUrl}/api/good-practices/${id}?locale=en`
  await call(`${doc}&draft=true`, {
    method: 'PATCH',
    token: users.admin,
    body: { title, reviewStatus: 'in_review', _status: 'draft' },
  })
  await call(`${doc}&draft=true`, {
    method: 'PATCH',
    token: users.reviewer,
    body: { reviewStatus: 'approved', _status: 'draft' },
  })
  await call(doc, { method: 'PATCH', token: users.reviewer, body: { _status: 'published' } })
  const published = performance.now()
  const page = `${baseUrl}/en/good-practices/${slug}`
  for (;;) {
    const html = await (await fetch(page)).text()
    if (html.includes(title)) return performance.now() - published
    if (performance.now() - published > 120_000)
      throw new Error(`The published title did not appear on ${page} within 120 s.`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
