import { defineConfig } from 'vitest/config';

// Two projects. `unit` (tests/unit, tests/cypher) is pure code: no database, no Java, seconds;
// `npm run test:unit` runs it alone while working. `integration` talks to a real Neo4j and the
// real HTTP server, started once for the run by tests/helpers/globalSetup.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/cypher/**/*.test.ts'],
          // A few unit tests validate the real seeds (hundreds of sources): seconds on an idle
          // machine, more on a busy 2-core CI runner. The default 5 s would fail them on load alone.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // One throw-away Neo4j and one diachi HTTP server for the whole run.
          globalSetup: ['tests/helpers/globalSetup.ts'],
          // Integration tests share that one graph; files run one at a time so a test that writes
          // (and cleans up) never changes what another file counts.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
