import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guidelines_locales\` ADD \`machine_translation\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_guidelines_v_locales\` ADD \`version_machine_translation\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`good_practices_locales\` ADD \`machine_translation\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_locales\` ADD \`version_machine_translation\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`assets_locales\` ADD \`machine_translation\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_assets_v_locales\` ADD \`version_machine_translation\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`threats_locales\` ADD \`machine_translation\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_threats_v_locales\` ADD \`version_machine_translation\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guidelines_locales\` DROP COLUMN \`machine_translation\`;`)
  await db.run(sql`ALTER TABLE \`_guidelines_v_locales\` DROP COLUMN \`version_machine_translation\`;`)
  await db.run(sql`ALTER TABLE \`good_practices_locales\` DROP COLUMN \`machine_translation\`;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_locales\` DROP COLUMN \`version_machine_translation\`;`)
  await db.run(sql`ALTER TABLE \`assets_locales\` DROP COLUMN \`machine_translation\`;`)
  await db.run(sql`ALTER TABLE \`_assets_v_locales\` DROP COLUMN \`version_machine_translation\`;`)
  await db.run(sql`ALTER TABLE \`threats_locales\` DROP COLUMN \`machine_translation\`;`)
  await db.run(sql`ALTER TABLE \`_threats_v_locales\` DROP COLUMN \`version_machine_translation\`;`)
}
