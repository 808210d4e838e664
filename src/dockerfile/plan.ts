// Which parts of the build context a build of one target reads, following BuildKit's
// dockerfile2llb (convert.go: stages, target, dependencies, ARG/ENV; convert_copy.go: COPY/ADD sources;
// convert_runmount.go: RUN --mount). Pure: no I/O.
import { PatternError, PatternMatcher } from '../patterns/matcher.js';
import { checkTrigger, DockerfileError, flagIsTrue, isHeredocWord, parseDockerfileFull, type Instruction } from './parse.js';
import { EMPTY_ENV, Lex, ShellError, type Env } from './shell.js';
import { contextPath, MountError, parseMount, sourceKind } from './sources.js';
import { suggest } from './suggest.js';

export interface ContextCopy {
  keyword: 'COPY' | 'ADD' | 'RUN';
  line: number;
  original: string;
  /** Stage name, or its index as a string when it has none. */
  stage: string;
  /**
   * Context-relative paths, cleaned with goClean, no leading '/'; '.' is the whole context.
   * COPY/ADD sources may contain Go filepath.Match wildcards; RUN bind-mount sources are literal paths.
   * With `--parents`, each is the directory the source is relative to (the part before '/./', or '.').
   */
  sources: string[];
  /** A source is '.' and neither `--exclude` nor `--parents` narrows it. */
  wholeContext: boolean;
  /** `--exclude` patterns (.dockerignore syntax), matched below each copied source; [] when none. */
  excludes: string[];
  /** `--parents`: for each source, the pattern (.dockerignore syntax) of what is copied below it. */
  parents?: string[];
}

export interface CopyPlan {
  target: string;
  /** The stages the target needs, in Dockerfile order. */
  stages: string[];
  copies: ContextCopy[];
  warnings: string[];
  /** The target's base image (for the image's base/own split): its FROM, followed through stages built FROM stages. */
  base: BaseRef;
}

export interface BaseRef {
  /** The image reference ("python:3.12-slim", "scratch"), or undefined when it cannot be known statically. */
  reference: string | undefined;
  /** Why it is unknown. */
  reason?: string;
}

export interface PlanOptions {
  file: string;
  target?: string;
  buildArgs?: Record<string, string>;
}

interface Stage {
  index: number;
  /** Lower-cased `AS` name, or ''. */
  name: string;
  /** The name, or the index as a string. */
  label: string;
  /** The name, or "stage-N" as BuildKit calls it in messages. */
  stageName: string;
  from: Instruction;
  base?: Stage;
  commands: Instruction[];
  /** Stages this one reads with COPY --from or RUN --mount from=, and the first command that does. */
  deps: Map<Stage, Instruction>;
  /** The ONBUILD triggers of the base stage, which run first in this stage. */
  triggers?: Instruction[];
  /** The FROM's image, global ARGs substituted, when the stage is not built FROM another stage. */
  image?: string;
  /** Variables at the end of the stage (ENV and ARG values), inherited by stages built FROM it. */
  env?: Map<string, string>;
}

/** ARGs a build defines before any ARG (platform.go defaultArgs); the platform is taken as linux/amd64. */
function defaultArgs(buildArgs: Record<string, string>, target: string): Map<string, string> {
  const env = new Map<string, string>([
    ['BUILDPLATFORM', 'linux/amd64'],
    ['BUILDOS', 'linux'],
    ['BUILDOSVERSION', ''],
    ['BUILDARCH', 'amd64'],
    ['BUILDVARIANT', ''],
    ['TARGETPLATFORM', 'linux/amd64'],
    ['TARGETOS', 'linux'],
    ['TARGETOSVERSION', ''],
    ['TARGETARCH', 'amd64'],
    ['TARGETVARIANT', ''],
    ['TARGETSTAGE', target === '' ? 'default' : target],
  ]);
  for (const key of env.keys()) if (Object.hasOwn(buildArgs, key)) env.set(key, buildArgs[key]!);
  return env;
}

/** The image a stage is ultimately built FROM. */
function baseOf(target: Stage): BaseRef {
  let st = target;
  while (st.base) st = st.base; // no cycle: a stage's base is an earlier stage
  const image = st.image!;
  return image.includes('$') ? { reference: undefined, reason: `FROM ${image} cannot be resolved statically` } : { reference: image };
}

/** ARGs that never become environment variables (convert.go nonEnvArgs). */
const NON_ENV = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

function splitArg(word: string): [string, string | undefined] {
  const eq = word.indexOf('=');
  return eq < 0 ? [word, undefined] : [word.slice(0, eq), word.slice(eq + 1)];
}

