// The published JSON Schemas (schemas/) agree with the tool's own validators: every document of the valid corpora
// is accepted by both, every document of the invalid corpora refused by both. Also: the examples' config files name
// the schema for editors. Not pure: runs the CLI in-process on the examples and reads files; needs no server.
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseBaseline } from '../../src/model/baseline.js';
import { parseReport } from '../../src/model/parse-report.js';
import type { ImageError, ImageSection } from '../../src/model/image.js';
import { parseConfig } from '../../src/targets/config.js';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');
const ajv = new Ajv({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
const reportSchema = ajv.compile(JSON.parse(read('schemas/report-v1.schema.json')));
const configSchema = ajv.compile(JSON.parse(read('schemas/config.schema.json')));

/** The validators the tool reads untrusted reports with: the baseline's figures, and the whole report (fork-safe hand-off). */
const reportValidators: [string, (json: unknown) => void][] = [
  ['parseBaseline', (json) => parseBaseline(json, 'corpus.json')],
  ['parseReport', (json) => parseReport(json, 'corpus.json')],
];

function accepts(validate: (json: unknown) => void, json: unknown): boolean {
  try {
    validate(json);
    return true;
  } catch {
    return false;
  }
}

const schemaErrors = (): string => ajv.errorsText(reportSchema.errors ?? configSchema.errors);

async function cliReport(args: string[], cwd = root): Promise<Record<string, unknown>> {
  const r = await runCli([...args, '--format', 'json'], { cwd });
  expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
  return JSON.parse(r.stdout);
}

const image: ImageSection = {
  ok: true,
  source: 'archive',
  reference: 'image.tar',
  index: null,
  platform: 'linux/amd64',
  id: 'sha256:' + 'a'.repeat(64),
  digest: null,
  created: '2026-01-01T00:00:00Z',
  unpackedBytes: 2097259,
  uncompressedBytes: 2122752,
  compressedBytes: null,
  downloadBytes: null,
  engineReportedBytes: null,
  layerCount: 1,
  sizeBasis: 'unpacked',
  layers: [
    {
      index: 0,
      digest: null,
      diffId: 'sha256:' + 'b'.repeat(64),
      mediaType: null,
      compression: 'none',
      compressedBytes: null,
      uncompressedBytes: 2122752,
      unpackedBytes: 2097259,
      files: 3,
      share: 1,
      createdBy: 'COPY . /app # buildkit',
      created: null,
      comment: 'buildkit.dockerfile.v0',
      base: false,
      flags: ['copies-whole-context', 'large-share'],
    },
  ],
  base: null,
  own: { layers: 1, unpackedBytes: 2097259, compressedBytes: null },
  smokingGuns: [0],
  layerShareThreshold: 0.5,
  waste: {
    reclaimableBytes: 0,
    efficiency: 1,
    addedBytes: 2097259,
    topPaths: [],
    excluded: [],
    dive: { wastedBytes: 0, efficiency: 1, userSizeBytes: 0, wastedUserPercent: null },
  },
  tree: {
    version: 1,
    depth: 4,
    bytes: 2097259,
    files: 3,
    directories: [{ path: '/app', bytes: 2097259, files: 3, layer: 0 }],
    directoriesOmitted: 0,
    largestDirectories: [{ path: '/app', bytes: 2097259, files: 3, layer: 0 }],
    largestFiles: [{ path: '/app/models/w.bin', bytes: 2000000, layer: 0 }],
    layers: [{ index: 0, directories: [{ path: '/app', bytes: 2097259, files: 3 }] }],
  },
  otherPlatforms: [],
  warnings: [],
};
const imageError: ImageError = { ok: false, source: 'engine', reference: 'app:missing', error: 'no such image: app:missing' };

const valid: Record<string, unknown> = {};
beforeAll(async () => {
  valid['llm-service'] = await cliReport(['examples/llm-service']);
  valid['node-monorepo'] = await cliReport(['examples/node-monorepo']);
  valid['context only'] = await cliReport(['examples/monorepo/services/api/src']);
  valid['monorepo: comparison and verdict'] = await cliReport(
    ['--config', '.github/docker-size.yml', '--baseline', 'baseline.json'],
    join(root, 'examples/monorepo'),
  );
  valid['examples/monorepo/baseline.json'] = JSON.parse(read('examples/monorepo/baseline.json'));
  const withImage = structuredClone(valid['llm-service']) as { targets: Record<string, unknown>[] };
  withImage.targets[0]!.image = image;
  valid['an image section'] = withImage;
  const withImageError = structuredClone(valid['llm-service']) as { targets: Record<string, unknown>[] };
  withImageError.targets[0]!.image = imageError;
  valid['an image that could not be measured'] = withImageError;
}, 120_000);

/** A broken report; the last element names the validators that read the broken field, when not all do. */
// biome-ignore lint/suspicious/noExplicitAny: a mutation reaches into any field of an untyped JSON document
type Mutation = [name: string, mutate: (r: any) => void, readers?: string[]];
const invalid: Mutation[] = [
  ['schemaVersion 2 (newer)', (r) => (r.schemaVersion = 2)],
  ['no schemaVersion', (r) => delete r.schemaVersion],
  ['schemaVersion as text', (r) => (r.schemaVersion = '1')],
  ['targets not a list', (r) => (r.targets = {})],
  ['no targets', (r) => delete r.targets],
  ['more than 100 targets', (r) => (r.targets = Array.from({ length: 101 }, () => r.targets[0]))],
  ['a target without a name', (r) => delete r.targets[0].name],
  ['a target name that is a number', (r) => (r.targets[0].name = 7)],
  ['a name longer than 4096 characters', (r) => (r.targets[0].name = 'x'.repeat(4097))],
  ['a target without context', (r) => delete r.targets[0].context],
  ['negative bytes', (r) => (r.targets[0].context.bytes = -1)],
  ['fractional bytes', (r) => (r.targets[0].context.bytes = 1.5)],
  ['bytes as text', (r) => (r.targets[0].context.bytes = '2259525')],
  ['bytes above 2^53', (r) => (r.targets[0].context.bytes = 2 ** 53 + 2)],
  ['no file count', (r) => delete r.targets[0].context.files],
  ['a negative symlink count', (r) => (r.targets[0].context.symlinks = -3)],
  // The baseline's figures do not include the largest files: only the whole-report reader checks them.
  ['a largest file without a path', (r) => delete r.targets[0].context.largestFiles[0].path, ['parseReport']],
  [
    'more than 1000 largest files',
    (r) => (r.targets[0].context.largestFiles = Array.from({ length: 1001 }, () => ({ path: 'a', bytes: 1 }))),
    ['parseReport'],
  ],
  ['tarBytes negative', (r) => (r.targets[0].context.tarBytes = -1), ['parseReport']],
  ['copied as text', (r) => (r.targets[0].copied = 'all')],
  ['copied bytes negative', (r) => (r.targets[0].copied.bytes = -5)],
  ['image layers not a list', (r) => (r.targets[0].image = { ...image, layers: {} })],
  ['image bytes negative', (r) => (r.targets[0].image = { ...image, unpackedBytes: -1 })],
  [
    'an image tree path that is not absolute',
    (r) => (r.targets[0].image = { ...image, tree: { ...image.tree, largestFiles: [{ path: 'app/x', bytes: 1, layer: 0 }] } }),
  ],
  [
    'an image tree directory with negative bytes',
    (r) => (r.targets[0].image = { ...image, tree: { ...image.tree, directories: [{ path: '/app', bytes: -1, files: 0, layer: 0 }] } }),
  ],
  ['the report is a list', (r) => Object.setPrototypeOf(r, Array.prototype)],
];

describe('schemas/report-v1.schema.json agrees with the validators', () => {
  it('has the corpora', () => {
    expect(Object.keys(valid).length).toBe(7);
  });

  it.each([
    'llm-service',
    'node-monorepo',
    'context only',
    'monorepo: comparison and verdict',
    'examples/monorepo/baseline.json',
    'an image section',
    'an image that could not be measured',
  ])('valid: %s', (name) => {
    const doc = valid[name];
    expect(reportSchema(doc), schemaErrors()).toBe(true);
    for (const [v, validate] of reportValidators) expect(accepts(validate, doc), v).toBe(true);
  });

  it.each(invalid)('invalid: %s', (_name, mutate, readers) => {
    // biome-ignore lint/suspicious/noExplicitAny: the mutations write into an untyped JSON document
    const doc = structuredClone(valid['an image section']) as any;
    mutate(doc);
    const json = Array.isArray(doc) || Object.getPrototypeOf(doc) === Array.prototype ? [doc] : doc;
    expect(reportSchema(json), 'the schema accepts it').toBe(false);
    for (const [v, validate] of reportValidators)
      if (!readers || readers.includes(v)) expect(accepts(validate, json), `${v} accepts it`).toBe(false);
  });

  it('the monorepo report exercises comparison and verdict', () => {
    const r = valid['monorepo: comparison and verdict'] as { comparison: { hasBaseline: boolean }; verdict: { breaches: unknown[] } };
    expect(r.comparison.hasBaseline).toBe(true);
    expect(r.verdict.breaches.length).toBeGreaterThan(0);
  });
});

const validConfigs: [string, string][] = [
  ['the monorepo example', read('examples/monorepo/.github/docker-size.yml')],
  ['one target, context only', 'targets:\n  - context: .\n'],
  ['numbers read as text', 'targets:\n  - name: 7\n    context: 8\n    build-args: { A: 1, B: true }\n'],
  [
    'plain and leveled budgets, binary units, percent growth',
    'budgets:\n  image: 1.5GiB\n  image-compressed: { warn: 500MB }\n  copied-increase: 5MB\n  context-increase: { warn: 10%, fail: 50 % }\ntargets:\n  - context: a\n',
  ],
  ['a number as a size', 'budgets: { context: 1000000 }\ntargets: [{ context: a }]\n'],
  ['min-change as a percentage and fail-on-budget', 'min-change: 1%\nfail-on-budget: false\ntargets: [{ context: a }]\n'],
  [
    'an image and an image archive on different targets',
    'targets:\n  - { name: a, image: app:1 }\n  - { name: b, image-archive: b.tar }\n',
  ],
  ['an empty budgets mapping of a level', 'targets:\n  - context: a\n    budgets: { context: {} }\n'],
];
const invalidConfigs: [string, string][] = [
  ['no targets', 'budgets: { context: 1MB }\n'],
  ['empty targets', 'targets: []\n'],
  ['targets not a list', 'targets: { context: a }\n'],
  ['an unknown top-level key', 'target: []\ntargets: [{ context: a }]\n'],
  ['an unknown target key', 'targets: [{ contxt: a }]\n'],
  ['an unknown budget', 'budgets: { size: 1MB }\ntargets: [{ context: a }]\n'],
  ['a percentage for an absolute budget', 'budgets: { context: 10% }\ntargets: [{ context: a }]\n'],
  ['an unknown unit', 'budgets: { context: 10 parsecs }\ntargets: [{ context: a }]\n'],
  ['a negative size', 'budgets: { context: -5 }\ntargets: [{ context: a }]\n'],
  ['an unknown level', 'budgets: { context: { error: 1MB } }\ntargets: [{ context: a }]\n'],
  ['fail-on-budget as text', 'fail-on-budget: "no"\ntargets: [{ context: a }]\n'],
  ['min-change that is not a size', 'min-change: lots\ntargets: [{ context: a }]\n'],
  ['a target that is a string', 'targets: [a]\n'],
  ['a null context', 'targets:\n  - context:\n'],
  ['build-args as a list', 'targets:\n  - context: a\n    build-args: [A=1]\n'],
  ['image and image-archive on one target', 'targets:\n  - { image: app:1, image-archive: a.tar }\n'],
  ['a list at the top', '- targets: []\n'],
];

describe('schemas/config.schema.json agrees with the config validator', () => {
  it.each(validConfigs)('valid: %s', (_name, text) => {
    expect(() => parseConfig(text, 'docker-size.yml')).not.toThrow();
    expect(configSchema(parseYaml(text)), ajv.errorsText(configSchema.errors)).toBe(true);
  });

  it.each(invalidConfigs)('invalid: %s', (_name, text) => {
    expect(() => parseConfig(text, 'docker-size.yml')).toThrow();
    expect(configSchema(parseYaml(text)), 'the schema accepts it').toBe(false);
  });

  it('leaves to the validator what a JSON Schema cannot say: two targets with the same name', () => {
    const text = 'targets:\n  - { name: a, context: x }\n  - { name: a, context: y }\n';
    expect(() => parseConfig(text, 'docker-size.yml')).toThrow(/two targets are named "a"/);
    expect(configSchema(parseYaml(text))).toBe(true);
  });

  it('the examples name the schema for editors (yaml-language-server)', () => {
    for (const file of ['examples/monorepo/.github/docker-size.yml']) {
      const first = read(file).split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, `${file} starts with the schema comment`).not.toBeNull();
      expect(resolve(dirname(join(root, file)), m![1]!)).toBe(join(root, 'schemas/config.schema.json'));
    }
  });
});
