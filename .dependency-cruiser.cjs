/**
 * The import rules of ARCHITECTURE.md's layer table, checked by `npm run check`
 * (`depcruise`). Arrows point downwards only: cli/, test/ and bench/ may import
 * everything; the layers below them only what their row allows. Rules name
 * folders, never files, so new modules are covered as they are added.
 */
const ours = '^(crawler|db|taxonomy|newsletter|server|extension|cli|bin|bench|test|scripts)/';

/** A rule: modules under `from` may import, of our folders, only `allowed` (plus their own folder). */
function layer(name, from, allowed, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: `^${from}/` },
    to: { path: ours, pathNot: [`^(${[from, ...allowed].join('|')})/`] },
  };
}

module.exports = {
  forbidden: [
    layer('taxonomy-imports-nothing-of-ours', 'taxonomy', [], 'taxonomy/ holds vocabularies and pure functions shared by every layer, the extension included'),
    layer('db-imports-nothing-of-ours', 'db', [], 'db/ is the storage layer; the only place that writes SQL'),
    layer('crawler-imports-db-taxonomy', 'crawler', ['db', 'taxonomy'], 'crawler/ fetches, extracts, detects and classifies; it stores through db/'),
    layer('newsletter-imports-db-taxonomy', 'newsletter', ['db', 'taxonomy'], 'newsletter/ reads notices through db/ and personalises with taxonomy/'),
    layer('server-imports-db-newsletter-taxonomy', 'server', ['db', 'newsletter', 'taxonomy'], 'server/ serves the archive; it never crawls'),
    layer('extension-imports-taxonomy-only', 'extension', ['taxonomy'], 'the extension bundle talks to the server over HTTP only'),
    {
      name: 'sources-use-extract-helpers-only',
      comment: 'a source definition is declarative: it may use crawler/extract helpers and the definition types, nothing that fetches or stores',
      severity: 'error',
      from: { path: '^crawler/sources/' },
      to: { path: '^(crawler|db)/', pathNot: ['^crawler/(sources|extract)/', '^crawler/source\\.ts$', '^db/types\\.ts$'] },
    },
    {
      name: 'no-circular',
      comment: 'import cycles make load order matter and layers blur',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that does not resolve fails at run time',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-dev-dep',
      comment: 'what runs in production may not need a devDependency (tests, benchmarks and build config may)',
      severity: 'error',
      from: { path: '^(crawler|db|taxonomy|newsletter|server|cli|bin)/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.output|\\.wxt|data|outbox|test-output)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
