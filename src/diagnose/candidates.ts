// Candidate .dockerignore lines and the fast dispatch that finds which static lines match an entry.
// Every match is decided by the project's Pattern.match (Docker's rules); the dispatch by base name
// or extension only skips lines that cannot match. Pure.
import type { Pattern } from '../patterns/matcher.js';
import { hasPrefix, hasSuffix, shapeOf } from '../util/affix.js';
import { compareCodePoints } from '../util/sort.js';
import { keepFirstBy, keepFirstPath } from './bounded.js';
import { compileLine, safeMatch } from './docker-syntax.js';
import type { DirTest, Guard } from './families.js';
import type { FamilyId, NeededBy } from '../model/diagnostics.js';

/** static: a family's generic line; probe: "**\/X" for a root-only line X of the ignore file; dir/file: a literal path. */
export type Origin = 'static' | 'probe' | 'dir' | 'file';

export const ORIGIN_RANK: Record<Origin, number> = { static: 0, probe: 1, dir: 2, file: 3 };

const MAX_EXAMPLES = 3;
const MAX_NEEDED = 3;

export interface Candidate {
  id: number;
  family: FamilyId;
  line: string;
  pattern: Pattern;
  origin: Origin;
  guard?: Guard;
  dirTest?: DirTest;
  note?: string;
  /** Ignore-file lines (1-based) whose "**\/" form this is. */
  habitLines: number[];
  /** Entries the line matches itself (not through a parent), and the first few of the topmost ones. */
  selfCount: number;
  examples: string[];
  minSelfFileSize: number;
  /** `private-key` guard: every file matched holds a private key. `no-template` guard: a template matched. */
  allPrivateKeys: boolean;
  hasTemplate: boolean;
  /** Files beneath a literal directory line, by kind (the content tests). */
  codeFiles: number;
  weightFiles: number;
  dataFiles: number;
  needed: NeededBy[];
  neededCount: number;
  /** A large-file line pushed out by larger ones: it takes no part. */
  dropped: boolean;
  /** May go into the block (a probe may not when the ignore file has exceptions it could override). */
  blockable: boolean;
  /** For a large-file line: the file's size. */
  size: number;
  /** Its family is one no build reads (families.ts JUNK_FAMILIES): a COPY that merely takes its paths does not need them. */
  junk: boolean;
}

export function newCandidate(id: number, family: FamilyId, line: string, pattern: Pattern, origin: Origin): Candidate {
  return {
    id,
    family,
    line,
    pattern,
    origin,
    habitLines: [],
    selfCount: 0,
    examples: [],
    minSelfFileSize: Infinity,
    allPrivateKeys: true,
    hasTemplate: false,
    codeFiles: 0,
    weightFiles: 0,
    dataFiles: 0,
    needed: [],
    neededCount: 0,
    dropped: false,
    blockable: true,
    size: 0,
    junk: false,
  };
}

/**
 * The order of "file\0line" with the line in 9 digits, without making that string: by file (code points; a file
 * that is a prefix of another comes first, as "\0" sorts first), then by line.
 */
export function byInstruction(a: NeededBy, b: NeededBy): number {
  return a.file === b.file ? a.line - b.line : compareCodePoints(a.file, b.file);
}

/** One NeededBy per instruction (the first path by code point), at most `max`. */
export function addNeed(list: NeededBy[], n: NeededBy, max: number): void {
  const same = list.findIndex((x) => x.file === n.file && x.line === n.line);
  if (same >= 0) {
    if (n.path < list[same]!.path) list[same] = n;
    return;
  }
  keepFirstBy(list, n, max, byInstruction);
}

export function noteSelfMatch(c: Candidate, path: string, topmost: boolean): void {
  c.selfCount++;
  if (topmost) keepFirstPath(c.examples, path, MAX_EXAMPLES);
}

export function noteNeeded(c: Candidate, needs: readonly NeededBy[]): void {
  c.neededCount++;
  for (const n of needs) addNeed(c.needed, n, MAX_NEEDED);
}

/**
 * What the base name of a path must look like for a "**\/X" (or "*\/**\/X") line to match it, where X is one
 * path component with '*' or '?' and no class, escape or "**": it starts with X's literal prefix and ends with its
 * literal suffix (a '*' or '?' never matches a '/'). Undefined when nothing can be said (the line is always tried).
 */
export function nameBounds(cleaned: string): { prefix: string; suffix: string } | undefined {
  const m = /^(?:\*\*\/|\*\/\*\*\/)([^/]+)$/.exec(cleaned);
  const last = m?.[1];
  // A class or an escape may match anything; a "**" inside may match a '/' ("a**b" takes "a/x/b").
  if (last === undefined || /[[\\]|\*\*/.test(last)) return undefined;
  const first = last.search(/[*?]/);
  if (first < 0) return undefined;
  const end = Math.max(last.lastIndexOf('*'), last.lastIndexOf('?'));
  return { prefix: last.slice(0, first), suffix: last.slice(end + 1) };
}

const NONE: readonly Candidate[] = [];

/**
 * Static lines indexed by the base name or extension they need; any other line is tried on every entry whose
 * base name is within its bounds (nameBounds). The lines that match come out in the order they were added
 * within each group (by name, by extension, the others).
 */
export class StaticIndex {
  private readonly byName = new Map<string, Candidate[]>();
  private readonly byExt = new Map<string, Candidate[]>();
  /** shapeOf each key of byName and byExt. */
  private readonly nameShapes = new Set<number>();
  private readonly extShapes = new Set<number>();
  private readonly generic: { c: Candidate; bounds: { prefix: string; suffix: string } | undefined }[] = [];

  add(c: Candidate): void {
    const m = /^\*\*\/(.+)$/.exec(c.pattern.cleaned);
    const last = m?.[1];
    if (last !== undefined && !/[*?[\\/]/.test(last)) {
      push(this.byName, last, c);
      this.nameShapes.add(shapeOf(last));
    } else if (last !== undefined && /^\*\.[^.*?[\\/]+$/.test(last)) {
      push(this.byExt, last.slice(1), c);
      this.extShapes.add(shapeOf(last.slice(1)));
    } else this.generic.push({ c, bounds: nameBounds(c.pattern.cleaned) });
  }

  /** The static lines that match `path` itself. */
  matches(path: string, name: string, ext: string, out: Candidate[]): void {
    // "**\/NAME" matches every path whose base name is NAME; "**\/*.EXT" every path whose base name ends with
    // ".EXT", unless a parent's name holds a newline (moby's "**\/" is "(?:[^\n]*\/)?"): those go to the matcher.
    if (this.nameShapes.has(shapeOf(name))) for (const c of this.byName.get(name) ?? NONE) out.push(c);
    if (ext !== '' && this.extShapes.has(shapeOf(ext)))
      for (const c of this.byExt.get(ext) ?? NONE) if (path.indexOf('\n') < 0 || safeMatch(c.pattern, path)) out.push(c);
    for (const { c, bounds } of this.generic) {
      if (bounds !== undefined && !(hasPrefix(name, bounds.prefix) && hasSuffix(name, bounds.suffix))) continue;
      if (safeMatch(c.pattern, path)) out.push(c);
    }
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function compileOrThrow(line: string): Pattern {
  const p = compileLine(line);
  if (!p) throw new Error(`internal: cannot compile suggestion ${JSON.stringify(line)}`);
  return p;
}