function envPairs(inst: Instruction): [string, string][] {
  if (inst.args.length > 0 && !inst.args[0]!.includes('=')) return [[inst.args[0]!, inst.args[1] ?? '']];
  return inst.args.map((w) => splitArg(w) as [string, string]);
}

export function planContextCopies(text: string, opts: PlanOptions): CopyPlan {
  return new Planner(text, opts).plan();
}

class Planner {
  private readonly file: string;
  private readonly buildArgs: Record<string, string>;
  private readonly lex: Lex;
  private readonly instructions: Instruction[];
  private readonly stages: Stage[] = [];
  private readonly byName = new Map<string, Stage>();
  private globalArgs = new Map<string, string>();
  /** BuildKit's list of states: the stages, then each image a COPY --from or RUN --mount names, as met. */
  private stateCount = 0;
  /** The stage each COPY --from or RUN --mount reads (undefined for an image). */
  private readonly sourcesOf = new Map<Instruction, (Stage | undefined)[]>();
  private readonly warnings: string[] = [];

  constructor(
    text: string,
    private readonly opts: PlanOptions,
  ) {
    this.file = opts.file;
    this.buildArgs = opts.buildArgs ?? {};
    if (text.length === 0) throw this.error(1, 'the Dockerfile cannot be empty');
    const parsed = parseDockerfileFull(text, this.file);
    this.instructions = parsed.instructions;
    this.lex = new Lex(parsed.escapeToken);
  }

  plan(): CopyPlan {
    const meta = this.splitStages();
    const last = this.stages.at(-1)!;
    this.globalArgs = defaultArgs(this.buildArgs, this.opts.target || last.name);
    for (const inst of meta) this.metaArg(inst);
    this.resolveBases();
    const target = this.resolveTarget() ?? last;
    this.stateCount = this.stages.length;
    for (const st of this.stages) for (const c of st.commands) this.addDeps(st, c);
    this.checkCycles();
    const reachable = this.reachable(target);
    const copies: ContextCopy[] = [];
    const done = new Set<Stage>();
    for (const st of this.stages) {
      if (!reachable.has(st)) continue;
      done.add(st);
      const env = new Map(st.base?.env ?? []);
      for (const c of [...(st.triggers ?? []), ...st.commands]) this.dispatch(st, c, env, done, copies);
      st.env = env;
    }
    return {
      target: target.label,
      stages: this.stages.filter((s) => reachable.has(s)).map((s) => s.label),
      copies,
      warnings: this.warnings,
      base: baseOf(target),
    };
  }

  private error(line: number, reason: string): DockerfileError {
    return new DockerfileError(this.file, line, reason);
  }

  /** instructions.Parse: ARGs before the first FROM are global; anything else needs a stage. */
  private splitStages(): Instruction[] {
    const meta: Instruction[] = [];
    for (const inst of this.instructions) {
      if (inst.keyword === 'FROM') {
        const index = this.stages.length;
        const name = inst.args.length === 3 ? inst.args[2]!.toLowerCase() : '';
        const label = name || String(index);
        this.stages.push({ index, name, label, stageName: name || `stage-${index}`, from: inst, commands: [], deps: new Map() });
      } else if (this.stages.length > 0) this.stages.at(-1)!.commands.push(inst);
      else if (inst.keyword === 'ARG') meta.push(inst);
      else throw this.error(inst.line, 'no build stage in current context');
    }
    if (this.stages.length === 0) throw this.error(1, 'dockerfile contains no stages to build');
    return meta;
  }

  /** ProcessWord with the instruction's line on errors. */
  private expand(word: string, env: Env, inst: Instruction): { result: string; unset: Set<string> } {
    try {
      return this.lex.processWord(word, env);
    } catch (e) {
      if (e instanceof ShellError) throw this.error(inst.line, e.message);
      throw e;
    }
  }

  /** Expands a word that decides what is read from the context, warning about unset variables. */
  private expandSource(word: string, env: Env, inst: Instruction): string {
    const { result, unset } = this.expand(word, env, inst);
    for (const name of unset) {
      const why = this.globalArgs.has(name)
        ? `a global ARG is visible in a stage only after "ARG ${name}" in that stage`
        : "a value from the base image's ENV is not known here";
      const w = `${this.file}:${inst.line}: ${inst.keyword} uses $${name}, which is not set at that point and was read as empty (${why})`;
      if (!this.warnings.includes(w)) this.warnings.push(w);
    }
    return result;
  }

  /** buildMetaArgs: a global ARG takes its --build-arg value, else its default expanded with the ARGs before it. */
  private metaArg(inst: Instruction): void {
    for (const word of inst.args) {
      const [key, value] = splitArg(word);
      if (Object.hasOwn(this.buildArgs, key)) this.globalArgs.set(key, this.buildArgs[key]!);
      else if (value !== undefined) this.globalArgs.set(key, this.expand(value, this.globalArgs, inst).result);
    }
  }

