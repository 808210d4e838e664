import { configDefaults, defineConfig } from 'vitest/config';
// Every suite that needs no server: all of test/ but the *.itg.test.ts suites (which start dockerd, a registry or the
// local GitHub). Run with DSG_NO_ENGINE=1 npx vitest run -c vitest.unit.config.ts
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/**/*.itg.test.ts'], testTimeout: 60000 },
});
