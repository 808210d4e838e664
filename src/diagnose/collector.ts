// The streaming classifier, fed by the single walk of the context. For every entry the build
// sends it works out the candidate lines that would remove it — the lines matching the entry or one
// of its included parent directories, which is exactly when an appended exclusion removes an entry
// under Docker's rules (see README, "Diagnostics") — and adds its bytes to the total of that set of
// lines. Memory is bounded by the number of distinct sets, the candidates and the directory depth,
// except for one record per hard-linked file (as the tally keeps). Pure: reading is passed in.
import type { Pattern } from '../patterns/matcher.js';
import type { EntryKind } from '../context/tally.js';
import type { ListedEntry } from '../context/walk.js';
import { hasPrefix } from '../util/affix.js';
import { keepFirst } from './bounded.js';
import { popTo } from './frames.js';
import {
  addNeed,
  compileOrThrow,
  newCandidate,
  noteNeeded,
  noteSelfMatch,
  StaticIndex,
  type Candidate,
  type Origin,
} from './candidates.js';
import { literalPattern, safeMatch, UNWRITABLE } from './docker-syntax.js';
import {
  CODE_EXTENSIONS,
  DATA_EXTENSIONS,
  ENV_TEMPLATE,
  extensionOf,
  JUNK_FAMILIES,
  JUNK_LINES,
  LARGE_FILE_FLOOR,
  namedDir,
  PACKAGE_MANIFESTS,
  STATIC_LINES,
  WEIGHT_EXTENSIONS,
} from './families.js';
import type { Tracked } from './git-index.js';
import { countIgnored, gitDir, gitRuleIn, makeScope, type GitDir, type GitRule, type GitScope } from './gitignore.js';
import type { FamilyId, NeededBy } from '../model/diagnostics.js';

export interface NamedCopy {
  /** The Dockerfile, as displayed. */
  file: string;
  line: number;
  /** The instruction as written (shortened). */
  instruction: string;
  stage: string;
  takes: (path: string) => boolean;
  /** Sources without wildcards: when such a path is missing the build fails. */
  literalSources: string[];
}

/** A COPY/ADD of the whole context. */
export interface WholeCopyRef {
  file: string;
  line: number;
  instruction: string;
}

export interface CollectorInput {
  /**
   * The ignore file's exclusion lines that name one path component ("__pycache__/", "*.pyc"), for their "**\/" forms;
   * `dirOnly` when written with a trailing slash ("build*\/"): Docker has no directories-only form, so what the line
   * meant is proposed directory by directory, never as a wildcard that also takes files.
   */
  rootOnlyLines: { pattern: Pattern; line: number; dirOnly: boolean }[];
  /** What git tracks (read from the index), undefined outside a git work tree. */
  tracked: Tracked | undefined;
  /** COPY/ADD of the whole context in any stage built: with one, committed files copied are needed. */
  wholeCopies: WholeCopyRef[];
  namedCopies: NamedCopy[];
  /** Context paths the build itself reads: the Dockerfile and the ignore file, when inside the context. */
  buildFiles: { path: string; file: string }[];
  /** The ignore file has exception lines: its root-only lines' "**\/" forms could override them, so they are not offered. */
  hasExceptions: boolean;
  /** The exception line of the ignore file that names this listed path, when one does (it must stay in the context). */
  namedByException: (path: string) => NeededBy | undefined;
  /** Whether a file holds a secret: an npm auth token in an .npmrc, a private key in a .pem/.key. Never called for symlinks. */
  inspect: (path: string, what: 'npmrc' | 'key' | 'env') => boolean;
  /** The .gitignore in a context directory, when the listing shows one. */
  readGitignore: (dir: string) => { text: string; file: string } | undefined;
  /** Scopes of the .gitignore files above the context, outermost first. */
  gitAncestors: GitScope[];
}

export interface Agg {
  ids: number[];
  bytes: number;
  files: number;
  copiedBytes: number;
}

