// .gitignore files, read with git's rules (patterns/gitmatch.ts: linear-time, tested against
// `git check-ignore`), and their translation into .dockerignore lines. Pure: the texts are passed in.
// Memory stays bounded: the matcher's parent cache is capped, and each scope's matcher is rebuilt
// after CACHE_LIMIT tests.
import { GitIgnoreMatcher, type DirOutcome } from '../patterns/gitmatch.js';
import { keepFirstPath } from './bounded.js';
import { compileLine, literalPrefix, safeGoMatch } from './docker-syntax.js';
import type { NeededBy } from '../model/diagnostics.js';

type Ignore = GitIgnoreMatcher<number>;

const CACHE_LIMIT = 20_000;
const MAX_EXAMPLES = 3;

export interface GitRule {
  /** The .gitignore file as displayed, and the rule's 1-based line. */
  file: string;
  line: number;
  pattern: string;
  negative: boolean;
  /** The .dockerignore line excluding the same paths; undefined when none can be written or the rule cannot reach the context. */
  dockerLine: string | undefined;
  /** The rule matches the context directory itself or one of its parents: the whole context is gitignored. */
  wholeContext: boolean;
  files: number;
  bytes: number;
  /** Entries (files, symlinks, directories) it ignores in the context. */
  entries: number;
  examples: string[];
  neededBy: NeededBy[];
}

export interface GitScope {
  /** The .gitignore file, as displayed. */
  file: string;
  /** Where the .gitignore sits: a context-relative directory, or above the context. */
  dir: string;
  /** Prepended to a context path to make it relative to the .gitignore's directory. */
  prefix: string;
  rules: GitRule[];
  byLine: Map<number, GitRule>;
  ig: Ignore;
  tests: number;
}

/** One rule of a .gitignore as git reads it (gitignore(5)). */
interface ParsedRule {
  line: number;
  raw: string;
  negative: boolean;
  /** Without '!', the trailing '/' and a leading '/'. */
  body: string;
  anchored: boolean;
}

function parseRules(text: string): ParsedRule[] {
  const out: ParsedRule[] = [];
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    let raw = l.endsWith('\r') ? l.slice(0, -1) : l;
    if (raw === '' || raw[0] === '#') return;
    // Trailing spaces go unless escaped with a backslash.
    raw = raw.replace(/(?<!\\) +$/, '');
    if (raw === '') return;
    let body = raw;
    const negative = body[0] === '!';
    if (negative) body = body.slice(1);
    if (body.endsWith('/')) body = body.slice(0, -1);
    if (body === '') return;
    const anchored = body.includes('/');
    if (body[0] === '/') body = body.slice(1);
    out.push({ line: i + 1, raw, negative, body, anchored });
  });
  return out;
}

