// .gitignore files, read with git's rules (the `ignore` package), and their translation into
// .dockerignore lines. Pure: the texts are passed in. Memory stays bounded: `ignore` caches every
// path it tests, so each scope's instance is rebuilt after CACHE_LIMIT tests.
import ignore from 'ignore';
import { goMatch } from '../patterns/go.js';
import { keepFirstPath } from './bounded.js';
import { compileLine, literalPrefix } from './docker-syntax.js';
import type { NeededBy } from '../model/diagnostics.js';

type Ignore = ReturnType<typeof ignore>;

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

function safeGoMatch(pattern: string, name: string): boolean {
  try {
    return goMatch(pattern, name);
  } catch {
    return false;
  }
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
  return ignore({ ignorecase: false }).add(rules.map((r) => ({ pattern: r.pattern, mark: String(r.line) })));
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
    let r;
    try {
      r = s.ig.test(rel);
    } catch {
      continue; // a path `ignore` refuses (it cannot be relative); git would not see it either
    }
    if (r.ignored) return r.rule?.mark === undefined ? undefined : s.byLine.get(Number(r.rule.mark));
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
