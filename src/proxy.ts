// Runs before routing (Next's `proxy`, formerly `middleware`), only for paths with a percent sign.
import { NextResponse, type NextRequest } from 'next/server'

/** True when a segment of the (raw) path is not valid percent-encoded UTF-8, e.g. `/%C0%AE` or `/de/%E0%A4%A`. */
export function isUndecodablePath(pathname: string): boolean {
  return pathname.split('/').some((segment) => {
    try {
      decodeURIComponent(segment)
      return false
    } catch {
      return true
    }
  })
}

/**
 * Answers a path that cannot be decoded with a 400. Left to Next, its router fails to decode the route parameters and,
 * finding no `/400` page in an App Router-only app, answers "Internal Server Error" (500).
 */
export function proxy(request: NextRequest): NextResponse {
  if (!isUndecodablePath(request.nextUrl.pathname)) return NextResponse.next()
  return new NextResponse('Bad request: the address is not valid percent-encoded UTF-8.', {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}

// Only paths with a percent sign (raw) can be undecodable: everything else never reaches this function.
export const config = { matcher: '/(.*%.*)' }
