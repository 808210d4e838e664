// The lint of the ignore file and the Dockerfile, from what the walk found. Pure.
import type { Pattern } from '../patterns/matcher.js';
import { formatBytes, formatCount } from '../util/units.js';
import type { Choice } from './choose.js';
import { COMMITTED, type Collected } from './collector.js';
import { safeGoMatch, safeMatch, samplePaths } from './docker-syntax.js';
import { namedDir } from './families.js';
import { gitRuleFor } from './gitignore.js';
import type { LineStats, PrunedDir } from './lines.js';
import type { Finding } from '../model/diagnostics.js';

export interface WholeCopy {
  line: number;
  instruction: string;
  stage: string;
}

export interface LintInput {
  /** The ignore file used, as displayed, its raw lines and the matcher's patterns. */
  ignoreFile: string | undefined;
  rawLines: readonly string[];
  patterns: readonly Pattern[];
  stats: readonly LineStats[];
  pruned: readonly PrunedDir[];
  prunedCount: number;
  collected: Collected;
  choice: Choice;
  dockerfile: string | undefined;
  /** The target stage, and the stage of each named COPY/ADD by Dockerfile line. */
  targetStage: string;
  namedStages: ReadonlyMap<number, string>;
  /** COPY/ADD instructions taking the whole context: in the target stage, and in any stage. */
  wholeFinal: readonly WholeCopy[];
  wholeAny: readonly WholeCopy[];
  /** Ignore files present but not used, with the lines they have that the used one lacks. */
  unused: readonly { file: string; missing: { line: number; text: string }[] }[];
}

const MAX_SECRET_FINDINGS = 20;

export function lint(input: LintInput): Finding[] {
  return [...unusedIgnoreFiles(input), ...ignoreLines(input), ...copyEverything(input), ...secrets(input), ...committedLarge(input)];
}

const LARGE_FAMILIES = new Set(['model-weights', 'data', 'large-files']);

/**
 * Committed weights, data sets and large files that a COPY of the whole context puts in the image: excluding them
 * would remove a committed file the build copies, so they get their own advice instead of a line.
 */
function committedLarge(input: LintInput): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const w of input.choice.withheld) {
    if (!LARGE_FAMILIES.has(w.family) || seen.has(w.family)) continue;
    const n = w.neededBy.find((x) => x.instruction.endsWith(COMMITTED));
    if (!n) continue;
    seen.add(w.family);
    const what = w.family === 'model-weights' ? 'model weights' : w.family === 'data' ? 'a data set' : 'a large file';
    const copy = n.instruction.slice(0, -COMMITTED.length);
    out.push({
      rule: 'committed-large-file',
      severity: 'warning',
      file: n.file,
      line: n.line,
      bytes: w.bytes,
      message: `${copy} copies ${what} committed to git into the image (${formatBytes(w.bytes)} under "${w.line}", e.g. ${n.path}); an ignore line would drop committed files the build copies, so none is suggested. Keep it out of the image: store it with git LFS or download it at run time, mount it when the container starts (docker run -v ...), or COPY only what the service needs.`,
    });
  }
  return out;
}

function quote(input: LintInput, stats: LineStats): string {
  const raw = input.rawLines[stats.line - 1];
  return JSON.stringify((raw ?? input.patterns[stats.index]!.cleaned).trim());
}

function lineList(input: LintInput, indexes: readonly number[]): string {
  const lines = [...new Set(indexes.map((i) => input.stats[i]!.line))].sort((a, b) => a - b);
  return `line${lines.length > 1 ? 's' : ''} ${lines.map((l) => `${l} (${JSON.stringify((input.rawLines[l - 1] ?? '').trim())})`).join(', ')}`;
}

function paths(list: readonly string[], total: number): string {
  const more = total - list.length;
  return list.join(', ') + (more > 0 ? ` and ${formatCount(more)} more` : '');
}

