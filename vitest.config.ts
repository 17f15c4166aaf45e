import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // Unit tests run as a test build: the resolver may fetch the fixture retail web on 127.0.0.1.
  define: { __MAGPIE_TEST_BUILD__: 'true' },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts', 'components/**/*.test.tsx'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
