// A budget over bytes that could not be read (issue 14 item 4) fails the check at the fail level, and the action
// says so everywhere a breach would be said: the `breached` output, the annotations, and the label override does
// not accept it (the label speaks for the breaches a reviewer can see).
import { describe, expect, it } from 'vitest';
import { acceptBreaches } from '../../src/action/approval.js';
import { annotations, figureOutputs } from '../../src/action/outputs.js';
import { failsBudget, type Verdict } from '../../src/model/verdict.js';
import { report, target } from '../model/reports.js';

const unknownFail: Verdict = {
  breaches: [],
  failed: true,
  unchecked: [
    { target: 'app', key: 'context', reason: '3 entries could not be read: the figure is a lower bound', level: 'fail', unknown: true },
  ],
};

describe('unknown bytes at the fail level', () => {
  it('count as failing, and the breached output is "true"', () => {
    expect(failsBudget(unknownFail)).toBe(true);
    expect(failsBudget({ ...unknownFail, unchecked: [{ ...unknownFail.unchecked[0]!, level: 'warn' }] })).toBe(false);
    const r = { ...report([target('app', 10)]), verdict: unknownFail };
    expect(figureOutputs(r).breached).toBe('true');
  });

  it('are annotated as an error naming the figure and why', () => {
    const r = { ...report([target('app', 10)]), verdict: unknownFail };
    const { shown } = annotations(r, unknownFail);
    expect(shown.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'the context budget could not be checked: 3 entries could not be read: the figure is a lower bound',
    ]);
  });

  it('are not accepted by the allow-label, which accepts the visible breaches only', () => {
    const withBreach: Verdict = {
      ...unknownFail,
      breaches: [
        {
          target: 'other',
          key: 'context',
          level: 'fail',
          limit: { kind: 'bytes', bytes: 1, text: '1B' },
          actual: 5,
          margin: 4,
          source: '--budget-context',
        },
      ],
    };
    const accepted = acceptBreaches(withBreach, { label: 'size-ok', by: undefined });
    expect(accepted.breaches.every((b) => b.level === 'warn')).toBe(true);
    expect(accepted.failed).toBe(true);
    const onlyBreach = acceptBreaches({ ...withBreach, unchecked: [] }, { label: 'size-ok', by: undefined });
    expect(onlyBreach.failed).toBe(false);
  });
});