  /** buildDispatchStates: FROM expands global ARGs; a base naming an earlier stage builds on that stage. */
  private resolveBases(): void {
    for (const st of this.stages) {
      const raw = st.from.args[0]!;
      const base = this.expand(raw, this.globalArgs, st.from).result;
      if (base === '') throw this.error(st.from.line, `base name (${raw}) should not be blank`);
      st.base = this.byName.get(base);
      if (!st.base) st.image = base;
      if (st.name !== '') this.byName.set(st.name, st);
    }
  }

  private resolveTarget(): Stage | undefined {
    const want = this.opts.target;
    if (!want) return undefined;
    const found = this.byName.get(want.toLowerCase());
    if (found) return found;
    const names = this.stages.filter((s) => s.name !== '').map((s) => s.name);
    const msg = suggest(`target stage ${JSON.stringify(want)} could not be found`, want, names, true);
    const list = names.length > 0 ? `the stages are: ${names.join(', ')}` : 'the Dockerfile names no stages (FROM image AS name)';
    throw this.error(1, `${msg}; ${list}`);
  }

  /** toCommand: the stages (or images) a COPY --from or a RUN --mount reads. */
  private addDeps(st: Stage, c: Instruction): void {
    const sources: (Stage | undefined)[] = [];
    if (c.keyword === 'COPY' && c.flags.from) {
      const from = c.flags.from.at(-1)!;
      if (this.expand(from, EMPTY_ENV, c).result !== from) {
        throw this.error(
          c.line,
          'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
        );
      }
      if (/^[+-]?\d{1,18}$/.test(from)) {
        const index = Number(from);
        if (index < 0 || index >= this.stateCount) throw this.error(c.line, `invalid stage index ${index}`);
        sources.push(this.stages[index]);
      } else sources.push(this.stageOrImage(from));
    }
    if (c.keyword === 'RUN') {
      for (const value of c.flags.mount ?? []) sources.push(this.stageOrImage(this.mount(value, c).from || 'scratch'));
    }
    if (sources.length === 0) return;
    this.sourcesOf.set(c, sources);
    for (const s of sources) if (s && !st.deps.has(s)) st.deps.set(s, c);
  }

  private stageOrImage(name: string): Stage | undefined {
    const st = this.byName.get(name.toLowerCase());
    if (!st) this.stateCount++;
    return st;
  }

  private mount(value: string, c: Instruction, expand?: (word: string, key: string) => string): ReturnType<typeof parseMount> {
    try {
      return parseMount(value, expand);
    } catch (e) {
      if (e instanceof MountError) throw this.error(c.line, e.message);
      throw e;
    }
  }

  /** validateCircularDependency over COPY --from / RUN --mount edges. */
  private checkCycles(): void {
    const visited = new Set<Stage>();
    const path = new Set<Stage>();
    const visit = (s: Stage, via: Instruction[]): Instruction[] | undefined => {
      if (visited.has(s)) return undefined;
      visited.add(s);
      path.add(s);
      for (const [dep, c] of s.deps) {
        const next = [...via, c];
        if (path.has(dep)) return next;
        const found = visit(dep, next);
        if (found) return found;
      }
      path.delete(s);
      return undefined;
    };
    for (const s of this.stages) {
      const cycle = visit(s, []);
      if (cycle) throw this.error(cycle[0]!.line, `circular dependency detected on stage: ${s.stageName}`);
    }
  }

  /** The target and, transitively, its base stages and the stages it reads; ONBUILD triggers can add some. */
  private reachable(target: Stage): Set<Stage> {
    const seen = new Set<Stage>();
    const todo = [target];
    for (let st = todo.pop(); st; st = todo.pop()) {
      if (seen.has(st)) continue;
      seen.add(st);
      if (st.base) {
        if (!st.triggers) {
          // Reported at the ONBUILD line, except the trigger's parse errors, at the FROM line as BuildKit does.
          st.triggers = st.base.commands.filter((c) => c.onbuild).map((c) => ({ ...c.onbuild!, original: c.original }));
          for (const t of st.triggers) {
            checkTrigger(t, this.file, st.from.line);
            this.addDeps(st, t);
          }
        }
        todo.push(st.base);
      }
      todo.push(...st.deps.keys());
    }
    return seen;
  }

