import { defineConfig } from 'vitest/config';

// Four projects, so CI can run each where it matters (.ci/run): unit, property and server tests on
// Node 20 and 24, the end-to-end runs of dist/index.js once. `npm test` runs all four.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Two cores: end-to-end files spawn child processes and servers of their own.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'property',
          include: ['test/property/**/*.test.ts'],
          // A hang guard above fast-check's own limit (PROPERTY_TIME_LIMIT_MS in fc-config.ts),
          // so a failure is reported with its smallest case; FC_RUNS=2000 takes about a minute.
          testTimeout: 15 * 60_000,
        },
      },
      { extends: true, test: { name: 'servers', include: ['test/servers/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: [
            // Refuses to test a dist/ older than src/.
            'test/e2e/dist-fresh.global.ts',
            // Sums up the secret-leak sweep every end-to-end run ends with (test/e2e/harness.ts).
            'test/secret-sweep.global.ts',
          ],
        },
      },
    ],
  },
});
