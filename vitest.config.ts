import { defineConfig } from 'vitest/config';

// Tests run in a time zone that is neither UTC nor Asia/Seoul, so a wrong KST/UTC conversion fails.
// Worker processes inherit this environment.
process.env.TZ = 'America/Halifax';

export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['main/**/*.test.ts', 'hub/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'geo-data/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts', 'lint-fixtures/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
