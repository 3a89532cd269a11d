import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { accessPolicyPlugin, withBuiltInCollectionsPolicy } from './src/access/applyPolicy'
import { Assets } from './src/collections/Assets'
import { boundsPlugin } from './src/security/boundsPlugin'
import { allowedOrigins } from './src/security/origins'
import { GoodPractices } from './src/collections/GoodPractices'
import { Guidelines } from './src/collections/Guidelines'
import { MAX_UPLOAD_BYTES, Media } from './src/collections/Media'
import { References } from './src/collections/References'
import { Packs } from './src/collections/Packs'
import { ReviewEvents } from './src/collections/ReviewEvents'
import { Threats } from './src/collections/Threats'
import { Translations } from './src/collections/Translations'
import { Users } from './src/collections/Users'
import { PAGE_COLLECTIONS } from './src/seo/defaults'
import { databaseAdapter, SQLITE_BUSY_TIMEOUT_MS } from './src/db/adapter'
import { refreshPlannerStatistics } from './src/db/sqliteStatistics'
import { manageSqliteConnections } from './src/db/sqliteConnections'
import { storageErrorResponse } from './src/errors/storage'
import { uniformSignInFailure } from './src/auth/accountHooks'
import { seoDefaults } from './src/seo/defaults'
import { NOTIFICATIONS_QUEUE, queuedEmail, sendMailTask } from './src/email/mail'
import { sendReviewNoticeTask } from './src/workflow/hooks/notificationJob'
import { adminLanguages } from './src/translations/adminLanguages'
import { LOCALE_NAMES, LOCALES, SOURCE_LOCALE } from './src/translations/locales'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Never run in production with a missing or well-known secret: sessions could be forged.
if (process.env.NODE_ENV === 'production' && (process.env.PAYLOAD_SECRET ?? '').length < 16) {
  throw new Error('PAYLOAD_SECRET must be set (at least 16 characters) in production. `npm start` creates one in .env.')
}

export default withBuiltInCollectionsPolicy(
  buildConfig({
    secret: process.env.PAYLOAD_SECRET || '',
    serverURL: process.env.SERVER_URL || undefined,
    // Cookie-authenticated requests are accepted from these origins only (src/security/origins.ts).
    csrf: allowedOrigins(process.env),
    db: databaseAdapter(),
    editor: lexicalEditor(),
    sharp,
    telemetry: false,
    // Mail is queued and sent by the jobs of the notifications queue (src/email/mail.ts).
    email: queuedEmail(),
    admin: {
      user: Users.slug,
      importMap: { baseDir: path.resolve(dirname) },
      meta: { titleSuffix: ' · ProcureSec' },
      components: { afterDashboard: ['/src/components/admin/WorkflowDashboard#WorkflowDashboard'] },
    },
    collections: [
      Guidelines,
      GoodPractices,
      Assets,
      Threats,
      References,
      Packs,
      Translations,
      ReviewEvents,
      Media,
      Users,
    ],
    hooks: { afterError: [storageErrorResponse, uniformSignInFailure] },
    onInit: async (payload) => {
      manageSqliteConnections(payload, SQLITE_BUSY_TIMEOUT_MS)
      await refreshPlannerStatistics(payload)
    },
    // Larger uploads are refused with 413 before anything is written (PDF editions of the guidelines are a few MB).
    upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
    localization: {
      locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
      defaultLocale: SOURCE_LOCALE,
      fallback: true,
      // The admin's main publish button publishes the language being edited ("Publish in English"); publishing every
      // language at once is in its menu, and the workflow allows it only when every language is approved.
      defaultLocalePublishOption: 'active',
    },
    // Each language has its own draft/published status: publishing French never publishes a pending English draft.
    experimental: { localizeStatus: true },
    i18n: { supportedLanguages: adminLanguages, fallbackLanguage: 'en' },
    jobs: {
      // Runs scheduled publishing. Off in tests and in one-off scripts (seed, migrations).
      autoRun: [
        { cron: '* * * * *', queue: 'default', limit: 50 },
        // Mail: review notifications once their write has committed, Payload's own mails (src/email/mail.ts).
        { cron: '*/10 * * * * *', queue: NOTIFICATIONS_QUEUE, limit: 50 },
      ],
      tasks: [sendMailTask, sendReviewNoticeTask],
      shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false' && process.env.NODE_ENV !== 'test',
    },
    plugins: [
      seoPlugin({
        collections: [...PAGE_COLLECTIONS],
        uploadsCollection: 'media',
        generateTitle: seoDefaults.title,
        generateDescription: seoDefaults.description,
      }),
      // Bounds on what one request reads or writes (src/security/boundsPlugin.ts).
      boundsPlugin,
      // Last: who may do what, for every collection and field (src/access/policy.ts).
      accessPolicyPlugin,
    ],
    // Bounds the cost of one GraphQL query (deeply nested or very wide queries are refused).
    graphQL: { maxComplexity: 1000, disablePlaygroundInProduction: true },
    typescript: {
      outputFile: path.resolve(dirname, 'src/payload-types.ts'),
      autoGenerate: process.env.NODE_ENV !== 'test',
    },
  }),
)