/** A hard-linked file seen more than once: its bytes leave the context only when every link does. */
export interface LinkGroup {
  size: number;
  aggs: Agg[];
  copied: boolean;
}

export interface SecretHit {
  path: string;
  what: string;
  bytes: number;
  copied: boolean;
  needs: NeededBy[];
  /** Candidate ids that remove it. */
  ids: number[];
}

export interface TopEntry {
  name: string;
  dir: boolean;
  bytes: number;
  /** The candidate lines matching the top-level entry itself. */
  ids: number[];
}

export interface Collected {
  candidates: Candidate[];
  aggs: Agg[];
  groups: LinkGroup[];
  secrets: SecretHit[];
  secretCount: number;
  top: TopEntry[];
  gitScopes: GitScope[];
  /** Whether each build file was seen in the context, and the lines that would remove it. */
  buildFilesSeen: Map<string, number[]>;
}

interface Frame {
  path: string;
  prefix: string;
  rset: number[];
  gitScopes: GitScope[];
  gitRule: GitRule | undefined;
  /** The totals of the entries below that match no line of their own (their set is `rset`): found once per directory. */
  agg: Agg | undefined;
  /** The top-level entry this directory lies in (undefined at the root, or when it is not kept). */
  top: TopEntry | undefined;
  /** What the .gitignore files decide for the paths inside it (found at its first file). */
  git: GitDir | undefined;
}

/**
 * The families' lines, compiled once per process (a Pattern keeps only its compiled program and a bounded
 * match cache, so the collectors of several targets share them).
 */
const STATIC_PATTERNS = new Map<string, Pattern>();
function staticPattern(line: string): Pattern {
  let p = STATIC_PATTERNS.get(line);
  if (p === undefined) STATIC_PATTERNS.set(line, (p = compileOrThrow(line)));
  return p;
}

/** What an extension says of a file beneath a literal directory line (the content tests), in one lookup. */
const CODE = 1;
const WEIGHT = 2;
const DATA = 4;
const EXTENSION_KINDS = new Map<string, number>();
for (const [set, bit] of [
  [CODE_EXTENSIONS, CODE],
  [WEIGHT_EXTENSIONS, WEIGHT],
  [DATA_EXTENSIONS, DATA],
] as const)
  for (const ext of set) EXTENSION_KINDS.set(ext, (EXTENSION_KINDS.get(ext) ?? 0) | bit);

const MAX_LITERAL_DIRS = 256;
const MAX_LARGE_FILES = 64;
const MAX_SECRET_LINES = 64;
const MAX_SECRETS = 50;
const MAX_INSPECTIONS = 1000;
const MAX_TOP = 500;

export class Collector {
  private readonly cands: Candidate[] = [];
  private readonly statics = new StaticIndex();
  private readonly aggs = new Map<string, Agg>();
  private readonly firstLink = new Map<string, { agg: Agg; size: number; copied: boolean }>();
  private readonly groups = new Map<string, LinkGroup>();
  private readonly stack: Frame[] = [];
  private readonly secrets: SecretHit[] = [];
  private secretCount = 0;
  private readonly top = new Map<string, TopEntry>();
  private readonly allScopes: GitScope[] = [];
  private readonly buildFilesSeen = new Map<string, number[]>();
  private pendingDir: string | undefined;
  private literalDirs = 0;
  private secretLines = 0;
  private inspections = 0;
  private readonly large: Candidate[] = [];
  /** The lines an entry matches itself (reused from entry to entry). */
  private readonly self: Candidate[] = [];
  /** Dir-only root lines ("build*\/"), matched below the root: each directory they meant gets its own line. */
  private readonly dirProbes: { pattern: Pattern; line: number; family: FamilyId; blockable: boolean; ids: Set<number> }[] = [];

