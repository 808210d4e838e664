// A baseline is untrusted input (an artifact anyone's workflow could have produced): it is validated
// field by field and copied into a fresh object holding only what a comparison reads. Older schema
// versions are migrated here; a newer one is refused with a clear message.
import { SCHEMA_VERSION, type Report, type TargetReport } from './report.js';
import { InputError } from '../util/errors.js';

const MAX_TARGETS = 100;
const MAX_LIST = 1000;
const MAX_STRING = 4096;

/** Migrations from schema version N to N+1, applied in order. Version 1 is the first. */
const MIGRATIONS: Record<number, (r: Record<string, unknown>) => Record<string, unknown>> = {};

class Invalid extends Error {}

export function parseBaseline(json: unknown, source: string): Report {
  try {
    let r = obj(json, 'report');
    let version = r.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new Invalid('schemaVersion is missing or not a positive integer');
    if (version > SCHEMA_VERSION) throw new Invalid(`schemaVersion ${version} is newer than this docker-size-guard understands (${SCHEMA_VERSION}); update the action`);
    while (version < SCHEMA_VERSION) r = MIGRATIONS[version++]!(r);
    const tool = r.tool === undefined ? {} : obj(r.tool, 'tool');
    const targets = list(r.targets, 'targets', MAX_TARGETS).map((t, i) => target(t, `targets[${i}]`));
    return { schemaVersion: SCHEMA_VERSION, tool: { name: 'docker-size-guard', version: typeof tool.version === 'string' ? tool.version.slice(0, 64) : 'unknown' }, targets };
  } catch (e) {
    if (e instanceof Invalid) throw new InputError(`not a valid docker-size-guard report: ${e.message}`, source);
    throw e;
  }
}

function target(v: unknown, at: string): TargetReport {
  const t = obj(v, at);
  const c = obj(t.context, `${at}.context`);
  const copied = t.copied === null || t.copied === undefined ? null : obj(t.copied, `${at}.copied`);
  const out: TargetReport = {
    name: str(t.name, `${at}.name`),
    context: {
      path: optStr(c.path, `${at}.context.path`) ?? '',
      ignoreFile: optStr(c.ignoreFile, `${at}.context.ignoreFile`) ?? null,
      ignoreFilesNotUsed: [],
      patterns: optCount(c.patterns, `${at}.context.patterns`),
      ...totals(c, `${at}.context`),
    },
    copied: copied && {
      dockerfile: optStr(copied.dockerfile, `${at}.copied.dockerfile`) ?? '',
      target: optStr(copied.target, `${at}.copied.target`) ?? '',
      stages: [],
      wholeContext: [],
      instructions: [],
      ...totals(copied, `${at}.copied`),
    },
    warnings: [],
  };
  if (t.image !== undefined && t.image !== null) Object.assign(out, { image: image(t.image, `${at}.image`) });
  return out;
}

function totals(o: Record<string, unknown>, at: string) {
  return {
    bytes: count(o.bytes, `${at}.bytes`),
    files: count(o.files, `${at}.files`),
    symlinks: optCount(o.symlinks, `${at}.symlinks`),
    directories: optCount(o.directories, `${at}.directories`),
    other: optCount(o.other, `${at}.other`),
    unreadable: optCount(o.unreadable, `${at}.unreadable`),
    largestFiles: pathSizes(o.largestFiles, `${at}.largestFiles`),
    largestDirectories: pathSizes(o.largestDirectories, `${at}.largestDirectories`).map((p) => ({ ...p, files: 0 })),
    shallow: pathSizes(o.shallow, `${at}.shallow`),
    shallowTruncated: o.shallowTruncated === true,
  };
}

/** Only the image figures a comparison reads. */
function image(v: unknown, at: string) {
  const i = obj(v, at);
  return {
    unpackedBytes: optNullableCount(i.unpackedBytes, `${at}.unpackedBytes`),
    uncompressedBytes: optNullableCount(i.uncompressedBytes, `${at}.uncompressedBytes`),
    compressedBytes: optNullableCount(i.compressedBytes, `${at}.compressedBytes`),
    layers: (i.layers === undefined ? [] : list(i.layers, `${at}.layers`, MAX_LIST)).map((l, k) => {
      const layer = obj(l, `${at}.layers[${k}]`);
      return {
        createdBy: optStr(layer.createdBy, `${at}.layers[${k}].createdBy`) ?? '',
        unpackedBytes: optNullableCount(layer.unpackedBytes, `${at}.layers[${k}].unpackedBytes`),
        compressedBytes: optNullableCount(layer.compressedBytes, `${at}.layers[${k}].compressedBytes`),
        uncompressedBytes: optNullableCount(layer.uncompressedBytes, `${at}.layers[${k}].uncompressedBytes`),
      };
    }),
  };
}

function pathSizes(v: unknown, at: string) {
  if (v === undefined) return [];
  return list(v, at, MAX_LIST).map((p, i) => {
    const o = obj(p, `${at}[${i}]`);
    return { path: str(o.path, `${at}[${i}].path`), bytes: count(o.bytes, `${at}[${i}].bytes`) };
  });
}

function obj(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(`${at} must be an object`);
  return v as Record<string, unknown>;
}
function list(v: unknown, at: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(`${at} must be an array`);
  if (v.length > max) throw new Invalid(`${at} has ${v.length} entries, more than ${max}`);
  return v;
}
function str(v: unknown, at: string): string {
  if (typeof v !== 'string') throw new Invalid(`${at} must be a string`);
  if (v.length > MAX_STRING) throw new Invalid(`${at} is longer than ${MAX_STRING} characters`);
  return v;
}
function optStr(v: unknown, at: string): string | undefined {
  return v === undefined || v === null ? undefined : str(v, at);
}
function count(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new Invalid(`${at} must be a non-negative integer`);
  return v;
}
function optCount(v: unknown, at: string): number {
  return v === undefined ? 0 : count(v, at);
}
function optNullableCount(v: unknown, at: string): number | null {
  return v === undefined || v === null ? null : count(v, at);
}
