import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: securityHeaders({
          production: process.env.NODE_ENV === 'production',
          https: (process.env.SERVER_URL ?? '').startsWith('https://'),
        }),
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
