import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/engine/global-setup.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 180000,
  },
});
