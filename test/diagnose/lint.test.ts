// Every lint rule on a small tree: the finding, its file and line, and what it says.
// (test/diagnose/engine.itg.test.ts checks the same trees' claims against a real engine.)
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/diagnostics.js';
import { LINT_CASES } from './lint-cases.js';
import { reportFor, tempRoot, writeTree } from './helpers.js';

const { root, cleanup } = tempRoot('dsg-diag-lint-');
afterAll(cleanup);

const shape = (f: Finding) => [f.rule, f.severity, f.file ?? null, f.line ?? null];

describe.each(LINT_CASES)('lint: $name', (c) => {
  it('reports exactly these findings, with file and line', async () => {
    const dir = writeTree(`${root}/${c.name}`, c.files);
    const { d } = await reportFor(dir, c.args ?? []);
    expect(d.findings.map(shape)).toEqual(c.findings.map((f) => [f.rule, f.severity, f.file, f.line]));
    c.findings.forEach((f, i) => {
      for (const m of f.says) expect(d.findings[i]!.message).toContain(m);
    });
    for (const s of c.never ?? []) expect(JSON.stringify(d)).not.toContain(s);
  });
});
