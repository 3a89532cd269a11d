import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`threats_examples\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`threats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`threats_examples_order_idx\` ON \`threats_examples\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`threats_examples_parent_id_idx\` ON \`threats_examples\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`threats_examples_locales\` (
  	\`example\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`threats_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`threats_examples_locales_locale_parent_id_unique\` ON \`threats_examples_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_threats_v_version_examples\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_threats_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_threats_v_version_examples_order_idx\` ON \`_threats_v_version_examples\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_threats_v_version_examples_parent_id_idx\` ON \`_threats_v_version_examples\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_threats_v_version_examples_locales\` (
  	\`example\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_threats_v_version_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_threats_v_version_examples_locales_locale_parent_id_unique\` ON \`_threats_v_version_examples_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`threats_examples\`;`)
  await db.run(sql`DROP TABLE \`threats_examples_locales\`;`)
  await db.run(sql`DROP TABLE \`_threats_v_version_examples\`;`)
  await db.run(sql`DROP TABLE \`_threats_v_version_examples_locales\`;`)
}
