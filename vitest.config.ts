import { defineConfig } from 'vitest/config';

// Tests import workspace packages from their TypeScript sources (the `ndd-source` export
// condition), so a test never runs against stale `dist/` output.
export default defineConfig({
  resolve: { conditions: ['ndd-source'] },
  ssr: { resolve: { conditions: ['ndd-source'] } },
  // `.cts` sources (the CLI's CommonJS entry path) are TypeScript too; Vite's default leaves them out.
  oxc: { include: /\.([cm]?ts|[jt]sx)$/ },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'generators/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
