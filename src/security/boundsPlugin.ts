// Bounds on what one request may read or write (./boundedReads.ts, ./boundedWrites.ts; the REST route checks pages too).
import type { Config, Plugin } from 'payload'

import { boundedPagesRule } from './boundedReads'
import { refuseOversizedValues } from './boundedWrites'

export const boundsPlugin: Plugin = (config: Config): Config => ({
  ...config,
  // Relationships are populated at most two levels deep (the pages use at most one).
  maxDepth: 2,
  graphQL: {
    ...config.graphQL,
    validationRules: (args) => [
      ...(config.graphQL?.validationRules?.(args) ?? []),
      boundedPagesRule(args.variableValues),
    ],
  },
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [refuseOversizedValues, ...(collection.hooks?.beforeChange ?? [])],
    },
  })),
})
