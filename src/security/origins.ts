// The origins whose pages may send cookie-authenticated writes (Payload's `csrf` list): the public address, and this
// machine's own addresses on the served port. A write from any other origin is treated as not signed in. Pure.
export function allowedOrigins(env: Record<string, string | undefined>): string[] {
  const port = env.PORT || '3000'
  const origins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
  if (env.SERVER_URL) origins.unshift(new URL(env.SERVER_URL).origin)
  return origins
}
