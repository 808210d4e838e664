// Chooses the block of .dockerignore lines from what the walk collected: greedily, the line that
// removes the most bytes given the lines already chosen, so each line's savings are marginal in the
// order written and their sum is exactly what appending the block removes. Pure.
import { PatternMatcher } from '../patterns/matcher.js';
import { compareCodePoints } from '../util/sort.js';
import { ORIGIN_RANK, type Candidate } from './candidates.js';
import type { Collected } from './collector.js';
import { dockerExcludes } from './docker-syntax.js';
import { FAMILY_LABELS, LARGE_FILE_FLOOR, MIN_DATA_FILE } from './families.js';
import type { FamilyBytes, FamilyId, FixBlock, Savings, Suggestion, Withheld } from '../model/diagnostics.js';

export interface BlockTarget {
  /** The ignore file the build uses, as displayed, or where --fix would create one. */
  file: string;
  exists: boolean;
  /** Its context-relative path when it lies in the context (or would, once created). */
  contextPath: string | undefined;
  /** The file is empty or ends with a newline. */
  endsWithNewline: boolean;
}

export interface Choice {
  suggestions: Suggestion[];
  withheld: Withheld[];
  families: FamilyBytes[];
  block: FixBlock | null;
  savings: Savings;
  /** Total bytes and files each candidate removes on its own. */
  totals: Map<number, { bytes: number; files: number }>;
  /** Candidates that pass their content test (whether or not chosen). */
  recognised: Set<number>;
  picked: Candidate[];
  /** What a candidate would still remove after the chosen lines, and which chosen lines overlap it. */
  coverage: (id: number) => { bytes: number; files: number; by: string[] };
}

const FAMILY_ORDER: FamilyId[] = [
  'vcs',
  'venv',
  'node_modules',
  'python-cache',
  'model-weights',
  'data',
  'build-output',
  'logs-temp',
  'editor-os',
  'secrets',
  'large-files',
];

