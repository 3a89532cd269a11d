// Security headers sent with every response (admin, API and public site). Plain JS: next.config.mjs imports it.
// The Content-Security-Policy allows what Next.js and the Payload admin need: their own scripts (including the inline
// bootstrap scripts Next.js emits), inline styles, images from this site, data: and blob: URLs.

/** @param {{ production: boolean, https?: boolean }} options */
export function securityHeaders({ production, https = false }) {
  const csp = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'" + (production ? '' : " 'unsafe-eval'"),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'X-Frame-Options', value: 'DENY' },
    // HSTS only where the site is served over HTTPS in production (a plain-HTTP install would lock itself out).
    ...(production && https
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
      : []),
  ]
}
