import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Data: the machine-translation mark moves from the translation records (status `machine`) onto the texts themselves,
// so that each version says whether its text in a language is an unreviewed machine translation.
const TABLES = ['guidelines', 'good_practices', 'assets', 'threats'] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of TABLES) {
    const machine = sql.raw(`
      SELECT r.${table}_id FROM translations t JOIN translations_rels r ON r.parent_id = t.id AND r.path = 'document'
      WHERE t.status = 'machine' AND t.language = `)
    await db.run(sql`UPDATE ${sql.raw(`\`${table}_locales\``)} SET machine_translation = 1 WHERE _parent_id IN (${machine}${sql.raw(`\`${table}_locales\`._locale`)})`)
    await db.run(
      sql`UPDATE ${sql.raw(`\`_${table}_v_locales\``)} SET version_machine_translation = 1 WHERE _parent_id IN (SELECT v.id FROM ${sql.raw(`\`_${table}_v\``)} v WHERE v.parent_id IN (${machine}${sql.raw(`\`_${table}_v_locales\`._locale`)}))`,
    )
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The marks go with their columns (previous migration's down).
}
