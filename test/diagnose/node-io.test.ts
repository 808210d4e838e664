// diagnose.ts nodeIo.readText: the first `max` bytes of a file, whatever its size against `max` and against the
// buffer it starts reading into (sized by the file, grown as needed).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/diagnose/diagnose.js';
import { tempRoot } from './helpers.js';

const { root, cleanup } = tempRoot('dsg-diag-io-');
afterAll(cleanup);

describe('nodeIo.readText reads the first max bytes', () => {
  const table: [number, number][] = [
    [0, 10],
    [5, 10],
    [10, 10],
    [11, 10],
    [64 * 1024 - 1, 1024 * 1024],
    [64 * 1024, 1024 * 1024],
    [64 * 1024 + 1, 1024 * 1024],
    [300 * 1024, 1024 * 1024],
    [300 * 1024, 200 * 1024],
    [2 * 1024 * 1024, 1024 * 1024],
  ];
  it.each(table)('a file of %d bytes, max %d', (size, max) => {
    const text = Array.from({ length: size }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    const file = join(root, `f-${size}-${max}`);
    writeFileSync(file, text);
    expect(nodeIo.readText(file, max)).toBe(text.slice(0, max));
  });
});
