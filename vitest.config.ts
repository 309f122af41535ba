import { defineConfig } from 'vitest/config'
import { viteAliases } from './scripts/pathAliases.mjs'

export default defineConfig({
  resolve: { alias: viteAliases(import.meta.dirname) },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/harness/globalSetup.ts'],
          // UI polls wait for real exports and saves; on a loaded 2-core machine 1 s (the default) is too short.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
})
