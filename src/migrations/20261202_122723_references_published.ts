import { randomUUID } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Data: references become reviewed content. What the public saw before (every reference, in every language it had)
// stays public: each language row is marked published and approved, each reference gets the first entry of its
// version history, and a translation record for each target language without one, as the seed makes them.
const TARGET_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro',
  'sk', 'sl', 'sv',
]

type Row = Record<string, unknown>

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`UPDATE \`references_locales\` SET _status = 'published', review_status = 'approved'`)
  const references = (await db.all(sql`SELECT id, slug, url, kind, created_at, updated_at FROM \`references\``)) as Row[]
  const languages = (await db.all(sql`SELECT _parent_id, _locale, label, summary FROM \`references_locales\``)) as Row[]
  const tracked = new Set(
    ((await db.all(sql`SELECT r.references_id AS id, t.language FROM translations t JOIN translations_rels r ON r.parent_id = t.id AND r.path = 'document' WHERE r.references_id IS NOT NULL`)) as Row[]).map(
      (row) => `${row.id}/${row.language}`,
    ),
  )
  for (const reference of references) {
    const versionId = randomUUID()
    await db.run(sql`INSERT INTO \`_references_v\` (id, parent_id, version_slug, version_url, version_kind, version_created_at, version_updated_at, created_at, updated_at, latest)
      VALUES (${versionId}, ${reference.id}, ${reference.slug}, ${reference.url}, ${reference.kind}, ${reference.created_at}, ${reference.updated_at}, ${reference.updated_at}, ${reference.updated_at}, 1)`)
    for (const row of languages.filter((l) => l._parent_id === reference.id)) {
      await db.run(sql`INSERT INTO \`_references_v_locales\` (version_label, version_summary, version_review_status, version__status, version_machine_translation, _locale, _parent_id)
        VALUES (${row.label}, ${row.summary}, 'approved', 'published', 0, ${row._locale}, ${versionId})`)
    }
    for (const language of TARGET_LANGUAGES) {
      if (tracked.has(`${reference.id}/${language}`)) continue
      const hasText = languages.some((l) => l._parent_id === reference.id && l._locale === language && l.label)
      const recordId = randomUUID()
      // A text a translator wrote before references were reviewed was public: it counts as approved, and with no
      // fingerprint of its English source it is marked outdated at the first change to the English text.
      await db.run(sql`INSERT INTO translations (id, language, status) VALUES (${recordId}, ${language}, ${hasText ? 'approved' : 'missing'})`)
      await db.run(sql`INSERT INTO translations_rels (parent_id, path, references_id) VALUES (${recordId}, 'document', ${reference.id})`)
    }
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The version tables and workflow columns go with the previous migration's down; the records go here.
  await db.run(sql`DELETE FROM translations WHERE id IN (SELECT parent_id FROM translations_rels WHERE references_id IS NOT NULL)`)
}