export function choose(collected: Collected, before: number, target: BlockTarget): Choice {
  const { candidates, aggs, groups } = collected;
  const byId = (id: number): Candidate => candidates[id]!;
  const keysOf = new Map<number, number[]>(); // candidate -> indexes of the sets holding it
  aggs.forEach((a, k) => {
    for (const id of a.ids) {
      const list = keysOf.get(id);
      if (list) list.push(k);
      else keysOf.set(id, [k]);
    }
  });

  const groupsOf = new Map<number, number[]>(); // candidate -> indexes of the link groups it touches
  groups.forEach((g, i) => {
    for (const id of new Set(g.aggs.flatMap((a) => a.ids))) {
      const list = groupsOf.get(id);
      if (list) list.push(i);
      else groupsOf.set(id, [i]);
    }
  });

  // What each line removes on its own.
  const totals = new Map<number, { bytes: number; files: number }>();
  for (const c of candidates) {
    let bytes = 0;
    let files = 0;
    for (const k of keysOf.get(c.id) ?? []) {
      bytes += aggs[k]!.bytes;
      files += aggs[k]!.files;
    }
    for (const i of groupsOf.get(c.id) ?? []) if (groups[i]!.aggs.every((a) => a.ids.includes(c.id))) bytes += groups[i]!.size;
    totals.set(c.id, { bytes, files });
  }

  // Content tests: which literal directories and guarded lines are what their family says.
  const recognised = new Set<number>();
  for (const c of candidates) if (passesOwnTest(c, totals.get(c.id)!.bytes, before)) recognised.add(c.id);
  // "**/models" only where every models/ directory passed the test, and there are several (one is named by its path).
  for (const c of candidates) {
    if (c.guard !== 'pure' || !recognised.has(c.id)) continue;
    const family = c.family;
    const dirs = new Set<number>();
    const pure = (keysOf.get(c.id) ?? []).every((k) => {
      const a = aggs[k]!;
      const dir = a.ids.find((id) => id !== c.id && byId(id).origin === 'dir' && byId(id).family === family && recognised.has(id));
      if (dir !== undefined) dirs.add(dir);
      return a.files === 0 || dir !== undefined;
    });
    if (!pure || (dirs.size < 2 && c.origin === 'static')) recognised.delete(c.id);
  }

  // Greedy choice among the lines the build does not need.
  const eligible = candidates.filter((c) => recognised.has(c.id) && c.blockable && c.neededCount === 0);
  const removed = new Array<boolean>(aggs.length).fill(false);
  const groupGone = new Array<boolean>(groups.length).fill(false);
  const picked: Candidate[] = [];
  const pickedSet = new Set<number>();
  const suggestions: Suggestion[] = [];
  const marginal = (c: Candidate): { bytes: number; files: number; copied: number } => {
    let bytes = 0;
    let files = 0;
    let copied = 0;
    for (const k of keysOf.get(c.id) ?? []) {
      if (removed[k]) continue;
      const a = aggs[k]!;
      bytes += a.bytes;
      files += a.files;
      copied += a.copiedBytes;
    }
    for (const i of groupsOf.get(c.id) ?? []) {
      const g = groups[i]!;
      if (groupGone[i]) continue;
      if (g.aggs.every((a) => a.ids.includes(c.id) || a.ids.some((id) => pickedSet.has(id)))) {
        bytes += g.size;
        if (g.copied) copied += g.size;
      }
    }
    return { bytes, files, copied };
  };
  for (;;) {
    let best: Candidate | undefined;
    let bestM = { bytes: 0, files: 0, copied: 0 };
    for (const c of eligible) {
      if (pickedSet.has(c.id)) continue;
      const m = marginal(c);
      if (m.files === 0 && m.bytes === 0) continue;
      if (!best || better(m, c, bestM, best)) {
        best = c;
        bestM = m;
      }
    }
    if (!best) break;
    picked.push(best);
    pickedSet.add(best.id);
    for (const k of keysOf.get(best.id) ?? []) removed[k] = true;
    for (const i of groupsOf.get(best.id) ?? []) {
      if (!groupGone[i] && groups[i]!.aggs.every((a) => a.ids.some((id) => pickedSet.has(id)))) groupGone[i] = true;
    }
    suggestions.push({
      line: best.line,
      family: best.family,
      bytes: bestM.bytes,
      files: bestM.files,
      copiedBytes: bestM.copied,
      examples: best.examples.slice(0, 3),
      ...(noteFor(best) ? { note: noteFor(best) } : {}),
    });
  }

  // Lines withheld because the build needs part of what they would remove (what they would still remove).
  const pickedLines = new Set(picked.map((c) => c.line));
  const withheld: Withheld[] = [];
  const withheldLines = new Set<string>();
  for (const c of candidates) {
    if (!recognised.has(c.id) || !c.blockable || c.neededCount === 0) continue;
    if (pickedLines.has(c.line) || withheldLines.has(c.line)) continue; // one row per line (a probe may repeat a family's line)
    withheldLines.add(c.line);
    const m = marginal(c);
    if (m.files === 0 && m.bytes === 0) continue;
    withheld.push({ line: c.line, family: c.family, bytes: m.bytes, files: m.files, neededBy: c.needed });
  }
  withheld.sort((a, b) => b.bytes - a.bytes || compareCodePoints(a.line, b.line));

  const coverage = (id: number): { bytes: number; files: number; by: string[] } => {
    const m = marginal(byId(id));
    const by = picked.filter((p) => (keysOf.get(id) ?? []).some((k) => aggs[k]!.ids.includes(p.id))).map((p) => p.line);
    return { bytes: m.bytes, files: m.files, by };
  };
  const families = familyBytes(collected, picked, recognised);
  const removedBytes = suggestions.reduce((s, x) => s + x.bytes, 0);
  const removedFiles = suggestions.reduce((s, x) => s + x.files, 0);
  const block = picked.length === 0 ? null : makeBlock(picked, target, collected, pickedSet);
  const savings: Savings = { before, removed: removedBytes, removedFiles, after: before - removedBytes + (block?.contextGrowth ?? 0) };
  return { suggestions, withheld: withheld.slice(0, 20), families, block, savings, totals, recognised, picked, coverage };
}

function better(m: { bytes: number; files: number }, c: Candidate, bm: { bytes: number; files: number }, b: Candidate): boolean {
  if (m.bytes !== bm.bytes) return m.bytes > bm.bytes;
  if (m.files !== bm.files) return m.files > bm.files;
  if (ORIGIN_RANK[c.origin] !== ORIGIN_RANK[b.origin]) return ORIGIN_RANK[c.origin] < ORIGIN_RANK[b.origin];
  // Static lines in the order of families.ts ("**/__pycache__" before "**/*.pyc"); others by the line itself.
  if (c.origin === 'static') return c.id < b.id;
  return compareCodePoints(c.line, b.line) < 0;
}

