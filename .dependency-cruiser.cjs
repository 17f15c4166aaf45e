/**
 * Magpie's layers, checked on the import graph by `npm run lint` (part of `npm test`).
 * The content side runs inside every page a reader opens: it never reaches the database, the
 * resolver, the listing extractor or the extension pages' API, so none of them ends up in the
 * content script and no page can reach them.
 */
const CONTENT_SIDE = '^(lib/(detect|content|inline)|entrypoints/content)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make load order matter and layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'content-side-stays-small',
      severity: 'error',
      comment:
        'The content side may not import (directly or through another module) lib/db, lib/resolve, lib/api, ' +
        'or lib/listing beyond its types: it talks to the background by messages (lib/protocol).',
      from: { path: CONTENT_SIDE },
      to: { path: '^lib/(db|resolve|api)/|^lib/listing/(?!types\\.ts$)', reachable: true },
    },
    {
      name: 'content-side-direct',
      severity: 'error',
      comment: 'The content side imports none of lib/db, lib/resolve, lib/listing or lib/api directly.',
      from: { path: CONTENT_SIDE },
      to: { path: '^lib/(db|resolve|listing|api)/' },
    },
    {
      name: 'db-below-resolver',
      severity: 'error',
      comment: 'The database does not depend on the resolver; shared types live in lib/protocol.',
      from: { path: '^lib/db/' },
      to: { path: '^lib/resolve/' },
    },
    {
      name: 'components-through-api',
      severity: 'error',
      comment: 'Extension pages reach data only through lib/api (types from lib/db are fine).',
      from: { path: '^components/' },
      to: { path: '^lib/(db|resolve)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-test-code-in-the-extension',
      severity: 'error',
      comment: 'Test doubles and fixtures live under tests/ and never ship.',
      from: { path: '^(lib|components|entrypoints)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt|demo-output)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
