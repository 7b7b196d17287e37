import { defineConfig } from 'vitest/config';

// Tests import workspace packages from their TypeScript sources (the `ndd-source` export
// condition), so a test never runs against stale `dist/` output.
export default defineConfig({
  resolve: { conditions: ['ndd-source'] },
  ssr: { resolve: { conditions: ['ndd-source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'generators/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
