import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`language\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`user_id\` text(36),
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_language_idx\` ON \`review_events\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`review_events_to_idx\` ON \`review_events\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`review_events_user_idx\` ON \`review_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`guidelines_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`assets_id\` text(36),
  	\`threats_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidelines_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assets_id\`) REFERENCES \`assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`threats_id\`) REFERENCES \`threats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_rels_order_idx\` ON \`review_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_parent_idx\` ON \`review_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_path_idx\` ON \`review_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_guidelines_id_idx\` ON \`review_events_rels\` (\`guidelines_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_good_practices_id_idx\` ON \`review_events_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_assets_id_idx\` ON \`review_events_rels\` (\`assets_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_threats_id_idx\` ON \`review_events_rels\` (\`threats_id\`);`)
  await db.run(sql`ALTER TABLE \`guidelines_locales\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`guidelines_locales\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`guidelines_locales\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`guidelines_review_status_idx\` ON \`guidelines_locales\` (\`review_status\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guidelines_last_edited_by_idx\` ON \`guidelines_locales\` (\`last_edited_by_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_guidelines_v_locales\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_guidelines_v_locales\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_guidelines_v_locales\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_version_review_status_idx\` ON \`_guidelines_v_locales\` (\`version_review_status\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_version_last_edited_by_idx\` ON \`_guidelines_v_locales\` (\`version_last_edited_by_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`good_practices_locales\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`good_practices_locales\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`good_practices_locales\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`good_practices_review_status_idx\` ON \`good_practices_locales\` (\`review_status\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_last_edited_by_idx\` ON \`good_practices_locales\` (\`last_edited_by_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_locales\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_locales\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_locales\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_review_status_idx\` ON \`_good_practices_v_locales\` (\`version_review_status\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_last_edited_by_idx\` ON \`_good_practices_v_locales\` (\`version_last_edited_by_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`assets_locales\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`assets_locales\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`assets_locales\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`assets_review_status_idx\` ON \`assets_locales\` (\`review_status\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`assets_last_edited_by_idx\` ON \`assets_locales\` (\`last_edited_by_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_assets_v_locales\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_assets_v_locales\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_assets_v_locales\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_assets_v_version_version_review_status_idx\` ON \`_assets_v_locales\` (\`version_review_status\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_assets_v_version_version_last_edited_by_idx\` ON \`_assets_v_locales\` (\`version_last_edited_by_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`threats_locales\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`threats_locales\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`threats_locales\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`threats_review_status_idx\` ON \`threats_locales\` (\`review_status\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`threats_last_edited_by_idx\` ON \`threats_locales\` (\`last_edited_by_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_threats_v_locales\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_threats_v_locales\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_threats_v_locales\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_threats_v_version_version_review_status_idx\` ON \`_threats_v_locales\` (\`version_review_status\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_threats_v_version_version_last_edited_by_idx\` ON \`_threats_v_locales\` (\`version_last_edited_by_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_events_id\` text(36) REFERENCES review_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`DROP TABLE \`review_events_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_guidelines_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`introduction\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_guidelines_locales\`("title", "summary", "introduction", "meta_title", "meta_description", "meta_image_id", "_status", "id", "_locale", "_parent_id") SELECT "title", "summary", "introduction", "meta_title", "meta_description", "meta_image_id", "_status", "id", "_locale", "_parent_id" FROM \`guidelines_locales\`;`)
  await db.run(sql`DROP TABLE \`guidelines_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_guidelines_locales\` RENAME TO \`guidelines_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`guidelines_meta_meta_image_idx\` ON \`guidelines_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guidelines__status_idx\` ON \`guidelines_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`guidelines_locales_locale_parent_id_unique\` ON \`guidelines_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__guidelines_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_introduction\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guidelines_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__guidelines_v_locales\`("version_title", "version_summary", "version_introduction", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "id", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_introduction", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "id", "_locale", "_parent_id" FROM \`_guidelines_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_guidelines_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__guidelines_v_locales\` RENAME TO \`_guidelines_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_meta_version_meta_image_idx\` ON \`_guidelines_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_version__status_idx\` ON \`_guidelines_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_guidelines_v_locales_locale_parent_id_unique\` ON \`_guidelines_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_good_practices_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`provenance_note\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_good_practices_locales\`("title", "summary", "description", "provenance_note", "meta_title", "meta_description", "meta_image_id", "_status", "id", "_locale", "_parent_id") SELECT "title", "summary", "description", "provenance_note", "meta_title", "meta_description", "meta_image_id", "_status", "id", "_locale", "_parent_id" FROM \`good_practices_locales\`;`)
  await db.run(sql`DROP TABLE \`good_practices_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_good_practices_locales\` RENAME TO \`good_practices_locales\`;`)
  await db.run(sql`CREATE INDEX \`good_practices_meta_meta_image_idx\` ON \`good_practices_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`good_practices__status_idx\` ON \`good_practices_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`good_practices_locales_locale_parent_id_unique\` ON \`good_practices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__good_practices_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_provenance_note\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_good_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__good_practices_v_locales\`("version_title", "version_summary", "version_description", "version_provenance_note", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "id", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_description", "version_provenance_note", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "id", "_locale", "_parent_id" FROM \`_good_practices_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__good_practices_v_locales\` RENAME TO \`_good_practices_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_meta_version_meta_image_idx\` ON \`_good_practices_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version__status_idx\` ON \`_good_practices_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_good_practices_v_locales_locale_parent_id_unique\` ON \`_good_practices_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_assets_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`provenance_note\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_assets_locales\`("title", "summary", "description", "provenance_note", "meta_title", "meta_description", "meta_image_id", "_status", "id", "_locale", "_parent_id") SELECT "title", "summary", "description", "provenance_note", "meta_title", "meta_description", "meta_image_id", "_status", "id", "_locale", "_parent_id" FROM \`assets_locales\`;`)
  await db.run(sql`DROP TABLE \`assets_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_assets_locales\` RENAME TO \`assets_locales\`;`)
  await db.run(sql`CREATE INDEX \`assets_meta_meta_image_idx\` ON \`assets_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`assets__status_idx\` ON \`assets_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`assets_locales_locale_parent_id_unique\` ON \`assets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__assets_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_provenance_note\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__assets_v_locales\`("version_title", "version_summary", "version_description", "version_provenance_note", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "id", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_description", "version_provenance_note", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "id", "_locale", "_parent_id" FROM \`_assets_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_assets_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__assets_v_locales\` RENAME TO \`_assets_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_assets_v_version_meta_version_meta_image_idx\` ON \`_assets_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_assets_v_version_version__status_idx\` ON \`_assets_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_assets_v_locales_locale_parent_id_unique\` ON \`_assets_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_threats_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`provenance_note\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`threats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_threats_locales\`("title", "summary", "description", "provenance_note", "meta_title", "meta_description", "meta_image_id", "_status", "id", "_locale", "_parent_id") SELECT "title", "summary", "description", "provenance_note", "meta_title", "meta_description", "meta_image_id", "_status", "id", "_locale", "_parent_id" FROM \`threats_locales\`;`)
  await db.run(sql`DROP TABLE \`threats_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_threats_locales\` RENAME TO \`threats_locales\`;`)
  await db.run(sql`CREATE INDEX \`threats_meta_meta_image_idx\` ON \`threats_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`threats__status_idx\` ON \`threats_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`threats_locales_locale_parent_id_unique\` ON \`threats_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__threats_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_provenance_note\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_threats_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__threats_v_locales\`("version_title", "version_summary", "version_description", "version_provenance_note", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "id", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_description", "version_provenance_note", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "id", "_locale", "_parent_id" FROM \`_threats_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_threats_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__threats_v_locales\` RENAME TO \`_threats_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_threats_v_version_meta_version_meta_image_idx\` ON \`_threats_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_threats_v_version_version__status_idx\` ON \`_threats_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_threats_v_locales_locale_parent_id_unique\` ON \`_threats_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`guidelines_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`assets_id\` text(36),
  	\`threats_id\` text(36),
  	\`references_id\` text(36),
  	\`translations_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidelines_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assets_id\`) REFERENCES \`assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`threats_id\`) REFERENCES \`threats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translations_id\`) REFERENCES \`translations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guidelines_id", "good_practices_id", "assets_id", "threats_id", "references_id", "translations_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "guidelines_id", "good_practices_id", "assets_id", "threats_id", "references_id", "translations_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guidelines_id_idx\` ON \`payload_locked_documents_rels\` (\`guidelines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_good_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_threats_id_idx\` ON \`payload_locked_documents_rels\` (\`threats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_references_id_idx\` ON \`payload_locked_documents_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translations_id_idx\` ON \`payload_locked_documents_rels\` (\`translations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
