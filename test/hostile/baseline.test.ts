// The Low item "a report above 2^53 bytes as a baseline" (issue 14): figures are accepted exactly up to
// 2^53 - 1 and a larger one is refused in one clear line naming the field — never rounded, never a crash.
// The bundled CLI writes a real report, which is then edited and read back with --baseline.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, describeChild, runCli } from './bounds.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'dsg-hostile-baseline-'));
const ctx = path.join(work, 'ctx');
mkdirSync(ctx);
writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY . /app\n');
writeFileSync(path.join(ctx, 'a.txt'), 'hello\n');
let report: { targets: { context: { bytes: number | string } }[] };

beforeAll(async () => {
  await bundle('src/cli/main.ts');
  const r = await runCli([ctx, '--output', path.join(work, 'base.json')]);
  expect(r.code, describeChild(r)).toBe(0);
  report = JSON.parse(readFileSync(path.join(work, 'base.json'), 'utf8'));
});

/** The report with context.bytes written as the literal `bytes` (JSON text, so that no rounding happens here). */
function withBytes(bytes: string): string {
  const f = path.join(work, `base-${bytes}.json`);
  const copy = structuredClone(report);
  copy.targets[0]!.context.bytes = '@@BYTES@@';
  writeFileSync(f, JSON.stringify(copy).replace('"@@BYTES@@"', bytes));
  return f;
}

describe('Low: baselines with figures beyond 2^53', () => {
  it('2^53 - 1 bytes is accepted exactly', async () => {
    const r = await runCli([ctx, '--baseline', withBytes('9007199254740991')]);
    expect(r.code, describeChild(r)).toBe(0);
    expect(r.stdout).not.toMatch(/No baseline/);
  });

  it.each(['9007199254740993', '1e300'])('%s bytes is refused in one line naming the field', async (bytes) => {
    const r = await runCli([ctx, '--baseline', withBytes(bytes)]);
    expect(r.code, describeChild(r)).toBe(0);
    expect(r.stdout).toMatch(
      /No baseline: .*targets\[0\]\.context\.bytes is beyond 2\^53 - 1 \(9007199254740991\), the largest figure counted exactly/,
    );
  });
});
