import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { L } from '@/translations/admin/labels'

/** Where uploads are written: MEDIA_DIR, else `media/` at the project root (tests point MEDIA_DIR to a temp dir). */
export const mediaDirectory = (): string => path.resolve(process.env.MEDIA_DIR || 'media')

/** The largest file accepted (MAX_UPLOAD_MB, default 20 MB): larger ones get 413 and nothing is stored. */
export const MAX_UPLOAD_BYTES = Math.round(Number(process.env.MAX_UPLOAD_MB || 20) * 1024 * 1024)

/** Images (resized by sharp) and PDFs. SVG is not accepted: it can carry scripts. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: L('collection.media.singular'), plural: L('collection.media.plural') },
  admin: { useAsTitle: 'filename', group: L('group.content') },
  upload: {
    staticDir: mediaDirectory(),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: L('field.alt'),
      localized: true,
      admin: { description: L('field.alt.description') },
    },
  ],
}
