import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`packs_phases\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`packs_phases_order_idx\` ON \`packs_phases\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`packs_phases_parent_idx\` ON \`packs_phases\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`packs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`edition_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`provenance_status\` text DEFAULT 'proposed',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`packs_slug_idx\` ON \`packs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`packs_edition_idx\` ON \`packs\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`packs_order_idx\` ON \`packs\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`packs_updated_at_idx\` ON \`packs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`packs_created_at_idx\` ON \`packs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`packs_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`introduction\` text,
  	\`provenance_note\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`last_edited_by_id\` text(36),
  	\`machine_translation\` integer DEFAULT false,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`packs_review_status_idx\` ON \`packs_locales\` (\`review_status\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`packs_last_edited_by_idx\` ON \`packs_locales\` (\`last_edited_by_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`packs_meta_meta_image_idx\` ON \`packs_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`packs__status_idx\` ON \`packs_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`packs_locales_locale_parent_id_unique\` ON \`packs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`packs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`good_practices_id\` text(36),
  	\`assets_id\` text(36),
  	\`threats_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assets_id\`) REFERENCES \`assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`threats_id\`) REFERENCES \`threats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`packs_rels_order_idx\` ON \`packs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`packs_rels_parent_idx\` ON \`packs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`packs_rels_path_idx\` ON \`packs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`packs_rels_good_practices_id_idx\` ON \`packs_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`packs_rels_assets_id_idx\` ON \`packs_rels\` (\`assets_id\`);`)
  await db.run(sql`CREATE INDEX \`packs_rels_threats_id_idx\` ON \`packs_rels\` (\`threats_id\`);`)
  await db.run(sql`CREATE TABLE \`_packs_v_version_phases\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_packs_v_version_phases_order_idx\` ON \`_packs_v_version_phases\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_version_phases_parent_idx\` ON \`_packs_v_version_phases\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_packs_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_edition_id\` text(36),
  	\`version_order\` numeric DEFAULT 0,
  	\`version_provenance_status\` text DEFAULT 'proposed',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`packs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_packs_v_parent_idx\` ON \`_packs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_version_version_slug_idx\` ON \`_packs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_version_version_edition_idx\` ON \`_packs_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_version_version_order_idx\` ON \`_packs_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_version_version_updated_at_idx\` ON \`_packs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_version_version_created_at_idx\` ON \`_packs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_created_at_idx\` ON \`_packs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_updated_at_idx\` ON \`_packs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_snapshot_idx\` ON \`_packs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_published_locale_idx\` ON \`_packs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_latest_idx\` ON \`_packs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_packs_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_introduction\` text,
  	\`version_provenance_note\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version_machine_translation\` integer DEFAULT false,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_packs_v_version_version_review_status_idx\` ON \`_packs_v_locales\` (\`version_review_status\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_version_version_last_edited_by_idx\` ON \`_packs_v_locales\` (\`version_last_edited_by_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_version_meta_version_meta_image_idx\` ON \`_packs_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_version_version__status_idx\` ON \`_packs_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_packs_v_locales_locale_parent_id_unique\` ON \`_packs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_packs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`good_practices_id\` text(36),
  	\`assets_id\` text(36),
  	\`threats_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assets_id\`) REFERENCES \`assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`threats_id\`) REFERENCES \`threats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_packs_v_rels_order_idx\` ON \`_packs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_rels_parent_idx\` ON \`_packs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_rels_path_idx\` ON \`_packs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_rels_good_practices_id_idx\` ON \`_packs_v_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_rels_assets_id_idx\` ON \`_packs_v_rels\` (\`assets_id\`);`)
  await db.run(sql`CREATE INDEX \`_packs_v_rels_threats_id_idx\` ON \`_packs_v_rels\` (\`threats_id\`);`)
  await db.run(sql`ALTER TABLE \`translations_rels\` ADD \`packs_id\` text(36) REFERENCES packs(id);`)
  await db.run(sql`CREATE INDEX \`translations_rels_packs_id_idx\` ON \`translations_rels\` (\`packs_id\`);`)
  await db.run(sql`ALTER TABLE \`review_events_rels\` ADD \`packs_id\` text(36) REFERENCES packs(id);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_packs_id_idx\` ON \`review_events_rels\` (\`packs_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`packs_id\` text(36) REFERENCES packs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_packs_id_idx\` ON \`payload_locked_documents_rels\` (\`packs_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`packs_phases\`;`)
  await db.run(sql`DROP TABLE \`packs\`;`)
  await db.run(sql`DROP TABLE \`packs_locales\`;`)
  await db.run(sql`DROP TABLE \`packs_rels\`;`)
  await db.run(sql`DROP TABLE \`_packs_v_version_phases\`;`)
  await db.run(sql`DROP TABLE \`_packs_v\`;`)
  await db.run(sql`DROP TABLE \`_packs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_packs_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_translations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`guidelines_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`assets_id\` text(36),
  	\`threats_id\` text(36),
  	\`references_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`translations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidelines_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assets_id\`) REFERENCES \`assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`threats_id\`) REFERENCES \`threats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_translations_rels\`("id", "order", "parent_id", "path", "guidelines_id", "good_practices_id", "assets_id", "threats_id", "references_id") SELECT "id", "order", "parent_id", "path", "guidelines_id", "good_practices_id", "assets_id", "threats_id", "references_id" FROM \`translations_rels\`;`)
  await db.run(sql`DROP TABLE \`translations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_translations_rels\` RENAME TO \`translations_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`translations_rels_order_idx\` ON \`translations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_parent_idx\` ON \`translations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_path_idx\` ON \`translations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_guidelines_id_idx\` ON \`translations_rels\` (\`guidelines_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_good_practices_id_idx\` ON \`translations_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_assets_id_idx\` ON \`translations_rels\` (\`assets_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_threats_id_idx\` ON \`translations_rels\` (\`threats_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_references_id_idx\` ON \`translations_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_review_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`guidelines_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`assets_id\` text(36),
  	\`threats_id\` text(36),
  	\`references_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidelines_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assets_id\`) REFERENCES \`assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`threats_id\`) REFERENCES \`threats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_review_events_rels\`("id", "order", "parent_id", "path", "guidelines_id", "good_practices_id", "assets_id", "threats_id", "references_id") SELECT "id", "order", "parent_id", "path", "guidelines_id", "good_practices_id", "assets_id", "threats_id", "references_id" FROM \`review_events_rels\`;`)
  await db.run(sql`DROP TABLE \`review_events_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_events_rels\` RENAME TO \`review_events_rels\`;`)
  await db.run(sql`CREATE INDEX \`review_events_rels_order_idx\` ON \`review_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_parent_idx\` ON \`review_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_path_idx\` ON \`review_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_guidelines_id_idx\` ON \`review_events_rels\` (\`guidelines_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_good_practices_id_idx\` ON \`review_events_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_assets_id_idx\` ON \`review_events_rels\` (\`assets_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_threats_id_idx\` ON \`review_events_rels\` (\`threats_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_references_id_idx\` ON \`review_events_rels\` (\`references_id\`);`)
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
  	\`review_events_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidelines_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assets_id\`) REFERENCES \`assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`threats_id\`) REFERENCES \`threats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translations_id\`) REFERENCES \`translations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guidelines_id", "good_practices_id", "assets_id", "threats_id", "references_id", "translations_id", "review_events_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "guidelines_id", "good_practices_id", "assets_id", "threats_id", "references_id", "translations_id", "review_events_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
