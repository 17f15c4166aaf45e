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
    // The first detection in a file loads the gazetteer and the model cold; on a busy two-core machine that alone
    // has passed the 5 s default. Time is not what these tests assert (speed lives in `npm run bench`).
    testTimeout: 20_000,
  },
});
