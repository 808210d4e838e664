// Runs the whole test suite (unit, CLI, and the conformance suites against a live Docker engine)
// and ends with one plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = '.test-results.json';
rmSync(results, { force: true });
const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 1; // a run that produced no results failed
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  passed = r.numPassedTests;
  // Skipped or todo tests count as failed: nothing may be skipped and counted as passing.
  failed = r.numFailedTests + r.numPendingTests + r.numTodoTests;
  if (r.numPendingTests + r.numTodoTests > 0) console.log(`${r.numPendingTests + r.numTodoTests} tests were skipped: counted as failed`);
  // A suite that failed to load has no tests of its own to count.
  const brokenSuites = r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  if (brokenSuites > 0) console.log(`${brokenSuites} test files failed to run: counted as failed`);
  failed += brokenSuites;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