  constructor(private readonly input: CollectorInput) {
    const statics = new Map<string, (typeof STATIC_LINES)[number]>();
    for (const s of STATIC_LINES) {
      const c = this.add(s.family, s.line, staticPattern(s.line), 'static');
      c.guard = s.guard;
      c.note = s.note;
      statics.set(s.line, s);
    }
    // "X" at the root only: its "**/X" form, matched below the root ("*/**/X"), where X was meant to
    // apply too — for a wildcard pattern ("*.pyc"), or a name a family knows ("node_modules"; "models"
    // only where the deeper models/ directories hold weights). Other names ("config.yaml") may well
    // be meant for the root only.
    const probes = new Map<string, Candidate>();
    for (const { pattern, line } of input.rootOnlyLines) {
      const shown = '**/' + pattern.cleaned;
      const known = statics.get(shown);
      const wildcard = /[*?[\\]/.test(pattern.cleaned);
      if (UNWRITABLE.test(shown) || (!wildcard && !known)) continue;
      const blockable = !input.hasExceptions && pattern.cleaned.replace(/[*?]|\[[^\]]*\]/g, '').length >= 2;
      if (input.rootOnlyLines.find((l) => l.line === line)?.dirOnly) {
        this.dirProbes.push({
          pattern: compileOrThrow('*/' + shown),
          line,
          family: known?.family ?? 'ignore-fix',
          blockable,
          ids: new Set(),
        });
        continue;
      }
      let c = probes.get(shown);
      if (!c) {
        c = this.add(known?.family ?? 'ignore-fix', shown, compileOrThrow('*/' + shown), 'probe');
        if (!wildcard && known?.guard === 'pure') c.guard = 'pure';
        c.blockable = blockable;
        probes.set(shown, c);
      }
      c.habitLines.push(line);
    }
    this.allScopes.push(...input.gitAncestors);
  }

  private add(family: FamilyId, line: string, pattern: Pattern, origin: Origin): Candidate {
    const c = newCandidate(this.cands.length, family, line, pattern, origin);
    c.junk = JUNK_FAMILIES.has(family) || JUNK_LINES.has(line);
    this.cands.push(c);
    if (origin === 'static' || origin === 'probe') this.statics.add(c);
    return c;
  }

  private literal(family: FamilyId, path: string, origin: 'dir' | 'file'): Candidate | undefined {
    const literal = literalPattern(path);
    if (literal === undefined) return undefined;
    return this.add(family, literal.line, literal.pattern, origin);
  }

  /** Pops to the frame of the directory holding `path`, whose last component starts at `nameAt`. */
  private parentFrame(path: string, nameAt: number): Frame {
    return popTo(this.stack, path, nameAt);
  }

  private covering(ids: readonly number[]): boolean {
    return ids.some((id) => {
      const c = this.cands[id]!;
      return c.origin === 'static' && c.guard === undefined;
    });
  }

  /** Build-output candidates per directory, with what its entries have shown so far. */
  // A directory's entries come in batches, and the walk descends into the subdirectories of one batch before the
  // next batch arrives: the evidence is kept per directory until it decides, at most MAX_PENDING_PACKAGES at once.
  private readonly pendingPackages = new Map<string, { cands: Candidate[]; evidence: PackageEvidence }>();

  /** A batch of the entries of a directory given to `listing`: a source package is never build output. */
  listedEntries(dir: string, entries: readonly ListedEntry[]): void {
    const p = this.pendingPackages.get(dir);
    if (p === undefined) return;
    const pkg = sourcePackage(entries, p.evidence);
    if (pkg === undefined) return;
    const need: NeededBy[] = [{ file: `${dir}/${pkg}`, line: 0, instruction: `a source package (it has ${pkg})`, path: dir }];
    for (const c of p.cands) noteNeeded(c, need);
    this.pendingPackages.delete(dir);
  }

