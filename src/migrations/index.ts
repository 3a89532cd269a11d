import * as migration_20261128_181248_initial from './20261128_181248_initial';

export const migrations = [
  {
    up: migration_20261128_181248_initial.up,
    down: migration_20261128_181248_initial.down,
    name: '20261128_181248_initial'
  },
];