  private dispatch(st: Stage, c: Instruction, env: Map<string, string>, done: Set<Stage>, copies: ContextCopy[]): void {
    switch (c.keyword) {
      case 'ENV': {
        const pairs = envPairs(c).map(([k, v]) => [this.expand(k, env, c).result, this.expand(v, env, c).result] as const);
        for (const [k, v] of pairs) env.set(k, v);
        return;
      }
      case 'ARG':
        this.stageArg(c, env);
        return;
      case 'COPY':
      case 'ADD': {
        const from = this.sourcesOf.get(c)?.[0];
        if (from && !done.has(from)) {
          throw this.error(
            c.line,
            `cannot copy from stage ${JSON.stringify(c.flags.from!.at(-1))}, it needs to be defined before current stage ${JSON.stringify(st.stageName)}`,
          );
        }
        if (c.flags.from) return;
        const copy = this.copySources(st, c, env);
        if (copy) copies.push(copy);
        return;
      }
      case 'RUN': {
        const mounts = c.flags.mount ?? [];
        const sources: string[] = [];
        mounts.forEach((value, i) => {
          const m = this.mount(value, c, (w, key) =>
            key === 'source' || key === 'src' ? this.expandSource(w, env, c) : this.expand(w, env, c).result,
          );
          const from = this.sourcesOf.get(c)?.[i];
          if (m.from !== '' && from && !done.has(from)) {
            throw this.error(
              c.line,
              `cannot mount from stage ${JSON.stringify(m.from)} to ${JSON.stringify(m.target)}, stage needs to be defined before current command`,
            );
          }
          if (m.type === 'bind' && m.from === '') sources.push(contextPath(m.source));
        });
        if (sources.length > 0) copies.push(this.contextCopy(st, c, sources, [], undefined));
        return;
      }
      default:
    }
  }

  /** dispatchArg: --build-arg value, else the default expanded, else the global ARG of that name. */
  private stageArg(c: Instruction, env: Map<string, string>): void {
    for (const word of c.args) {
      const [key, def] = splitArg(word);
      let value: string | undefined;
      if (Object.hasOwn(this.buildArgs, key)) value = this.buildArgs[key];
      else if (def !== undefined) value = this.expand(def, env, c).result;
      else value = this.globalArgs.get(key);
      if (value !== undefined && !NON_ENV.has(key)) env.set(key, value);
    }
  }

  /** dispatchCopy for the sources read from the context. */
  private copySources(st: Stage, c: Instruction, env: Env): ContextCopy | undefined {
    const args = c.args;
    this.expand(args.at(-1)!, env, c); // the destination is expanded too, and can fail the build
    const parents = c.keyword === 'COPY' && flagIsTrue(c, 'parents');
    const sources: string[] = [];
    const patterns: string[] = [];
    for (const raw of args.slice(0, -1)) {
      if (isHeredocWord(raw)) continue;
      const src = this.expandSource(raw, env, c);
      const kind = sourceKind(src);
      if (kind !== 'local' && c.keyword === 'COPY') {
        throw this.error(c.line, kind === 'git' ? "source can't be a git ref for COPY" : "source can't be a URL for COPY");
      }
      if (kind !== 'local') continue;
      if (!parents) {
        sources.push(contextPath(src));
        continue;
      }
      const pivot = src.indexOf('/./');
      const pattern = contextPath(pivot < 0 ? src : src.slice(pivot + 3));
      sources.push(pivot < 0 ? '.' : contextPath(src.slice(0, pivot)));
      patterns.push(pattern === '.' ? '' : pattern);
      if (pattern === '.') {
        this.warnings.push(
          `${this.file}:${c.line}: COPY --parents with nothing after the pivot (${raw}) is counted as copying the whole directory`,
        );
      }
    }
    if (sources.length === 0) return undefined;
    const excludes = c.flags.exclude ?? [];
    this.checkPatterns(c, excludes);
    if (parents) this.checkPatterns(c, patterns);
    return this.contextCopy(st, c, sources, excludes, parents ? patterns : undefined);
  }

  /** fsutil fails the copy on a pattern moby/patternmatcher rejects. */
  private checkPatterns(c: Instruction, patterns: string[]): void {
    try {
      for (const p of patterns) for (const x of new PatternMatcher([p]).patterns) x.match('');
    } catch (e) {
      if (e instanceof PatternError) throw this.error(c.line, e.message);
      throw e;
    }
  }

  private contextCopy(st: Stage, c: Instruction, sources: string[], excludes: string[], parents: string[] | undefined): ContextCopy {
    const whole = sources.some((s, i) => s === '.' && (parents === undefined || parents[i] === ''));
    const copy: ContextCopy = {
      keyword: c.keyword as ContextCopy['keyword'],
      line: c.line,
      original: c.original,
      stage: st.label,
      sources,
      wholeContext: whole && excludes.length === 0,
      excludes,
    };
    if (parents) copy.parents = parents;
    return copy;
  }
}
