// Where a path inside the image came from in the build context: the layer's COPY/ADD instruction (its
// history `created_by`) mapped back through its destination to a context path, whose size the context
// report knows, and the culprit family the diagnostics put it in. Pure, decided by small functions.
//  - BuildKit records `COPY <src>... <dest>` as written: an absolute <dest> maps the image path back exactly;
//    a relative one (`COPY . .`, relative to a WORKDIR the history does not record) is matched by the
//    image path's trailing components against the paths the context report lists, shortest first.
//  - The classic builder (and Buildah) record `COPY dir:<hash> in /app`: it maps back only when the
//    Dockerfile has a whole-context COPY/ADD to that destination (the report's `copied.wholeContext`).
import type { TargetReport } from '../model/report.js';
import { copiesWholeContext, destinationOf, instructionOf } from './history.js';

export interface ContextOrigin {
  /** The instruction as written (shortened by the renderer). */
  instruction: string;
  /** The path in the context, relative to it, no trailing slash. */
  contextPath: string;
  /** Its bytes in the context (what the build copies of it, else what the context holds); null when not listed. */
  bytes: number | null;
  /** The culprit family the diagnostics put it in ("Model weights and checkpoints"); null when none. */
  family: string | null;
}

function norm(p: string): string {
  const t = p.replace(/\/+$/, '').replace(/^\.\//, '');
  return t === '' ? '/' : t;
}

/** The image path relative to `dest` when it lies at or beneath it ("" at it); undefined otherwise. */
export function underDestination(path: string, dest: string): string | undefined {
  const d = norm(dest);
  if (d === '/') return path.replace(/^\/+/, '');
  if (path === d) return '';
  return path.startsWith(d + '/') ? path.slice(d.length + 1) : undefined;
}

/** The context paths the report lists, with their bytes (copied figures first). */
export function contextSizes(t: TargetReport): Map<string, number> {
  const m = new Map<string, number>();
  const add = (list: readonly { path: string; bytes: number }[] | undefined): void => {
    for (const p of list ?? []) if (!m.has(norm(p.path))) m.set(norm(p.path), p.bytes);
  };
  add(t.copied?.largestDirectories);
  add(t.copied?.largestFiles);
  add(t.context.largestDirectories);
  add(t.context.largestFiles);
  add(t.context.shallow);
  return m;
}

/** The words of a COPY/ADD from the context: sources and destination; undefined for anything else. */
export function copyWords(createdBy: string): { sources: string[]; dest: string; classic: boolean } | undefined {
  const s = instructionOf(createdBy);
  const m = /^(COPY|ADD)((?: --\S+)*) (.+)$/.exec(s);
  if (!m) return undefined;
  if (/--from=/.test(m[2]!)) return undefined;
  const rest = m[3]!;
  let words: string[];
  if (rest.startsWith('[')) {
    try {
      const arr = JSON.parse(rest) as unknown;
      if (!Array.isArray(arr) || !arr.every((w) => typeof w === 'string')) return undefined;
      words = arr as string[];
    } catch {
      return undefined;
    }
  } else words = rest.split(' ');
  if (words.length === 3 && /^(dir|file|multi):/.test(words[0]!) && words[1] === 'in')
    return { sources: [words[0]!], dest: words[2]!, classic: true };
  const dest = destinationOf(`${m[1]} ${rest}`) ?? words.at(-1);
  if (words.length < 2 || dest === undefined) return undefined;
  return { sources: words.slice(0, -1), dest, classic: false };
}

/** The context path an image path came from, when the layer's instruction copied it from the context. */
export function contextOrigin(path: string, createdBy: string | null, t: TargetReport): ContextOrigin | undefined {
  if (createdBy === null) return undefined;
  const w = copyWords(createdBy);
  if (!w) return undefined;
  const sizes = contextSizes(t);
  const instruction = instructionOf(createdBy);
  let candidates: string[] = [];
  if (w.classic) {
    const dests = (t.copied?.wholeContext ?? []).map((i) => destinationOf(i.instruction)).filter((d): d is string => d !== undefined);
    if (!copiesWholeContext(createdBy, dests)) return undefined;
    const rel = underDestination(path, w.dest);
    if (rel !== undefined) candidates = [rel];
  } else if (w.sources.length === 1 && !/[*?[]/.test(w.sources[0]!) && !/^[a-z]+:\/\//i.test(w.sources[0]!)) {
    const src = norm(w.sources[0]!);
    const base = src === '.' || src === '/' ? '' : src;
    if (w.dest.startsWith('/')) {
      const rel = underDestination(path, w.dest);
      if (rel !== undefined) candidates = [base && rel ? `${base}/${rel}` : base || rel];
    } else {
      // A relative destination: the image path's last 1, 2, ... components, under the source.
      const parts = path.split('/').filter(Boolean);
      for (let k = 1; k <= parts.length; k++) {
        const tail = parts.slice(parts.length - k).join('/');
        candidates.push(base ? `${base}/${tail}` : tail);
      }
    }
  }
  for (const c of candidates) {
    if (c === '') continue;
    const bytes = sizes.get(c);
    if (bytes === undefined && candidates.length > 1) continue;
    return { instruction, contextPath: c, bytes: bytes ?? null, family: familyOf(c, t) };
  }
  return undefined;
}

/** The culprit family of a context path: the diagnostics' suggestion whose examples hold it. */
export function familyOf(contextPath: string, t: TargetReport): string | null {
  const d = t.diagnostics;
  if (!d) return null;
  for (const s of d.suggestions) {
    if (s.family === 'other' || s.family === 'ignore-fix') continue;
    if (s.examples.some((e) => contextPath === e || contextPath.startsWith(e + '/'))) {
      return d.families.find((f) => f.family === s.family)?.label ?? s.family;
    }
  }
  return null;
}
