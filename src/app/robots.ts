import type { MetadataRoute } from 'next'

import { siteUrl } from '@/seo/pageMetadata'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/*/export'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