  /** A directory the walker reads: its own entry came just before, unless it is the root or excluded. */
  listing(dir: string, has: (name: string) => boolean): void {
    if (dir === '') {
      this.stack.length = 0;
      const scopes = [...this.input.gitAncestors];
      if (has('.gitignore')) this.pushScope(scopes, '');
      this.stack.push({
        path: '',
        prefix: '',
        rset: [],
        gitScopes: scopes,
        gitRule: undefined,
        agg: undefined,
        top: undefined,
        git: undefined,
      });
      return;
    }
    const nameAt = dir.lastIndexOf('/') + 1;
    const parent = this.parentFrame(dir, nameAt);
    const included = this.pendingDir === dir;
    this.pendingDir = undefined;
    const trackedDir = this.input.tracked?.dir(dir) === true;
    let rset = parent.rset;
    let gitRule = parent.gitRule;
    if (included) {
      const name = dir.slice(nameAt);
      const self: Candidate[] = [];
      this.statics.matches(dir, name, extensionOf(name), self);
      if (has('pyvenv.cfg') && this.literalDirs < MAX_LITERAL_DIRS) {
        const c = this.literal('venv', dir, 'dir');
        if (c) {
          this.literalDirs++;
          self.push(c);
        }
      }
      const named = namedDir(name);
      if (
        named &&
        this.literalDirs < MAX_LITERAL_DIRS &&
        !this.covering(parent.rset) &&
        !parent.rset.some((id) => this.cands[id]!.origin === 'dir' && this.cands[id]!.family === named.family)
      ) {
        const c = this.literal(named.family, dir, 'dir');
        if (c) {
          this.literalDirs++;
          c.dirTest = named.test;
          self.push(c);
        }
      }
      for (const probe of this.dirProbes) {
        if (this.literalDirs >= MAX_LITERAL_DIRS || !safeMatch(probe.pattern, dir) || parent.rset.some((id) => probe.ids.has(id))) continue;
        const c = this.literal(probe.family, dir, 'dir');
        if (!c) continue;
        this.literalDirs++;
        c.habitLines.push(probe.line);
        c.blockable = probe.blockable;
        probe.ids.add(c.id);
        self.push(c);
      }
      for (const c of self) noteSelfMatch(c, dir, !parent.rset.includes(c.id));
      rset = union(parent.rset, self);
      if (rset.length > 0) this.checkNeeded(dir, rset);
      // Whether a "build output" directory is really a source package is told by its entries, which come in
      // batches after this (listedEntries).
      const output = self.filter((c) => c.family === 'build-output' && !c.junk);
      if (output.length > 0) {
        // Bounded: the oldest undecided directory is given up first (the walk has long left it).
        if (this.pendingPackages.size >= MAX_PENDING_PACKAGES) this.pendingPackages.delete(this.pendingPackages.keys().next().value!);
        this.pendingPackages.set(dir, { cands: output, evidence: { manifest: undefined, companion: false } });
      }
      if (trackedDir)
        gitRule = undefined; // git never ignores what it tracks: the rules apply to the untracked paths below, one by one
      else if (gitRule) countIgnored(gitRule, dir, false, 'dir', 0);
      else {
        gitRule = this.gitRuleOfDir(parent, dir, nameAt);
        if (gitRule) countIgnored(gitRule, dir, true, 'dir', 0);
      }
      if (!dir.includes('/'))
        this.noteTop(
          dir,
          true,
          0,
          self.map((c) => c.id),
        );
    } else if (trackedDir) {
      gitRule = undefined;
    } else if (!gitRule) {
      gitRule = this.gitRuleOfDir(parent, dir, nameAt);
    }
    let scopes = parent.gitScopes;
    if (!gitRule && has('.gitignore')) {
      scopes = [...scopes];
      this.pushScope(scopes, dir);
    }
    const slash = dir.indexOf('/');
    const top = this.top.get(slash < 0 ? dir : dir.slice(0, slash));
    this.stack.push({ path: dir, prefix: dir + '/', rset, gitScopes: scopes, gitRule, agg: undefined, top, git: undefined });
  }

