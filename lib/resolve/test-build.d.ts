/** True only in a test build (MAGPIE_TEST_BUILD=1) and under Vitest; defined by wxt.config.ts and vitest.config.ts. */
declare const __MAGPIE_TEST_BUILD__: boolean;
