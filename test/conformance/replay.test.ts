// Replays every conformance case against the answers a real Docker engine recorded
// (test/fixtures/conformance/*.json, `npm run fixtures`), with no engine needed: the tool must
// list exactly what Docker put under /ctx. live.test.ts proves those fixtures still hold.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cases,
  describeDisagreement,
  materialise,
  toolArgv,
  truthFor,
  type BuilderAnswer,
  type ConformanceCase,
  type Fixture,
} from './cases.mjs';

const fixtureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/conformance');

function loadFixture(name: string): Fixture | undefined {
  try {
    return JSON.parse(readFileSync(path.join(fixtureDir, `${name}.json`), 'utf8')) as Fixture;
  } catch {
    return undefined;
  }
}

function sameAnswer(a: BuilderAnswer, b: BuilderAnswer): boolean {
  if (a.ok !== b.ok) return false;
  if (!a.ok || !b.ok) return true;
  return JSON.stringify(a.files) === JSON.stringify(b.files);
}

function title(c: ConformanceCase): string {
  return `${c.name} (${c.list}, truth: ${truthFor(c)})${c.disagree ? ` [classic≠BuildKit: ${c.disagree}]` : ''}`;
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('conformance replay: the tool against recorded Docker answers', () => {
  it('has at least 45 cases, 8 of them selective COPY, with unique names and a fixture each', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    expect(cases.filter((c) => c.list === 'copied').length).toBeGreaterThanOrEqual(8);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    const missing = cases.filter((c) => !loadFixture(c.name)).map((c) => c.name);
    expect(missing, 'record them with `npm run fixtures`').toEqual([]);
  });

  for (const c of cases) {
    it(`${title(c)}: fixture`, () => {
      const fx = loadFixture(c.name);
      if (!fx) throw new Error(`no fixture test/fixtures/conformance/${c.name}.json: run \`npm run fixtures\``);
      expect(fx.name).toBe(c.name);
      expect(fx.truth).toBe(truthFor(c));

      // The recorded builders agree exactly when the case says so (and the fixture's summary is right).
      const agree = sameAnswer(fx.classic, fx.buildkit);
      expect(fx.agree).toBe(agree);
      expect(fx.disagreement).toBe(describeDisagreement(fx.classic, fx.buildkit));
      expect(
        !agree,
        `classic vs BuildKit: recorded ${agree ? 'agreement' : fx.disagreement}; the case says ${c.disagree ?? 'agreement'}`,
      ).toBe(Boolean(c.disagree));

      const truth = fx[truthFor(c)];
      expect(truth.ok, `${truthFor(c)} build ${truth.ok ? 'succeeded' : 'failed'}`).toBe(!c.expectError);
      if (c.list === 'copied' && truth.ok) {
        // A copied case's Dockerfile mirrors each source path under /ctx: what the image holds are context paths.
        const notInContext = truth.files.filter((f) => !(f in c.files));
        expect(notInContext, 'copied cases must COPY each source to /ctx/<its context path>').toEqual([]);
      }
    });

    it(`${title(c)}: tool`, async () => {
      const fx = loadFixture(c.name);
      if (!fx) throw new Error(`no fixture test/fixtures/conformance/${c.name}.json: run \`npm run fixtures\``);
      const truth = fx[truthFor(c)];
      const dir = await mkdtemp(path.join(os.tmpdir(), 'dsg-replay-'));
      dirs.push(dir);
      await materialise(c, dir);
      const { runCli } = await import('../../src/cli/run.js');
      const r = await runCli(toolArgv(c, dir), { cwd: dir });
      if (truth.ok) {
        expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
        expect(r.stdout.split('\n').slice(0, -1)).toEqual(truth.files);
        expect(r.stdout).toBe(truth.files.map((f) => f + '\n').join(''));
      } else {
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.endsWith('\n') && !r.stderr.slice(0, -1).includes('\n'), `one line: ${JSON.stringify(r.stderr)}`).toBe(true);
        expect(r.stderr).toMatch(new RegExp(`\\.dockerignore:${c.errorLine}: `));
        expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
      }
    });
  }
});
