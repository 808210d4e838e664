// The full report's validator (src/model/parse-report.ts), which the comment half of the fork-safe pair runs on
// the pull request's artifact: a real report with an image and diagnostics reads back unchanged and renders
// the same; a hostile one is refused with one line naming the field.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { parseBaseline } from '../../src/model/baseline.js';
import { parseReport } from '../../src/model/parse-report.js';
import type { Report } from '../../src/model/report.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { InputError } from '../../src/util/errors.js';
import { tempDir } from '../image/helpers.js';
import { writeLayout } from '../image/oci.js';

let dir: string;
let full: Report;

beforeAll(async () => {
  dir = await tempDir('dsg-model-');
  const layout = path.join(dir, 'layout');
  await writeLayout(layout, [
    {
      platform: { os: 'linux', architecture: 'amd64' },
      layers: [
        { compression: 'gzip', createdBy: 'COPY requirements.txt .', files: { 'app/requirements.txt': 300 } },
        { compression: 'zstd', createdBy: 'COPY . .', files: { 'app/models/llm.bin': 40_000, 'app/gone': 500 } },
        { compression: 'gzip', createdBy: 'RUN rm app/gone', files: { 'app/.wh.gone': '' } },
      ],
      emptyHistory: ['CMD ["python"]'],
    },
  ]);
  const r = await runCli(['examples/llm-service', '--image-archive', layout, '--format', 'json'], { cwd: process.cwd() });
  expect(r.stderr).toBe('');
  // As the measure half uploads it: the measurement, before any comparison.
  const { comparison: _c, verdict: _v, ...measured } = JSON.parse(r.stdout) as Report;
  full = measured;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(full));
const refused = (json: unknown): string => {
  try {
    parseReport(json, 'artifact docker-size-report of run 7');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).oneLine();
  }
  throw new Error('accepted');
};

describe('parseReport: a real report', () => {
  it('has an image and diagnostics (the case that crashed the fork-safe pair)', () => {
    const t = full.targets[0]!;
    expect(t.image?.ok).toBe(true);
    expect(t.diagnostics?.suggestions.length).toBeGreaterThan(0);
  });

  it('reads back unchanged, field for field', () => {
    const parsed = parseReport(JSON.parse(renderJson(full)), 'a');
    expect(renderJson(parsed)).toBe(renderJson(full));
  });

  it('renders exactly as the measured report does', () => {
    const parsed = parseReport(JSON.parse(renderJson(full)), 'a');
    expect(renderMarkdown(parsed, {})).toBe(renderMarkdown(full, {}));
    expect(renderText(parsed, {})).toBe(renderText(full, {}));
  });

  it('never takes comparison or verdict from the artifact', () => {
    const json = { ...clone(), comparison: { hasBaseline: true, targets: 'x' }, verdict: { failed: true } };
    const parsed = parseReport(json, 'a');
    expect(parsed.comparison).toBeUndefined();
    expect(parsed.verdict).toBeUndefined();
  });

  it('an image that could not be measured stays an error section', () => {
    const json = clone() as { targets: Record<string, unknown>[] };
    json.targets[0]!.image = { ok: false, source: 'registry', reference: 'x:1', error: 'unauthorized' };
    expect(parseReport(json, 'a').targets[0]!.image).toEqual({ ok: false, source: 'registry', reference: 'x:1', error: 'unauthorized' });
    // and has no figures as a baseline
    expect(parseBaseline(json, 'a').targets[0]!.image).toBeNull();
  });
});

describe('parseReport: hostile input, one line naming the field', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the edits write any JSON anywhere
  type Edit = (r: any) => void;
  it.each<[string, Edit, string]>([
    ['wrong type', (r) => (r.targets[0].context.bytes = '12'), 'targets[0].context.bytes must be a non-negative integer'],
    ['missing field', (r) => delete r.targets[0].context.largestFiles, 'targets[0].context.largestFiles must be an array'],
    ['missing image field', (r) => delete r.targets[0].image.layers, 'targets[0].image.layers must be an array'],
    [
      'huge top list',
      (r) => (r.targets[0].context.largestFiles = new Array(1001).fill({ path: 'a', bytes: 1 })),
      'targets[0].context.largestFiles has 1001 entries, more than 1000',
    ],
    [
      'huge findings',
      (r) => (r.targets[0].diagnostics.findings = new Array(100_001).fill({})),
      'targets[0].diagnostics.findings has 100001 entries, more than 100000',
    ],
    ['huge string', (r) => (r.targets[0].warnings = ['x'.repeat(5000)]), 'targets[0].warnings[0] is longer than 4096 characters'],
    [
      'unknown family',
      (r) => (r.targets[0].diagnostics.suggestions[0].family = '__proto__'),
      'targets[0].diagnostics.suggestions[0].family must be one of',
    ],
    [
      'unknown severity',
      (r) => r.targets[0].diagnostics.findings.push({ rule: 'shadowed', severity: 'fatal', message: 'm' }),
      '.severity must be one of error, warning, notice',
    ],
    ['image neither ok nor failed', (r) => (r.targets[0].image.ok = 'yes'), 'targets[0].image.ok must be one of true, false'],
    [
      'layer share not a number',
      (r) => (r.targets[0].image.layers[0].share = null),
      'targets[0].image.layers[0].share must be a number from 0 to',
    ],
    ['NaN-like figure', (r) => (r.targets[0].image.waste.efficiency = 'NaN'), 'targets[0].image.waste.efficiency must be a number'],
    ['copied of the wrong shape', (r) => (r.targets[0].copied = []), 'targets[0].copied must be an object'],
    ['too many targets', (r) => (r.targets = new Array(101).fill(r.targets[0])), 'targets has 101 entries, more than 100'],
    ['newer schema', (r) => (r.schemaVersion = 99), 'schemaVersion 99 is newer than this docker-size-guard understands'],
  ])('%s', (_, edit, message) => {
    const json = clone();
    edit(json);
    const line = refused(json);
    expect(line).toContain(message);
    expect(line.startsWith('artifact docker-size-report of run 7: not a valid docker-size-guard report: ')).toBe(true);
    expect(line).not.toContain('\n');
  });

  it('is not the JSON itself', () => {
    expect(refused(null)).toContain('report must be an object');
    expect(refused([])).toContain('report must be an object');
  });

  it('keeps nothing it does not know', () => {
    const json = clone() as { targets: Record<string, unknown>[] } & Record<string, unknown>;
    json.extra = 'x';
    // biome-ignore lint/suspicious/noProto: the pollution attempt under test
    json.targets[0]!.__proto__ = { polluted: true };
    (json.targets[0]!.context as Record<string, unknown>).secret = 'y';
    const parsed = parseReport(json, 'a') as unknown as Record<string, unknown> & { targets: Record<string, unknown>[] };
    expect(parsed.extra).toBeUndefined();
    expect((parsed.targets[0]!.context as Record<string, unknown>).secret).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
