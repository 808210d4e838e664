import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/targets/config.js';

describe('config file', () => {
  it('reads targets, build args and budgets at both levels', () => {
    const c = parseConfig(
      [
        'min-change: 1%',
        'fail-on-budget: false',
        'budgets:',
        '  context: 1GB',
        'targets:',
        '  - name: api',
        '    context: services/api',
        '    dockerfile: services/api/Dockerfile',
        '    build-args: { A: "1", B: 2 }',
        '    budgets:',
        '      image: { warn: 500MB, fail: 1GiB }',
        '  - context: worker',
      ].join('\n'),
      'cfg.yml',
    );
    expect(c.minChange).toEqual({ kind: 'percent', percent: 1, text: '1%' });
    expect(c.failOnBudget).toBe(false);
    expect(c.budgets.map((b) => [b.key, b.level, b.limit.kind === 'bytes' && b.limit.bytes, b.source])).toEqual([
      ['context', 'fail', 1e9, 'cfg.yml:4'],
    ]);
    expect(c.targets.map((t) => [t.name, t.context, t.dockerfile, t.buildArgs])).toEqual([
      ['api', 'services/api', 'services/api/Dockerfile', { A: '1', B: '2' }],
      ['worker', 'worker', undefined, {}],
    ]);
    expect(c.targets[0]!.budgets.map((b) => [b.key, b.level, b.source])).toEqual([
      ['image', 'warn', 'cfg.yml:11'],
      ['image', 'fail', 'cfg.yml:11'],
    ]);
  });

  it('finds every problem with its line, and prints the first and how many more', () => {
    const text = [
      'targets:',
      '  - name: a',
      '    contxt: x',
      '    budgets:',
      '      context: lots',
      '      size: 1MB',
      '  - name: a',
      'min-change: never',
      'colour: blue',
    ].join('\n');
    try {
      parseConfig(text, 'cfg.yml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).oneLine()).toBe(
        'cfg.yml:3: unknown key "contxt" in a target; known: name, context, dockerfile, target, build-args, image, image-archive, budgets (and 5 more problems)',
      );
      expect((e as ConfigError).problems.map((p) => `cfg.yml:${p.line}: ${p.message}`)).toEqual([
        'cfg.yml:3: unknown key "contxt" in a target; known: name, context, dockerfile, target, build-args, image, image-archive, budgets',
        'cfg.yml:5: budget context: invalid budget "lots": expected a size such as 200MB or 1.5GiB',
        'cfg.yml:6: unknown budget "size"; known: context, context-increase, copied, copied-increase, image, image-increase, image-compressed, image-compressed-increase',
        'cfg.yml:7: two targets are named "a"; give each a unique name',
        'cfg.yml:8: min-change must be a size (10kB) or a percentage (1%), got "never"',
        'cfg.yml:9: unknown key "colour"; known: targets, budgets, min-change, fail-on-budget',
      ]);
    }
  });

  it.each([
    ['targets: [', 'cfg.yml:1:'],
    ['- a\n- b', 'cfg.yml:1: expected a mapping'],
    ['budgets: {}', 'cfg.yml:1: targets is missing'],
    ['targets: []', 'cfg.yml:1: targets must be a non-empty list'],
    ['targets:\n  - image: a\n    image-archive: b', 'cfg.yml:2: a target takes image or image-archive, not both'],
  ])('%j is an error', (text, start) => {
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(ConfigError);
    try {
      parseConfig(text, 'cfg.yml');
    } catch (e) {
      expect((e as ConfigError).oneLine().startsWith(start)).toBe(true);
    }
  });
});
