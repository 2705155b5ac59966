import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Sums up the secret-leak sweep every end-to-end run ends with (test/e2e/harness.ts).
    globalSetup: ['test/secret-sweep.global.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Two cores: end-to-end files spawn child processes and servers of their own.
    maxWorkers: 2,
  },
});
