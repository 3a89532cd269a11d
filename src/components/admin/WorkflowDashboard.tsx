// Admin dashboard panel: what waits for review (per language, with the submitter and the comment) and the
// translation coverage table (languages × collections). Reads with the signed-in user's access.
import type { Payload, TypedUser } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '@/workflow/rules/collections'
import { L, type AdminLabelKey } from '@/translations/admin/labels'
import { formatDateTime } from '@/translations/format'
import { TARGET_LOCALES } from '@/translations/locales'
import { reviewQueue, coverageTable, type CoverageStatus } from '@/workflow/admin/dashboard'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

const COLLECTION_LABEL: Record<ContentCollection, AdminLabelKey> = {
  guidelines: 'collection.guidelines.plural',
  'good-practices': 'collection.goodPractices.plural',
  assets: 'collection.assets.plural',
  references: 'collection.references.plural',
  threats: 'collection.threats.plural',
  packs: 'collection.packs.plural',
}
const SHOWN: CoverageStatus[] = ['approved', 'machine', 'outdated', 'missing']

export async function WorkflowDashboard({ payload, user, i18n }: Props) {
  if (!user) return null
  const lang = i18n?.language ?? 'en'
  const label = (key: AdminLabelKey) => L(key)[lang] ?? L(key).en!
  const [queue, coverage] = await Promise.all([reviewQueue(payload, user), coverageTable(payload, user)])
  return (
    <div style={{ marginTop: '2rem' }}>
      <h2>{label('dashboard.reviewQueue')}</h2>
      {queue.length === 0 ? (
        <p>{label('dashboard.nothingWaiting')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{label('field.document')}</th>
              <th>{label('field.language')}</th>
              <th>{label('dashboard.submittedBy')}</th>
              <th>{label('dashboard.submittedAt')}</th>
              <th>{label('field.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((item) => (
              <tr key={`${item.collection}-${item.id}-${item.language}`}>
                <td>
                  <a href={`/admin/collections/${item.collection}/${item.id}?locale=${item.language}`}>{item.title}</a>
                </td>
                <td>{item.language}</td>
                <td>{item.submitter ?? ''}</td>
                <td>{item.submittedAt ? formatDateTime(lang, item.submittedAt) : ''}</td>
                <td>{item.comment ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{label('dashboard.coverage')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th>{label('field.language')}</th>
            {CONTENT_COLLECTIONS.map((c) => (
              <th key={c}>{label(COLLECTION_LABEL[c])}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TARGET_LOCALES.map((language) => (
            <tr key={language}>
              <td>{language}</td>
              {CONTENT_COLLECTIONS.map((c) => (
                <td key={c}>
                  {SHOWN.map(
                    (status) => `${label(`option.status.${status}`)}: ${coverage[language]?.[c]?.[status] ?? 0}`,
                  ).join(' · ')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