function ignoreLines(input: LintInput): Finding[] {
  const out: Finding[] = [];
  const file = input.ignoreFile;
  if (file === undefined) return out;
  const habits = habitFindings(input, file);
  for (const s of input.stats) {
    const habit = habits.get(s.line);
    if (habit) out.push(habit);
    const q = quote(input, s);
    if (habit && s.direct === 0) continue; // the habit finding says what it matches
    if (s.neededCount > 0) {
      // An error only where Docker fails: a source the COPY names is not in the context. A committed path a COPY
      // takes through a directory is a warning (the exclusion may be deliberate); rebuildable output is no finding
      // (lines.ts leaves it out).
      const n = s.needed.find((x) => x.fails) ?? s.needed[0]!;
      const where = `${n.copy.instruction} (${n.copy.file}:${n.copy.line})`;
      const more = s.neededCount > 1 ? ` (${formatCount(s.neededCount)} such paths)` : '';
      const path = n.source !== undefined ? `${n.source} (all of ${n.path}/)` : n.path;
      out.push(
        n.fails
          ? {
              rule: 'excludes-needed',
              severity: 'error',
              file,
              line: s.line,
              message: `${q} excludes ${path}, which ${where} names${more}: the build fails (the source is not in the context)`,
            }
          : {
              rule: 'excludes-needed',
              severity: 'warning',
              file,
              line: s.line,
              message: `${q} excludes ${path}, which ${where} takes${more}: the image lacks it (if the image builds it again, this is deliberate and fine)`,
            },
      );
    }
    if (s.direct === 0) {
      const f = nothingMatched(input, s, file, q);
      if (f) out.push(f);
      continue;
    }
    if (s.effect > 0) continue;
    const deciders = [...s.deciders];
    const later = deciders.filter((d) => d > s.index);
    const earlier = deciders.filter((d) => d >= 0 && d < s.index);
    if (s.exclusion) {
      if (later.length > 0) {
        out.push({
          rule: 'shadowed',
          severity: 'warning',
          file,
          line: s.line,
          message: `${q} is fully shadowed by ${lineList(input, later)}: every path it matches (${paths(s.examples, s.direct)}) is decided there`,
        });
      } else if (earlier.length > 0 && !earlier.every((j) => input.stats[j]!.effect === 0 && input.stats[j]!.deciders.has(s.index))) {
        // (when the earlier line is itself shadowed by this one, that line is the one reported)
        out.push({
          rule: 'shadowed',
          severity: 'warning',
          file,
          line: s.line,
          message: `${q} has no effect: ${lineList(input, earlier)} already exclude${earlier.length > 1 ? '' : 's'} everything it matches (${paths(s.examples, s.direct)})`,
        });
      }
    } else if (later.length > 0 && later.some((d) => !input.patterns[d]!.exclusion)) {
      const excl = later.filter((d) => !input.patterns[d]!.exclusion);
      out.push({
        rule: 'exception-never-applies',
        severity: 'warning',
        file,
        line: s.line,
        message: `${q} can never apply: ${lineList(input, excl)} come${excl.length > 1 ? '' : 's'} after it and exclude${excl.length > 1 ? '' : 's'} the same paths again (${paths(s.examples, s.direct)}); move it below`,
      });
    } else {
      out.push({
        rule: 'exception-never-applies',
        severity: 'warning',
        file,
        line: s.line,
        message: `${q} re-includes nothing: no line before it excludes what it matches (${paths(s.examples, s.direct)})`,
      });
    }
  }
  return out;
}

