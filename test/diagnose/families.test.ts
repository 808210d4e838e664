// Each culprit family on a realistic small tree: the lines proposed, in order, with their exact
// bytes and files; the pie adds up to the context. (engine.test.ts re-measures such blocks with a real engine.)
import { afterAll, describe, expect, it } from 'vitest';
import { FAMILY_CASES } from './family-cases.js';
import { reportFor, tempRoot, writeTree } from './helpers.js';

const { root, cleanup } = tempRoot('dsg-diag-families-');
afterAll(cleanup);

describe.each(FAMILY_CASES)('$name', (c) => {
  it('proposes these lines, in order, with exact marginal savings', async () => {
    const dir = writeTree(`${root}/${c.name.replace(/[^a-z]+/gi, '-')}`, c.files);
    const { t, d } = await reportFor(dir);
    expect(d.suggestions.map((x) => [x.line, x.bytes, x.files])).toEqual(c.lines);
    expect(d.withheld.map((w) => w.line)).toEqual(c.withheld ?? []);
    expect(d.savings.before).toBe(t.context.bytes);
    expect(d.savings.removed).toBe(c.lines.reduce((sum, l) => sum + l[1], 0));
    expect(d.families.reduce((sum, f) => sum + f.bytes, 0)).toBe(t.context.bytes);
    expect(d.families.reduce((sum, f) => sum + f.files, 0)).toBe(t.context.files + t.context.symlinks);
  });
});
