// Reading untrusted JSON (a baseline or a pull request's report from an artifact) field by field into fresh
// objects: every value checked for its type, every list and string bounded, unknown fields dropped, the
// schema version migrated or refused. A failure is one line naming the field ("targets[0].context.bytes
// must be a non-negative integer"). Pure; keeps nothing.
import { InputError } from '../util/errors.js';
import { SCHEMA_VERSION } from './report.js';

/** Bounds on untrusted reports: no list, string or target count beyond these is read. */
export const MAX_TARGETS = 100;
export const MAX_LIST = 1000;
/** Lists that grow with the user's files (findings, lines of an ignore file, COPY instructions): the artifact's own size bound (10 MB) keeps them small. */
export const MAX_LONG_LIST = 100_000;
export const MAX_STRING = 4096;

class Invalid extends Error {}

/** A reader of one value at a path such as `targets[0].context`. */
export type Check<T> = (v: unknown, at: string) => T;

/**
 * Runs `read` on a parsed JSON document of the report's schema: refuses a missing, older-than-known or newer
 * schemaVersion (migrating older ones), and turns any failure into one InputError naming `source`.
 */
export function readReportJson<T>(json: unknown, source: string, read: (r: Record<string, unknown>) => T): T {
  try {
    let r = obj(json, 'report');
    let version = r.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      throw new Invalid('schemaVersion is missing or not a positive integer');
    if (version > SCHEMA_VERSION)
      throw new Invalid(`schemaVersion ${version} is newer than this docker-size-guard understands (${SCHEMA_VERSION}); update the action`);
    while (version < SCHEMA_VERSION) r = MIGRATIONS[version++]!(r);
    return read(r);
  } catch (e) {
    if (e instanceof Invalid) throw new InputError(`not a valid docker-size-guard report: ${e.message}`, source);
    throw e;
  }
}

/** Migrations from schema version N to N+1, applied in order. Version 1 is the first. */
const MIGRATIONS: Record<number, (r: Record<string, unknown>) => Record<string, unknown>> = {};

/** The report's `tool`, with its version cut to 64 characters ("unknown" when absent). */
export function tool(v: unknown): { name: 'docker-size-guard'; version: string } {
  const t = v === undefined ? {} : obj(v, 'tool');
  return { name: 'docker-size-guard', version: typeof t.version === 'string' ? t.version.slice(0, 64) : 'unknown' };
}

export function obj(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(`${at} must be an object`);
  return v as Record<string, unknown>;
}
export function list(v: unknown, at: string, max = MAX_LIST): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(`${at} must be an array`);
  if (v.length > max) throw new Invalid(`${at} has ${v.length} entries, more than ${max}`);
  return v;
}
export function str(v: unknown, at: string, max = MAX_STRING): string {
  if (typeof v !== 'string') throw new Invalid(`${at} must be a string`);
  if (v.length > max) throw new Invalid(`${at} is longer than ${max} characters`);
  return v;
}
export function optStr(v: unknown, at: string): string | undefined {
  return v === undefined || v === null ? undefined : str(v, at);
}
/**
 * A count or byte figure. Figures are counted exactly up to 2^53 - 1 (9,007,199,254,740,991 bytes, 8 PiB), the
 * largest integer a JSON number keeps exactly; a larger one is refused with a line saying so, never rounded.
 */
export function count(v: unknown, at: string): number {
  if (typeof v === 'number' && Number.isInteger(v) && v > Number.MAX_SAFE_INTEGER) {
    throw new Invalid(`${at} is beyond 2^53 - 1 (9007199254740991), the largest figure counted exactly`);
  }
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new Invalid(`${at} must be a non-negative integer`);
  return v;
}
export function optCount(v: unknown, at: string): number {
  return v === undefined ? 0 : count(v, at);
}
export function optNullableCount(v: unknown, at: string): number | null {
  return v === undefined || v === null ? null : count(v, at);
}

// Combinators for the full report: a reader per field, checked by the compiler against the report's types.

export const string: Check<string> = (v, at) => str(v, at);
/** A path inside an image: absolute ("/usr/share"). */
export const absolutePath: Check<string> = (v, at) => {
  const p = str(v, at);
  if (!p.startsWith('/')) throw new Invalid(`${at} must be an absolute path`);
  return p;
};
export const longString =
  (max: number): Check<string> =>
  (v, at) =>
    str(v, at, max);
export const integer: Check<number> = (v, at) => count(v, at);
export const boolean: Check<boolean> = (v, at) => {
  if (typeof v !== 'boolean') throw new Invalid(`${at} must be true or false`);
  return v;
};
/** A finite number in [min, max]. */
export const between =
  (min: number, max: number): Check<number> =>
  (v, at) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      throw new Invalid(`${at} must be a number from ${min} to ${max}`);
    return v;
  };
/** A 1-based line number. */
export const lineNumber: Check<number> = (v, at) => {
  const n = count(v, at);
  if (n > 10_000_000) throw new Invalid(`${at} is not a line number`);
  return n;
};
export function nullable<T>(c: Check<T>): Check<T | null> {
  return (v, at) => (v === null ? null : c(v, at));
}
/** An optional field: absent (or null) reads as undefined, and the field is left out. */
export function optional<T>(c: Check<T>): Check<T | undefined> {
  return (v, at) => (v === undefined || v === null ? undefined : c(v, at));
}
/** A field never taken from untrusted input (recomputed by the reader's run). */
export const dropped: Check<undefined> = () => undefined;
export function arrayOf<T>(c: Check<T>, max = MAX_LIST): Check<T[]> {
  return (v, at) => list(v, at, max).map((x, i) => c(x, `${at}[${i}]`));
}
/** One of a closed set of strings: the model's list of them, or a record (so the compiler checks it lists every member). */
export function oneOf<T extends string>(values: readonly T[] | Record<T, true>): Check<T> {
  const allowed: readonly string[] = Array.isArray(values) ? values : Object.keys(values);
  return (v, at) => {
    if (typeof v !== 'string' || !allowed.includes(v)) throw new Invalid(`${at} must be one of ${allowed.join(', ')}`);
    return v as T;
  };
}
export function literal<T extends string | boolean>(value: T): Check<T> {
  return (v, at) => {
    if (v !== value) throw new Invalid(`${at} must be ${JSON.stringify(value)}`);
    return value;
  };
}
/** An object with exactly these fields read, in this order; fields reading as undefined are left out. */
export function shape<T>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  return (v, at) => {
    const o = obj(v, at || 'report');
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const value = fields[k](Object.hasOwn(o, k) ? o[k] : undefined, at === '' ? k : `${at}.${k}`);
      if (value !== undefined) out[k] = value;
    }
    return out as T;
  };
}
/** A union told apart by one field: `ok` for the image section. */
export function union<T>(key: string, variants: Record<string, Check<T>>): Check<T> {
  return (v, at) => {
    const tag = obj(v, at)[key];
    const variant = typeof tag === 'string' || typeof tag === 'boolean' ? variants[String(tag)] : undefined;
    if (!variant || !Object.hasOwn(variants, String(tag)))
      throw new Invalid(`${at}.${key} must be one of ${Object.keys(variants).join(', ')}`);
    return variant(v, at);
  };
}