/** The leading components of a pattern that hold no wildcard. */
function literalHead(cleaned: string): string {
  const out: string[] = [];
  for (const c of cleaned.split('/')) {
    if (/[*?[\\]/.test(c)) break;
    out.push(c);
  }
  return out.join('/');
}

/**
 * Whether an exclusion that matches nothing here is a safeguard: it names what a culprit family holds (".venv",
 * "node_modules", "models/", ".env") or what a .gitignore ignores. A clean checkout (CI) has none of these, and a
 * developer's machine does: telling the user to delete the line would be wrong on both.
 */
function protective(input: LintInput, p: Pattern): boolean {
  if (p.exclusion) return false;
  const samples = samplePaths(p.cleaned);
  if (samples.length === 0) return false;
  const families = input.collected.candidates.filter((c) => c.origin === 'static');
  for (const sample of samples) {
    const parts = sample.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (families.some((c) => safeMatch(c.pattern, prefix))) return true;
      if (namedDir(parts[i - 1]!) !== undefined) return true;
    }
    const scopes = input.collected.gitScopes.filter((g) => g.dir === '' || sample.startsWith(g.dir + '/'));
    if (gitRuleFor(sample, false, scopes) !== undefined || gitRuleFor(sample, true, scopes) !== undefined) return true;
  }
  return false;
}

function nothingMatched(input: LintInput, s: LineStats, file: string, q: string): Finding | undefined {
  const p = input.patterns[s.index]!;
  const head = literalHead(p.cleaned);
  const inside = head === '' ? undefined : input.pruned.find((d) => head === d.path || head.startsWith(d.path + '/'));
  if (inside && p.exclusion) {
    return {
      rule: 'exception-never-applies',
      severity: 'warning',
      file,
      line: s.line,
      message: `${q} can never apply: nothing in ${inside.path}/ is sent (${lineList(input, [inside.index])} excludes it)`,
    };
  }
  if (inside) {
    return {
      rule: 'shadowed',
      severity: 'warning',
      file,
      line: s.line,
      message: `${q} has no effect: ${inside.path}/ is already excluded by ${lineList(input, [inside.index])}`,
    };
  }
  if (p.exclusion) {
    // An exception the walker never gets to try: the directory is pruned because the exception does not start with its path.
    const last = p.cleaned.split('/').pop()!;
    const bases = samplePaths(last).concat(last.includes('*') ? [] : [last]);
    const blocked = input.pruned.find((d) => bases.some((b) => safeMatch(p, `${d.path}/${b}`) || safeMatch(p, `${d.path}/dsg/${b}`)));
    if (blocked) {
      return {
        rule: 'exception-never-applies',
        severity: 'warning',
        file,
        line: s.line,
        message: `${q} can never apply: ${blocked.path}/ is excluded by ${lineList(input, [blocked.index])} and Docker does not look inside an excluded directory unless an exception starts with its path; write "!${blocked.path}/..." or exclude "${blocked.path}/*" instead`,
      };
    }
  }
  if (protective(input, p)) return undefined;
  const note = input.pruned.some((d) => mayReach(p.cleaned, d.path)) ? ' (directories excluded by other lines were not searched)' : '';
  return { rule: 'matches-nothing', severity: 'warning', file, line: s.line, message: `${q} matches nothing in the context${note}` };
}

/** Whether a pattern could match something inside directory `dir` (a rough test on its leading components). */
function mayReach(cleaned: string, dir: string): boolean {
  const pc = cleaned.split('/');
  const dc = dir.split('/');
  if (pc.length <= dc.length && !cleaned.includes('**')) return false;
  for (let i = 0; i < dc.length && i < pc.length; i++) {
    if (pc[i]!.startsWith('**')) return true;
    if (!safeGoMatch(pc[i]!, dc[i]!)) return false;
  }
  return true;
}