/** gitignore's "[!a]" is Docker's (Go's) "[^a]". */
function toGoClasses(s: string): string {
  return s.replace(/\[!/g, '[^');
}

function translate(rule: ParsedRule, dir: string, above: string[] | undefined): { dockerLine?: string; wholeContext: boolean } {
  if (/\\ $/.test(rule.body)) return { wholeContext: false }; // an escaped trailing space: Docker trims it
  const body = toGoClasses(rule.body);
  let rel: string;
  if (above === undefined) {
    const prefix = literalPrefix(dir);
    if (prefix === undefined) return { wholeContext: false };
    rel = (prefix === '' ? '' : prefix + '/') + (rule.anchored || body.startsWith('**/') ? body : '**/' + body);
  } else if (!rule.anchored) {
    if (above.some((c) => safeGoMatch(body, c))) return { wholeContext: true };
    rel = body.startsWith('**/') ? body : '**/' + body;
  } else {
    // Strip the directories between the .gitignore and the context.
    const comps = body.split('/');
    for (const c of above) {
      if (comps[0] === '**') break;
      if (!safeGoMatch(comps[0]!, c)) return { wholeContext: false }; // cannot reach inside the context
      comps.shift();
      if (comps.length === 0) return { wholeContext: true };
    }
    if (comps.length === 1 && comps[0] === '**') return { wholeContext: true };
    rel = comps.join('/');
  }
  return compileLine(rel) ? { dockerLine: rel, wholeContext: false } : { wholeContext: false };
}

/**
 * A scope for one .gitignore file.
 * @param dir the context-relative directory holding it ('' for the context root)
 * @param above for a .gitignore above the context: the directories from it down to the context
 */
export function makeScope(text: string, file: string, dir: string, above?: string[]): GitScope {
  const rules: GitRule[] = [];
  for (const r of parseRules(text)) {
    const t = translate(r, dir, above);
    rules.push({
      file,
      line: r.line,
      pattern: r.raw,
      negative: r.negative,
      dockerLine: r.negative ? undefined : t.dockerLine,
      wholeContext: !r.negative && t.wholeContext,
      files: 0,
      bytes: 0,
      entries: 0,
      examples: [],
      neededBy: [],
    });
  }
  const scope: GitScope = {
    file,
    dir,
    prefix: above === undefined ? '' : above.map((c) => c + '/').join(''),
    rules,
    byLine: new Map(rules.map((r) => [r.line, r])),
    ig: newIgnore(rules),
    tests: 0,
  };
  return scope;
}

function newIgnore(rules: GitRule[]): Ignore {
  return new GitIgnoreMatcher(rules.map((r) => ({ pattern: r.pattern, mark: r.line })));
}

/**
 * The rule that gitignores a context path, given the scopes that apply (outermost first) and
 * whether its parent directory is ignored already. Deeper .gitignore files win, as in git.
 */
export function gitRuleFor(path: string, isDir: boolean, scopes: readonly GitScope[]): GitRule | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const s = scopes[i]!;
    let rel = s.prefix + (s.dir === '' ? path : path.slice(s.dir.length + 1));
    if (rel === '') continue;
    if (isDir) rel += '/';
    if (++s.tests > CACHE_LIMIT) {
      s.ig = newIgnore(s.rules);
      s.tests = 0;
    }
    const r = s.ig.test(rel);
    if (r.ignored) return r.mark === undefined ? undefined : s.byLine.get(r.mark);
    if (r.unignored) return undefined;
  }
  return undefined;
}

/** What each scope that applies in a directory decides for every path inside it (see GitIgnoreMatcher.dirOutcome). */
export interface GitDir {
  scopes: readonly GitScope[];
  inside: DirOutcome<number>[];
}

/** The GitDir of context directory `dir` ('' for the root) under `scopes` (outermost first): found once per directory. */
export function gitDir(dir: string, scopes: readonly GitScope[]): GitDir {
  return {
    scopes,
    inside: scopes.map((s) => {
      const rel = s.dir === '' ? dir : dir.slice(s.dir.length + 1);
      return s.ig.dirOutcome(rel === '' ? s.prefix.slice(0, -1) : s.prefix + rel);
    }),
  };
}

/**
 * gitRuleFor of `path` (base name `name`; a directory when `isDir`) in the directory of `dir`: what the scopes
 * decided for the directory is not asked again, and only the rules that can match `name` are run.
 */
export function gitRuleIn(dir: GitDir, path: string, name: string, isDir = false): GitRule | undefined {
  const scopes = dir.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const s = scopes[i]!;
    const rel = s.prefix + (s.dir === '' ? path : path.slice(s.dir.length + 1));
    if (++s.tests > CACHE_LIMIT) {
      s.ig = newIgnore(s.rules);
      s.tests = 0;
    }
    const r = s.ig.testIn(dir.inside[i]!, rel, name, isDir);
    if (r.ignored) return r.mark === undefined ? undefined : s.byLine.get(r.mark);
    if (r.unignored) return undefined;
  }
  return undefined;
}

export function countIgnored(rule: GitRule, path: string, topmost: boolean, kind: 'file' | 'dir', size: number): void {
  rule.entries++;
  if (kind === 'file') {
    rule.files++;
    rule.bytes += size;
  }
  if (topmost) keepFirstPath(rule.examples, path, MAX_EXAMPLES);
}
