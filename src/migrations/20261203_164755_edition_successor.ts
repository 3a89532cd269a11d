import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guidelines\` ADD \`successor_publication_date\` text;`)
  await db.run(sql`ALTER TABLE \`guidelines\` ADD \`successor_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_guidelines_v\` ADD \`version_successor_publication_date\` text;`)
  await db.run(sql`ALTER TABLE \`_guidelines_v\` ADD \`version_successor_source_url\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guidelines\` DROP COLUMN \`successor_publication_date\`;`)
  await db.run(sql`ALTER TABLE \`guidelines\` DROP COLUMN \`successor_source_url\`;`)
  await db.run(sql`ALTER TABLE \`_guidelines_v\` DROP COLUMN \`version_successor_publication_date\`;`)
  await db.run(sql`ALTER TABLE \`_guidelines_v\` DROP COLUMN \`version_successor_source_url\`;`)
}