function habitFindings(input: LintInput, file: string): Map<number, Finding> {
  const out = new Map<number, Finding>();
  const picked = new Set(input.choice.picked.map((c) => c.id));
  const byLine = new Map<number, typeof input.collected.candidates>();
  for (const c of input.collected.candidates) {
    if ((c.origin !== 'probe' && c.origin !== 'dir') || c.habitLines.length === 0 || !input.choice.recognised.has(c.id)) continue;
    for (const line of c.habitLines) byLine.set(line, [...(byLine.get(line) ?? []), c]);
  }
  for (const [line, cands] of byLine) {
    const s = input.stats.find((x) => x.line === line);
    if (!s) continue;
    let bytes = 0;
    let files = 0;
    for (const c of cands) {
      const t = input.choice.totals.get(c.id)!;
      bytes += t.bytes;
      files += t.files;
    }
    if (files === 0 && bytes === 0) continue;
    const q = quote(input, s);
    const there = s.rootMatches.length > 0 ? `it matches ${s.rootMatches.join(', ')}` : 'nothing there matches';
    const dirs = cands.every((c) => c.origin === 'dir');
    const count = dirs ? cands.length : cands.reduce((n, c) => n + c.selfCount, 0);
    const examples = dirs ? cands.map((c) => c.examples[0] ?? c.line).slice(0, 3) : cands.flatMap((c) => c.examples).slice(0, 3);
    const covered = cands.every((c) => {
      const cov = input.choice.coverage(c.id);
      return picked.has(c.id) || (cov.bytes === 0 && cov.files === 0);
    });
    const needed = cands.some((c) => c.neededCount > 0 && !picked.has(c.id));
    const some = cands.some((c) => picked.has(c.id));
    const allPicked = cands.every((c) => picked.has(c.id));
    const by = [...new Set(cands.flatMap((c) => (picked.has(c.id) ? [c.line] : input.choice.coverage(c.id).by)))];
    const fix =
      allPicked && dirs
        ? ' The suggested block lists them (Docker has no directories-only form, so they are named one by one).'
        : allPicked
          ? ` "${cands[0]!.line}" is in the suggested block.`
          : covered
            ? ` The suggested block covers them (${by.map((l) => `"${l}"`).join(', ')}).`
            : needed
              ? some
                ? ' The suggested block lists those the build does not need; the build needs the others, so they are not suggested.'
                : ` The build needs some of them, so ${dirs ? 'they are' : `"${cands[0]!.line}" is`} not suggested.`
              : dirs
                ? ` Name them: ${cands
                    .slice(0, 3)
                    .map((c) => `"${c.line}"`)
                    .join(', ')}${cands.length > 3 ? ', ...' : ''}.`
                : ` Write "${cands[0]!.line}".`;
    const unit = dirs ? 'director' : 'path';
    out.set(line, {
      rule: 'gitignore-habit',
      severity: 'warning',
      file,
      line,
      bytes,
      message: `${q} matches only at the context root under Docker's rules (${there}); it misses ${formatCount(count)} deeper ${unit}${dirs ? (count === 1 ? 'y' : 'ies') : count === 1 ? '' : 's'}, ${formatBytes(bytes)} in ${plural(files, 'file')}: ${paths(examples, count)}.${fix}`,
    });
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

function unusedIgnoreFiles(input: LintInput): Finding[] {
  return input.unused.map((u) => {
    const missing =
      u.missing.length === 0
        ? ''
        : `; it has ${u.missing.length} line${u.missing.length > 1 ? 's' : ''} that ${input.ignoreFile} lacks: ${u.missing
            .slice(0, 5)
            .map((m) => `${m.line} (${JSON.stringify(m.text)})`)
            .join(', ')}${u.missing.length > 5 ? ', ...' : ''}`;
    return {
      rule: 'ignore-file-not-used',
      severity: 'warning',
      file: u.file,
      line: 1,
      message: `not used: ${input.ignoreFile} takes precedence (BuildKit reads <Dockerfile>.dockerignore first; only the classic builder reads this one)${missing}`,
    } satisfies Finding;
  });
}

const NOT_RUNTIME =
  /^(Dockerfile.*|.*\.dockerignore|\.dockerignore|\.git.*|README.*|LICENSE.*|CHANGELOG.*|.*\.md|tests?|notebooks?|docs?|\.github|docker-compose.*|compose\.ya?ml)$/i;
const MANIFESTS =
  /^(requirements.*\.txt|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(\.lock)?|setup\.(py|cfg)|package(-lock)?\.json|pnpm-lock\.yaml|pnpm-workspace\.yaml|yarn\.lock|go\.(mod|sum)|Cargo\.(toml|lock)|Gemfile(\.lock)?)$/;

function copyEverything(input: LintInput): Finding[] {
  if (input.dockerfile === undefined || input.wholeFinal.length === 0) return [];
  const culprits = input.choice.families.filter((f) => f.family !== 'other' && f.family !== 'ignore-fix' && f.bytes > 0);
  if (culprits.length === 0) return [];
  const bytes = culprits.reduce((s, f) => s + f.bytes, 0);
  const culprit = (id: number): boolean => input.choice.recognised.has(id) && input.collected.candidates[id]!.origin !== 'probe';
  const keep = input.collected.top
    .filter((t) => !t.ids.some(culprit) && !NOT_RUNTIME.test(t.name))
    .map((t) => ({ ...t, manifest: MANIFESTS.test(t.name), key: t.name.toLowerCase() }))
    // By name, case-insensitively then by code point: not localeCompare, whose first call loads ICU's collator (17-90 ms).
    .sort((a, b) => Number(b.manifest) - Number(a.manifest) || Number(a.dir) - Number(b.dir) || cmp(a.key, b.key) || cmp(a.name, b.name))
    .slice(0, 8)
    .map((t) => (t.dir ? `COPY ${t.name}/ ./${t.name}/` : `COPY ${t.name} ./`));
  const weights = culprits.some((f) => f.family === 'model-weights')
    ? ' Model weights do not belong in the image: mount them at run time (docker run -v "$PWD/models:/app/models" ...) or download them when the container starts.'
    : '';
  const what = culprits
    .slice(0, 4)
    .map((f) => `${f.label.toLowerCase()} ${formatBytes(f.bytes)}`)
    .join(', ');
  return input.wholeFinal.map(
    (w) =>
      ({
        rule: 'copy-everything',
        severity: 'warning',
        file: input.dockerfile,
        line: w.line,
        bytes,
        message: `${w.instruction} copies the whole context into the image, culprits included (${what}). Copy only what the service needs${keep.length > 0 ? `, e.g. ${keep.join('; ')}` : ''}.${weights}`,
      }) satisfies Finding,
  );
}

function secrets(input: LintInput): Finding[] {
  const out: Finding[] = [];
  const { secrets: hits, secretCount } = input.collected;
  const picked = input.choice.picked;
  for (const s of hits.slice(0, MAX_SECRET_FINDINGS)) {
    const named = s.needs.find((n) => n.line > 0 && n.file === input.dockerfile);
    const whole = input.wholeFinal[0] ?? input.wholeAny[0];
    const namedStage = named ? input.namedStages.get(named.line) : undefined;
    const by = named
      ? { line: named.line, instruction: named.instruction, stage: namedStage ?? input.targetStage }
      : s.copied && whole
        ? whole
        : undefined;
    const intoImage =
      by === undefined || by.stage === input.targetStage
        ? 'into the image'
        : `into stage ${by.stage}, whose layers stay in the build cache`;
    const line = picked.find((c) => s.ids.includes(c.id))?.line;
    const fix = named
      ? 'the Dockerfile copies it by name: pass it as a build secret (RUN --mount=type=secret) instead'
      : line !== undefined
        ? `"${line}" in the suggested block keeps it out`
        : `exclude it in ${input.ignoreFile ?? '.dockerignore'}`;
    const where = by
      ? `; ${by.instruction} (${input.dockerfile}:${by.line}) copies it ${intoImage}`
      : '; it is sent to the builder with every build';
    out.push({
      rule: 'secret-in-context',
      // An error only when it is proven to reach the image; in another stage's cache or only sent, a warning.
      severity: by && by.stage === input.targetStage ? 'error' : 'warning',
      ...(by ? { file: input.dockerfile, line: by.line } : {}),
      message: `secret in the build context: ${s.path} (${s.what}, ${formatBytes(s.bytes)}; contents not shown)${where}; ${fix}`,
    });
  }
  if (secretCount > MAX_SECRET_FINDINGS) {
    out.push({
      rule: 'secret-in-context',
      severity: 'warning',
      message: `${formatCount(secretCount - MAX_SECRET_FINDINGS)} more secrets in the build context (see the JSON report)`,
    });
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