function passesOwnTest(c: Candidate, bytes: number, before: number): boolean {
  if (c.dropped) return false;
  switch (c.guard) {
    case 'min-size':
      if (c.minSelfFileSize < MIN_DATA_FILE) return false;
      break;
    case 'no-template':
      if (c.hasTemplate) return false;
      break;
    case 'private-key':
      if (!c.allPrivateKeys) return false;
      break;
    default:
  }
  if (c.origin === 'dir') {
    if (c.dirTest === 'weights') return c.weightFiles > 0 && c.codeFiles === 0;
    if (c.dirTest === 'data') return c.codeFiles === 0 && (c.dataFiles + c.weightFiles > 0 || bytes >= MIN_DATA_FILE);
    if (c.dirTest === 'no-code') return c.codeFiles === 0;
  }
  if (c.origin === 'file' && c.family === 'large-files') return c.size >= Math.max(LARGE_FILE_FLOOR, before / 100);
  return true;
}

function noteFor(c: Candidate): string | undefined {
  if (c.habitLines.length > 0) return `what line ${c.habitLines.join(', ')} of the ignore file meant: Docker matches it at the root only`;
  if (c.family === 'large-files') return 'a large file that belongs to no family';
  if (c.origin === 'dir' && c.family === 'venv') return 'a virtual environment (it holds pyvenv.cfg)';
  return c.note;
}

function familyBytes(collected: Collected, picked: Candidate[], recognised: Set<number>): FamilyBytes[] {
  const order = new Map(picked.map((c, i) => [c.id, i]));
  const sums = new Map<FamilyId, { bytes: number; files: number }>();
  const familyOf = (ids: readonly number[]): FamilyId => {
    let best: Candidate | undefined;
    for (const id of ids) {
      const i = order.get(id);
      if (i !== undefined && (best === undefined || i < order.get(best.id)!)) best = collected.candidates[id];
    }
    if (best) return best.family;
    let family: FamilyId = 'other';
    for (const id of ids) {
      const c = collected.candidates[id]!;
      if (!recognised.has(id) || c.family === 'ignore-fix') continue;
      if (family === 'other' || FAMILY_ORDER.indexOf(c.family) < FAMILY_ORDER.indexOf(family)) family = c.family;
    }
    return family;
  };
  const add = (f: FamilyId, bytes: number, files: number): void => {
    const s = sums.get(f) ?? { bytes: 0, files: 0 };
    s.bytes += bytes;
    s.files += files;
    sums.set(f, s);
  };
  for (const a of collected.aggs) add(familyOf(a.ids), a.bytes, a.files);
  for (const g of collected.groups) add(familyOf(g.aggs[0]!.ids), g.size, 0);
  return [...sums.entries()]
    .filter(([, s]) => s.bytes > 0 || s.files > 0)
    .map(([family, s]) => ({ family, label: FAMILY_LABELS[family], bytes: s.bytes, files: s.files }))
    .sort(
      (a, b) =>
        (a.family === 'other' ? 1 : 0) - (b.family === 'other' ? 1 : 0) || b.bytes - a.bytes || compareCodePoints(a.family, b.family),
    );
}

export const BLOCK_HEADER = '# Added by docker-size-guard --fix (Docker syntax: **/ matches at any depth)';

function makeBlock(picked: Candidate[], target: BlockTarget, collected: Collected, pickedSet: Set<number>): FixBlock {
  const body = [BLOCK_HEADER, ...picked.map((c) => c.line)].join('\n') + '\n';
  const text = (target.exists && !target.endsWithNewline ? '\n' : '') + body;
  let inContext = false;
  if (target.contextPath !== undefined) {
    if (target.exists) {
      const ids = collected.buildFilesSeen.get(target.contextPath);
      inContext = ids !== undefined && !ids.some((id) => pickedSet.has(id));
    } else {
      inContext = !dockerExcludes(new PatternMatcher(picked.map((c) => c.line)), target.contextPath);
    }
  }
  return { file: target.file, create: !target.exists, text, contextGrowth: inContext ? Buffer.byteLength(text) : 0 };
}
