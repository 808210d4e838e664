// The precision corpus (issue 10): per real repository replayed with developer junk, the four figures a reviewer
// checks advice by (see replay.ts). `npm run precision` prints the same figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { corpusNames, figures, loadReplay, materialize, runOn } from './replay.js';

const root = mkdtempSync(join(tmpdir(), 'dsg-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const names = corpusNames();

describe('the corpus', () => {
  it('holds at least 8 real repositories', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });
});

describe.each(names)('%s', (name) => {
  it('no suggested line removes a committed file the build needs; no unjustified error; no drift on committed paths; junk recall >= 90 %', async () => {
    const r = loadReplay(name);
    const dir = join(root, name);
    materialize(r, dir);
    const run = await runOn(r, dir, (argv, cwd) => runCli(argv, { cwd }));
    const f = figures(r, dir, run);
    expect(f.neededExamples, 'committed files the build needs, removed by the block').toEqual([]);
    expect(f.errorExamples, 'error findings that cannot be justified').toEqual([]);
    expect(f.driftExamples, 'drift entries naming committed paths').toEqual([]);
    expect(f.recall, `junk recall (${f.junkRemoved} of ${f.junkBytes} bytes; block: ${f.suggestions.join(', ')})`).toBeGreaterThanOrEqual(
      0.9,
    );
  }, 120_000);
});
