import nx from '@nx/eslint-plugin';

/**
 * Module boundaries on three axes plus the server's bounded contexts. Every project carries a
 * `scope:*`, `type:*` and `platform:*` tag; there is no catch-all rule, so an untagged project or
 * an import against the direction below fails lint.
 */
const depConstraints = [
  // scope: the web never imports the server and vice versa; both may import shared code.
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },

  // type: apps compose features; features use platform, ui, utilities and contracts.
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:ui', 'type:data-access', 'type:util', 'type:contracts'],
  },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:ui', 'type:data-access', 'type:util', 'type:contracts'],
  },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },

  // platform: browser code never pulls in Node code and vice versa.
  { sourceTag: 'platform:browser', onlyDependOnLibsWithTags: ['platform:browser', 'platform:neutral'] },
  { sourceTag: 'platform:node', onlyDependOnLibsWithTags: ['platform:node', 'platform:neutral'] },
  { sourceTag: 'platform:neutral', onlyDependOnLibsWithTags: ['platform:neutral'] },

  // server contexts depend one way: identity <- catalog, challenges <- search/matching <- auctions, roadshows <- deals.
  // events: the outbox topics and job names with their payload types, which every context may use.
  { sourceTag: 'context:events', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'context:platform', onlyDependOnLibsWithTags: ['context:events', 'scope:shared'] },
  { sourceTag: 'context:identity', onlyDependOnLibsWithTags: ['context:platform', 'context:events', 'scope:shared'] },
  {
    sourceTag: 'context:notifications',
    onlyDependOnLibsWithTags: ['context:identity', 'context:platform', 'context:events', 'scope:shared'],
  },
  {
    sourceTag: 'context:catalog',
    onlyDependOnLibsWithTags: ['context:notifications', 'context:identity', 'context:platform', 'context:events', 'scope:shared'],
  },
  // challenges: a need with a bounty; reads organizations and people, tells through notifications.
  {
    sourceTag: 'context:challenges',
    onlyDependOnLibsWithTags: ['context:notifications', 'context:identity', 'context:platform', 'context:events', 'scope:shared'],
  },
  {
    sourceTag: 'context:search',
    onlyDependOnLibsWithTags: ['context:challenges', 'context:catalog', 'context:notifications', 'context:identity', 'context:platform', 'context:events', 'scope:shared'],
  },
  {
    sourceTag: 'context:matching',
    onlyDependOnLibsWithTags: ['context:search', 'context:challenges', 'context:catalog', 'context:notifications', 'context:identity', 'context:platform', 'context:events', 'scope:shared'],
  },
  {
    sourceTag: 'context:auctions',
    onlyDependOnLibsWithTags: ['context:catalog', 'context:notifications', 'context:identity', 'context:platform', 'context:events', 'scope:shared'],
  },
  {
    sourceTag: 'context:roadshows',
    onlyDependOnLibsWithTags: ['context:catalog', 'context:notifications', 'context:identity', 'context:platform', 'context:events', 'scope:shared'],
  },
  {
    sourceTag: 'context:deals',
    onlyDependOnLibsWithTags: ['context:catalog', 'context:notifications', 'context:identity', 'context:platform', 'context:events', 'scope:shared'],
  },
  // portal: the front page reads every context through its exported services; none reads the portal.
  {
    sourceTag: 'context:portal',
    onlyDependOnLibsWithTags: ['context:deals', 'context:challenges', 'context:roadshows', 'context:auctions', 'context:catalog', 'context:notifications', 'context:identity', 'context:platform', 'context:events', 'scope:shared'],
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/test-results', '**/playwright-report', '.data/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
];