  /** gitRuleFor of directory `dir` (its name starts at `nameAt`), from what its parent's frame knows. */
  private gitRuleOfDir(parent: Frame, dir: string, nameAt: number): GitRule | undefined {
    return gitRuleIn((parent.git ??= gitDir(parent.path, parent.gitScopes)), dir, dir.slice(nameAt), true);
  }

  private pushScope(scopes: GitScope[], dir: string): void {
    const read = this.input.readGitignore(dir);
    if (!read) return;
    const scope = makeScope(read.text, read.file, dir);
    scopes.push(scope);
    this.allScopes.push(scope);
  }

  /** An entry the build sends (from the walker's visitor). */
  entry(path: string, kind: EntryKind, size: number, inode: string | undefined, copied: boolean): void {
    if (kind === 'dir') {
      this.pendingDir = path;
      return;
    }
    this.pendingDir = undefined;
    if (kind === 'other') return;
    const nameAt = path.lastIndexOf('/') + 1;
    const parent = this.parentFrame(path, nameAt);
    const name = path.slice(nameAt);
    const ext = extensionOf(name);
    const self = this.self;
    if (self.length !== 0) self.length = 0; // setting the length costs even when it is 0 already
    this.statics.matches(path, name, ext, self);
    const secret = kind === 'file' ? this.secretOf(path, name, ext, self) : undefined;
    if (kind === 'file' && size >= LARGE_FILE_FLOOR && !this.covering(parent.rset) && !this.covering(self.map((c) => c.id))) {
      const c = this.largeFile(path, size);
      if (c) self.push(c);
    }
    for (const c of self) {
      noteSelfMatch(c, path, !parent.rset.includes(c.id));
      if (kind === 'file' && size < c.minSelfFileSize) c.minSelfFileSize = size;
    }
    const rset = union(parent.rset, self);
    if (rset.length > 0) {
      const kinds = ext === '' ? 0 : (EXTENSION_KINDS.get(ext) ?? 0);
      const code = (kinds & CODE) !== 0;
      const weight = (kinds & WEIGHT) !== 0;
      const data = (kinds & DATA) !== 0;
      if (kinds !== 0) {
        for (const id of rset) {
          const c = this.cands[id]!;
          if (c.origin !== 'dir') continue;
          if (code) c.codeFiles++;
          if (weight) c.weightFiles++;
          if (data) c.dataFiles++;
        }
      }
    }

    const agg = rset === parent.rset ? (parent.agg ??= this.aggOf(rset)) : this.aggOf(rset);
    agg.files++;
    let counted = size;
    if (inode !== undefined) {
      const first = this.firstLink.get(inode);
      if (!first) this.firstLink.set(inode, { agg, size, copied });
      else {
        counted = 0;
        let g = this.groups.get(inode);
        if (!g) {
          // Its bytes move from the first link's set to the group, which leaves only with its last link.
          first.agg.bytes -= first.size;
          if (first.copied) first.agg.copiedBytes -= first.size;
          this.groups.set(inode, (g = { size: first.size, aggs: [first.agg], copied: first.copied }));
        }
        g.aggs.push(agg);
        g.copied ||= copied;
      }
    }
    agg.bytes += counted;
    if (copied) agg.copiedBytes += counted;

    const committed = this.input.tracked?.file(path) === true;
    const gitRule = committed
      ? undefined
      : (parent.gitRule ?? gitRuleIn((parent.git ??= gitDir(parent.path, parent.gitScopes)), path, name));
    if (rset.length > 0 || secret !== undefined || gitRule !== undefined) {
      const split = this.needsOf(path, copied && committed);
      this.noteNeeds(rset, split);
      if (gitRule) {
        countIgnored(gitRule, path, gitRule !== parent.gitRule, 'file', size);
        for (const n of split.hard) addNeed(gitRule.neededBy, n, 3);
        for (const n of split.soft) addNeed(gitRule.neededBy, n, 3);
      }
      if (secret !== undefined) {
        this.secretCount++;
        const needs = split.hard.concat(split.soft);
        keepFirst(this.secrets, { path, what: secret, bytes: size, copied, needs, ids: rset }, MAX_SECRETS, (s) => s.path);
      }
    }
    for (const b of this.input.buildFiles) if (b.path.length === path.length && b.path === path) this.buildFilesSeen.set(path, rset);
    // Below a directory's frame the path has a '/' (the frame's prefix starts it) and lies in the frame's top entry.
    const slash = parent.path !== '' ? -2 : path.indexOf('/');
    if (slash === -1)
      this.noteTop(
        path,
        false,
        counted,
        self.map((c) => c.id),
      );
    else {
      const t = slash === -2 ? parent.top : this.top.get(path.slice(0, slash));
      if (t) t.bytes += counted;
    }
  }

