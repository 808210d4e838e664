// A directory is recognised by name only for the names the families list (families.ts NAMED_DIRS), never for a
// name that happens to be a property of every JavaScript object: "constructor/" once crashed the report
// ("Cannot read properties of undefined (reading 'toLowerCase')").
import { afterAll, describe, expect, it } from 'vitest';
import { namedDir } from '../../src/diagnose/families.js';
import { reportFor, tempRoot, writeTree } from './helpers.js';

const { root, cleanup } = tempRoot('dsg-diag-named-');
afterAll(cleanup);

describe('namedDir', () => {
  const table: [string, string | undefined][] = [
    ['models', 'model-weights'],
    ['logs', 'logs-temp'],
    ['data', 'data'],
    ['src', undefined],
    ['constructor', undefined],
    ['toString', undefined],
    ['__proto__', undefined],
    ['hasOwnProperty', undefined],
  ];
  it.each(table)('%j', (name, family) => {
    expect(namedDir(name)?.family).toBe(family);
  });

  it('a tree with directories named like Object.prototype properties is reported', async () => {
    const dir = writeTree(`${root}/proto`, {
      'constructor/a.txt': { size: 10 },
      'toString/b.py': { size: 20 },
      '__proto__/c.txt': { size: 30 },
      'models/w.safetensors': { size: 2_000_000 },
    });
    const { t, d } = await reportFor(dir);
    expect(t.context.files).toBe(4);
    expect(d.suggestions.map((s) => s.line)).toEqual(['**/*.safetensors']);
  });
});
