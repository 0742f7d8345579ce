import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One throw-away Neo4j and one diachi HTTP server for the whole run (tests/helpers/globalSetup.ts).
    globalSetup: ['tests/helpers/globalSetup.ts'],
    // Integration tests share that one graph; files that write to it use their own labels or ids.
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
