import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`good_practices_requirements\` ADD \`placement\` text DEFAULT 'specification';`)
  await db.run(sql`ALTER TABLE \`good_practices_requirements\` ADD \`strength\` text DEFAULT 'mandatory';`)
  await db.run(sql`ALTER TABLE \`good_practices_requirements\` ADD \`weight\` numeric;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_version_requirements\` ADD \`placement\` text DEFAULT 'specification';`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_version_requirements\` ADD \`strength\` text DEFAULT 'mandatory';`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_version_requirements\` ADD \`weight\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`good_practices_requirements\` DROP COLUMN \`placement\`;`)
  await db.run(sql`ALTER TABLE \`good_practices_requirements\` DROP COLUMN \`strength\`;`)
  await db.run(sql`ALTER TABLE \`good_practices_requirements\` DROP COLUMN \`weight\`;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_version_requirements\` DROP COLUMN \`placement\`;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_version_requirements\` DROP COLUMN \`strength\`;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_version_requirements\` DROP COLUMN \`weight\`;`)
}
