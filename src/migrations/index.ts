import * as migration_20261128_181248_initial from './20261128_181248_initial';
import * as migration_20261128_192204_review_workflow from './20261128_192204_review_workflow';
import * as migration_20261128_193151_translation_snapshots from './20261128_193151_translation_snapshots';
import * as migration_20261202_063156_machine_translation_flag from './20261202_063156_machine_translation_flag';
import * as migration_20261202_063227_machine_translation_marks from './20261202_063227_machine_translation_marks';
import * as migration_20261202_122635_references_reviewed from './20261202_122635_references_reviewed';
import * as migration_20261202_122723_references_published from './20261202_122723_references_published';
import * as migration_20261202_190936_practice_relevance_links from './20261202_190936_practice_relevance_links';
import * as migration_20261203_164755_edition_successor from './20261203_164755_edition_successor';
import * as migration_20261204_010020_threat_examples from './20261204_010020_threat_examples';
import * as migration_20261204_015445_requirement_terms from './20261204_015445_requirement_terms';
import * as migration_20261204_020128_packs from './20261204_020128_packs';

export const migrations = [
  {
    up: migration_20261128_181248_initial.up,
    down: migration_20261128_181248_initial.down,
    name: '20261128_181248_initial',
  },
  {
    up: migration_20261128_192204_review_workflow.up,
    down: migration_20261128_192204_review_workflow.down,
    name: '20261128_192204_review_workflow',
  },
  {
    up: migration_20261128_193151_translation_snapshots.up,
    down: migration_20261128_193151_translation_snapshots.down,
    name: '20261128_193151_translation_snapshots',
  },
  {
    up: migration_20261202_063156_machine_translation_flag.up,
    down: migration_20261202_063156_machine_translation_flag.down,
    name: '20261202_063156_machine_translation_flag',
  },
  {
    up: migration_20261202_063227_machine_translation_marks.up,
    down: migration_20261202_063227_machine_translation_marks.down,
    name: '20261202_063227_machine_translation_marks',
  },
  {
    up: migration_20261202_122635_references_reviewed.up,
    down: migration_20261202_122635_references_reviewed.down,
    name: '20261202_122635_references_reviewed',
  },
  {
    up: migration_20261202_122723_references_published.up,
    down: migration_20261202_122723_references_published.down,
    name: '20261202_122723_references_published',
  },
  {
    up: migration_20261202_190936_practice_relevance_links.up,
    down: migration_20261202_190936_practice_relevance_links.down,
    name: '20261202_190936_practice_relevance_links',
  },
  {
    up: migration_20261203_164755_edition_successor.up,
    down: migration_20261203_164755_edition_successor.down,
    name: '20261203_164755_edition_successor',
  },
  {
    up: migration_20261204_010020_threat_examples.up,
    down: migration_20261204_010020_threat_examples.down,
    name: '20261204_010020_threat_examples',
  },
  {
    up: migration_20261204_015445_requirement_terms.up,
    down: migration_20261204_015445_requirement_terms.down,
    name: '20261204_015445_requirement_terms',
  },
  {
    up: migration_20261204_020128_packs.up,
    down: migration_20261204_020128_packs.down,
    name: '20261204_020128_packs'
  },
];
