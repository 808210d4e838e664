// The walk's progress (issue 16 item 4): on a terminal after 0.5 s, redrawn at most every 100 ms and
// cleared at the end; in GitHub Actions a line every 10 s; nothing otherwise. The clock is passed in.
import { describe, expect, it } from 'vitest';
import { cliWalkProgress, createWalkProgress, walkProgressText } from '../../src/context/progress.js';

function run(mode: 'tty' | 'lines' | 'off', ticks: number[]) {
  let now = 0;
  const out: string[] = [];
  const p = createWalkProgress({ mode, write: (s) => out.push(s), now: () => now });
  for (const t of ticks) {
    now = t;
    p?.update(t, t * 1000, 'node_modules');
  }
  p?.finish();
  return { p, out };
}

describe('walk progress', () => {
  it('on a terminal: nothing in the first half second, then one redrawn line, cleared at the end', () => {
    const { out } = run('tty', [100, 499, 500, 550, 650, 700]);
    expect(out).toEqual([
      `\r\x1b[K${walkProgressText(500, 500_000, 'node_modules')}`,
      `\r\x1b[K${walkProgressText(650, 650_000, 'node_modules')}`,
      '\r\x1b[K',
    ]);
  });

  it('a quick walk on a terminal writes nothing at all', () => {
    expect(run('tty', [10, 200, 400]).out).toEqual([]);
  });

  it('in GitHub Actions: a plain line every 10 s', () => {
    const { out } = run('lines', [5_000, 10_000, 15_000, 20_000, 29_000]);
    expect(out).toEqual([
      `docker-size-guard: ${walkProgressText(10_000, 10_000_000, 'node_modules')}\n`,
      `docker-size-guard: ${walkProgressText(20_000, 20_000_000, 'node_modules')}\n`,
    ]);
  });

  it('elsewhere nothing, and the CLI picks the mode from the terminal and the environment', () => {
    expect(run('off', [1_000, 20_000]).p).toBeUndefined();
    expect(cliWalkProgress(false, {}, () => {})).toBeUndefined();
    expect(cliWalkProgress(true, {}, () => {})).toBeDefined();
    expect(cliWalkProgress(false, { GITHUB_ACTIONS: 'true' }, () => {})).toBeDefined();
    expect(cliWalkProgress(true, {}, undefined)).toBeUndefined();
  });

  it('names are shown without control characters', () => {
    // As every other line from untrusted text (src/util/terminal.ts): control and bidi characters as visible escapes.
    expect(walkProgressText(1, 1, 'evil\x1b[31m\n::error::x\u202e')).toBe(
      'walking the context: 1 entry, 1 B, in evil\\x1b[31m\\x0a::error::x\\u{202e}',
    );
  });
});