  /** The totals of the entries whose set of lines is `ids`. */
  private aggOf(ids: number[]): Agg {
    const key = ids.join(',');
    let agg = this.aggs.get(key);
    if (!agg) this.aggs.set(key, (agg = { ids, bytes: 0, files: 0, copiedBytes: 0 }));
    return agg;
  }

  private noteTop(name: string, dir: boolean, bytes: number, ids: number[]): void {
    if (this.top.size >= MAX_TOP) return;
    this.top.set(name, { name, dir, bytes, ids });
  }

  /** The COPY/ADD instructions (and the build itself) that need `path`; marks the candidates that would remove it. */
  private checkNeeded(path: string, rset: readonly number[]): void {
    this.noteNeeds(rset, this.needsOf(path, false));
  }

  /** A line of a family no build reads is held back only by a hard need: the build itself, an exception, a COPY naming the path. */
  private noteNeeds(rset: readonly number[], split: Needs): void {
    if (split.hard.length === 0 && split.soft.length === 0) return;
    const all = split.hard.concat(split.soft);
    for (const id of rset) {
      const c = this.cands[id]!;
      const needs = c.junk ? split.hard : all;
      if (needs.length > 0) noteNeeded(c, needs);
    }
  }

  /**
   * What needs `path`: hard (the build itself reads it, an exception line keeps it, a COPY names it) and soft (a COPY
   * takes it through a directory or a wildcard, or, for a committed file, through a COPY of the whole context).
   */
  private needsOf(path: string, committedCopied: boolean): Needs {
    const hard: NeededBy[] = [];
    const soft: NeededBy[] = [];
    const build = this.input.buildFiles.find((b) => b.path === path);
    if (build) hard.push({ file: build.file, line: 0, instruction: 'the build itself', path });
    const exception = this.input.namedByException(path);
    if (exception) hard.push(exception);
    for (const c of this.input.namedCopies) {
      if (!c.takes(path)) continue;
      (c.literalSources.includes(path) ? hard : soft).push({ file: c.file, line: c.line, instruction: c.instruction, path });
    }
    if (committedCopied && hard.length + soft.length === 0) {
      const w = this.input.wholeCopies[0];
      if (w) soft.push({ file: w.file, line: w.line, instruction: `${w.instruction}${COMMITTED}`, path });
    }
    return { hard, soft };
  }

