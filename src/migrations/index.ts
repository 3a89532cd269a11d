import * as migration_20261128_181248_initial from './20261128_181248_initial';
import * as migration_20261128_192204_review_workflow from './20261128_192204_review_workflow';
import * as migration_20261128_193151_translation_snapshots from './20261128_193151_translation_snapshots';

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
    name: '20261128_193151_translation_snapshots'
  },
];
