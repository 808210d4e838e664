// dist/ is what users and CI run: it must be exactly the bundle of src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';

const out = mkdtempSync(join(tmpdir(), 'dsg-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('dist/', () => {
  it.each(['index.js', 'cli.js'])('dist/%s equals a fresh bundle of src/ (run `npm run bundle`)', (file) => {
    execFileSync(process.execPath, ['scripts/bundle.mjs', out]);
    const fresh = readFileSync(join(out, file), 'utf8');
    const committed = readFileSync(join('dist', file), 'utf8');
    expect(committed === fresh, `dist/${file} is stale: run npm run bundle and commit dist/`).toBe(true);
  });

  it('src/version.ts matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