  /** What kind of secret a regular file is, if any; adds the per-file line when no generic line can be used for it. */
  private secretOf(path: string, name: string, ext: string, self: Candidate[]): string | undefined {
    const perFile = (): void => {
      if (this.secretLines >= MAX_SECRET_LINES) return;
      const c = this.literal('secrets', path, 'file');
      if (c) {
        this.secretLines++;
        self.push(c);
      }
    };
    if (name === '.env' || hasPrefix(name, '.env.')) {
      const template = ENV_TEMPLATE.test(name);
      // A template, or a file whose values are all empty or placeholders, holds no secret.
      if (template || (this.inspections++ < MAX_INSPECTIONS && !this.input.inspect(path, 'env'))) {
        for (const c of self) if (c.guard === 'no-template') c.hasTemplate = true;
        return undefined;
      }
      if (name !== '.env') perFile();
      return 'environment file';
    }
    if (ext === '.pem' || ext === '.key') {
      const privateKey = this.inspections++ >= MAX_INSPECTIONS || this.input.inspect(path, 'key');
      if (!privateKey) {
        for (const c of self) if (c.guard === 'private-key') c.allPrivateKeys = false;
        return undefined;
      }
      perFile();
      return 'private key';
    }
    if (hasPrefix(name, 'id_') && /^id_(rsa|dsa|ecdsa|ed25519)$/.test(name)) return 'private key';
    if (ext === '.p12' || ext === '.pfx') return 'key store';
    if (name === '.netrc' || name === '.git-credentials') return 'credentials';
    if (name === '.npmrc') {
      if (this.inspections++ >= MAX_INSPECTIONS || !this.input.inspect(path, 'npmrc')) return undefined;
      perFile();
      return 'npm auth token';
    }
    return undefined;
  }

  /** A literal line for a large file that belongs to no family; the smallest is dropped past MAX_LARGE_FILES. */
  private largeFile(path: string, size: number): Candidate | undefined {
    if (this.large.length >= MAX_LARGE_FILES) {
      let min = 0;
      for (let i = 1; i < this.large.length; i++) if (this.large[i]!.size < this.large[min]!.size) min = i;
      if (this.large[min]!.size >= size) return undefined;
      this.large[min]!.dropped = true;
      this.large.splice(min, 1);
    }
    const c = this.literal('large-files', path, 'file');
    if (!c) return undefined;
    c.size = size;
    this.large.push(c);
    return c;
  }

  finish(): Collected {
    return {
      candidates: this.cands,
      aggs: [...this.aggs.values()],
      groups: [...this.groups.values()],
      secrets: this.secrets,
      secretCount: this.secretCount,
      top: [...this.top.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      gitScopes: this.allScopes,
      buildFilesSeen: this.buildFilesSeen,
    };
  }
}

/** Marks the need of a committed file that a COPY of the whole context takes. */
export const COMMITTED = ' (it is committed)';

interface Needs {
  hard: NeededBy[];
  soft: NeededBy[];
}

/** Build-output directories whose entries are still coming, to decide whether they are source packages. */
const MAX_PENDING_PACKAGES = 1024;

/** What one directory's entries have shown so far (they come in batches). */
interface PackageEvidence {
  manifest: string | undefined;
  companion: boolean;
}

/**
 * What makes a directory a source package: Go or Rust sources, or a manifest with a README or a src/ directory
 * beside it. `seen` carries what earlier batches of the same directory showed; the answer names the file that decides.
 */
function sourcePackage(entries: readonly ListedEntry[], seen: PackageEvidence): string | undefined {
  // Go and Rust sources are never build output (Go's package "build" in cmd/buildctl/build, say).
  const source = entries.find((e) => e.isFile() && /\.(go|rs)$/.test(e.name));
  if (source) return source.name;
  seen.manifest ??= entries.find((e) => e.isFile() && PACKAGE_MANIFESTS.has(e.name))?.name;
  seen.companion ||= entries.some((e) => (e.isFile() && /^readme(\.|$)/i.test(e.name)) || (e.isDirectory() && e.name === 'src'));
  return seen.companion ? seen.manifest : undefined;
}

/** Sorted union of candidate ids. */
function union(base: readonly number[], add: readonly Candidate[]): number[] {
  if (add.length === 0) return base as number[];
  const s = new Set(base);
  for (const c of add) s.add(c.id);
  return s.size === base.length ? (base as number[]) : [...s].sort((a, b) => a - b);
}
