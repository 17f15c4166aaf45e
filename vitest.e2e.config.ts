import { defineConfig } from 'vitest/config';

// Real browsers against the built extension: one file at a time, they share the machine's two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
