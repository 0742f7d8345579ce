import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One throw-away Neo4j and one diachi HTTP server for the whole run (tests/helpers/globalSetup.ts).
    globalSetup: ['tests/helpers/globalSetup.ts'],
    // Integration tests share that one graph; files run one at a time so a test that writes (and
    // cleans up) never changes what another file counts.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
