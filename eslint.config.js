// ESLint: typescript-eslint's recommended rules, plus the layers (HTTP → server →
// resolvers → graphql → loaders → repositories → cypher + db → Neo4j; seeds → seed → db) proved by
// eslint-plugin-import-x instead of written in prose. import-x rather than dependency-cruiser: one
// tool and one config for every rule, findings shown in the editor beside the offending import,
// and `import-x/no-cycle` sees cycles through `import type` too. Run with `npm run lint`
// (zero warnings allowed); `npm test` runs it first.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Folders of src/, from the foundations up. A zone below forbids a target folder to import from
// the folders listed; every entry points only down.
const FOUNDATIONS = ['model', 'dates', 'text', 'errors'];
// Pure computations over records: the census, timelines, the export formats.
const PURE = ['census', 'timeline', 'export'];
const REQUEST_PATH = [
  'src/resolvers',
  'src/graphql',
  'src/loaders',
  'src/repositories',
  'src/cypher',
  'src/db',
  'src/http',
  'src/context.ts',
  'src/server.ts',
  'src/app.ts',
];
const STARTUP = ['src/index.ts', 'src/startDiachi.ts', 'src/cli', 'src/graph'];

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const folders = (...names) => names.map((name) => `src/${name}`);

const LAYER_ZONES = [
  // Nothing in src/ reaches into the tests, the benchmark or generated operation documents.
  zone('src', ['tests', 'bench'], 'src/ never imports test or benchmark code.'),
  // The process entry points and start-up orchestration sit on top: nothing imports them.
  zone(
    [
      'src/resolvers',
      'src/graphql',
      'src/loaders',
      'src/repositories',
      'src/cypher',
      'src/db',
      'src/seed',
      'src/census',
      'src/export',
      'src/timeline',
      ...folders(...FOUNDATIONS),
    ],
    STARTUP,
    'Only entry points import start-up code.',
  ),
  // The request path never imports the seed loader (seeds → seed → db runs beside it, not in it).
  zone(REQUEST_PATH, 'src/seed', 'The request path never imports the seed loader.'),
  zone(
    'src/seed',
    [...folders('resolvers', 'graphql', 'loaders', 'repositories', 'http', 'localNeo4j'), 'src/context.ts', 'src/server.ts', 'src/app.ts'],
    'The seed path reaches Neo4j through cypher/ and db/ only.',
  ),
  // HTTP → server → resolvers.
  zone(
    ['src/resolvers', 'src/graphql', 'src/loaders', 'src/repositories', 'src/cypher', 'src/db'],
    ['src/server.ts', 'src/app.ts', 'src/http'],
    'The server sits above the resolvers.',
  ),
  // Resolvers delegate to loaders; they never see Cypher, sessions or repository classes.
  zone(
    'src/resolvers',
    ['src/db', 'src/cypher', 'src/repositories'],
    'Resolvers reach data through loaders; only record types come from repositories/.',
    ['./records.ts'],
  ),
  // graphql/ holds the API's helpers (ids, cursors, scalars, enums) used by resolvers.
  zone(
    'src/graphql',
    ['src/resolvers', 'src/context.ts', 'src/loaders', 'src/db', 'src/cypher'],
    'graphql/ helpers sit below the resolvers and above the data.',
  ),
  // Loaders batch through repositories.
  zone(
    'src/loaders',
    ['src/resolvers', 'src/graphql', 'src/context.ts', 'src/db', 'src/cypher'],
    'Loaders reach the database only through repositories.',
  ),
  zone('src/repositories', ['src/resolvers', 'src/graphql', 'src/loaders', 'src/context.ts'], 'Repositories sit below the loaders.'),
  // cypher/ builds statements ({ cypher, params }, pure); db/ runs them, so it may read their type
  // from cypher/, and cypher/ imports neither db/ nor anything above.
  zone(
    'src/cypher',
    ['src/db', 'src/repositories', 'src/loaders', 'src/resolvers', 'src/graphql', 'src/context.ts'],
    'Cypher builders are pure: text and parameters, no session, nothing from the layers above.',
  ),
  zone('src/db', ['src/repositories', 'src/loaders', 'src/resolvers', 'src/graphql', 'src/context.ts'], 'db/ sits below the repositories.'),
  // Pure modules: no database, no API. They may read record shapes (types) from repositories/.
  zone(
    folders(...PURE, ...FOUNDATIONS),
    [...folders('db', 'cypher', 'loaders', 'resolvers', 'graphql', 'localNeo4j'), 'src/context.ts'],
    'Pure modules never touch the database or the API.',
  ),
  zone(folders(...PURE, ...FOUNDATIONS), 'src/repositories', 'Pure modules may only read record types from repositories/records.ts.', [
    './records.ts',
  ]),
  zone(folders(...FOUNDATIONS), folders(...PURE, 'seed', 'repositories'), 'Foundations import nothing above them.'),
  zone('src/model', 'src', 'model/ is the bottom layer.', ['./model']),
];

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'src/generated/', 'tests/generated/', 'web/src/generated/', 'bench/results/', 'neo4j/', '.diachi/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain Node scripts that run before anything is compiled.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The driver belongs to db/ (and to the local server's readiness probe and the tests that
    // inspect the graph directly). cypher/ may only build parameter values of Cypher types.
    ignores: ['src/cypher/neo4jInt.ts', 'src/cypher/neo4jDate.ts'],
    files: [
      'src/resolvers/**',
      'src/graphql/**',
      'src/loaders/**',
      'src/repositories/**',
      'src/cypher/**',
      ...folders(...PURE, ...FOUNDATIONS).map((f) => `${f}/**`),
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Only src/db/ talks to the driver.' }] }],
    },
  },
  {
    // The server logs through pino (src/log/createLogger.ts), with a request id; the command-line
    // tools write through src/log/terminal.ts. A bare console.* bypasses both (issue 10).
    files: ['src/**'],
    rules: { 'no-console': 'error' },
  },
);
