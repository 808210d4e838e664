// Workflow-command injection (issue 14 item 7): the runner reads any stdout line starting with "::" as
// a command. Text with newlines — an input, a file name, an image reference — must never start one.
// The real @actions/core writes to the real stdout of a bounded child process, which is grepped whole.
import { describe, expect, it } from 'vitest';
import { safeLogLine } from '../../src/action/log.js';
import { finished, script } from './bounded.js';

/** A line the runner would run as a command whose data or name we did not write. */
const FORGED = /^\s*::[^\n]*INJECTED/m;

describe('the action log (core.info) cannot be made to issue workflow commands', () => {
  it.each([
    ['x\n::warning::INJECTED'],
    ['x\r\n::add-mask::INJECTED'],
    ['::error::INJECTED'],
    ['   ::stop-commands::INJECTED'],
    ['x\u2028::warning::INJECTED'],
    ['x\u001b[2K\r::warning::INJECTED'],
  ])('%j', (text) => {
    const line = safeLogLine(text);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it matches
    expect(line).not.toMatch(/[\r\n\u2028\u2029\u001b]/);
    expect(line).not.toMatch(FORGED);
    expect(line).toContain('INJECTED'); // shown, escaped, not dropped
  });

  it("the action's stdout, through core.info and the image progress lines, holds no forged command", async () => {
    const hostile = ['oci\n::warning::INJECTED', 'a\r::error title=x::INJECTED', '::add-mask::INJECTED', 'x\u2028::notice::INJECTED'];
    const r = finished(
      await script(
        'action-log',
        `import { readFileSync } from 'node:fs';
         import { info } from './src/action/log.ts';
         import { createProgress } from './src/image/progress.ts';
         const texts = JSON.parse(readFileSync(0, 'utf8'));
         let t = 0;
         for (const text of texts) {
           info('Baseline: skipped ' + text);
           const p = createProgress({ mode: 'lines', now: () => (t += 60_000), write: (s) => info(s.replace(/\\n$/, '')) });
           p.start('reading image archive ' + text);
           p.update(1, 2);
           p.finish();
         }`,
        hostile,
      ),
    );
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.includes('INJECTED')).length).toBe(hostile.length * 2); // every line printed
    expect(r.stdout).not.toMatch(FORGED);
  });
});
