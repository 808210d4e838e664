// The config file (default .github/docker-size.yml): targets of a monorepo and their budgets.
// Parsed and validated without I/O; every problem is reported with its line.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { isBudgetKey, parseBudget, type Budget } from '../budget/budgets.js';
import { BUDGET_KEYS, type Level } from '../model/verdict.js';
import { parseLimit, type Limit } from '../util/size.js';
import { InputError, safeLine } from '../util/errors.js';

export interface TargetConfig {
  name: string;
  context: string;
  dockerfile?: string;
  target?: string;
  buildArgs: Record<string, string>;
  image?: string;
  imageArchive?: string;
  budgets: Budget[];
}

export interface Config {
  targets: TargetConfig[];
  /** Budgets for every target. */
  budgets: Budget[];
  minChange?: Limit;
  failOnBudget?: boolean;
}

/** Several problems in one file: printed as one line, the first problem and how many more there are. */
export class ConfigError extends InputError {
  constructor(
    override readonly file: string,
    readonly problems: { line: number; message: string }[],
  ) {
    super(problems.map((p) => p.message).join('; '), file, problems[0]?.line);
  }

  override oneLine(): string {
    const first = this.problems[0]!;
    const more = this.problems.length - 1;
    return safeLine(
      `${this.file}:${first.line}: ${first.message}${more === 0 ? '' : ` (and ${more} more problem${more === 1 ? '' : 's'})`}`,
    );
  }
}

const TOP_KEYS = ['targets', 'budgets', 'min-change', 'fail-on-budget'];
const TARGET_KEYS = ['name', 'context', 'dockerfile', 'target', 'build-args', 'image', 'image-archive', 'budgets'];

export function parseConfig(text: string, file: string): Config {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  const problems: { line: number; message: string }[] = [];
  const lineOf = (n: Node | null | undefined): number => (n?.range ? lc.linePos(n.range[0]).line : 1);
  const problem = (n: Node | null | undefined, message: string): void => void problems.push({ line: lineOf(n), message });
  for (const e of doc.errors) problems.push({ line: e.linePos?.[0]?.line ?? 1, message: e.message.split('\n')[0]! });
  if (problems.length) throw new ConfigError(file, problems);

  const config: Config = { targets: [], budgets: [] };
  const root = doc.contents;
  if (!isMap(root))
    throw new ConfigError(file, [
      { line: lineOf(root), message: 'expected a mapping with "targets" (and optionally "budgets", "min-change", "fail-on-budget")' },
    ]);

  const scalar = (n: Node | null | undefined, what: string): string | undefined => {
    if (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number' || typeof n.value === 'boolean')) return String(n.value);
    problem(n, `${what} must be a string`);
    return undefined;
  };
  const budgets = (n: Node | null | undefined, where: string): Budget[] => {
    const out: Budget[] = [];
    if (!isMap(n)) {
      problem(n, `${where} must be a mapping of budget names (${BUDGET_KEYS.join(', ')}) to limits`);
      return out;
    }
    for (const pair of n.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!isBudgetKey(key)) {
        problem(pair.key as Node, `unknown budget ${JSON.stringify(key)}; known: ${BUDGET_KEYS.join(', ')}`);
        continue;
      }
      const value = pair.value as Node | null;
      const levels: [Level, Node | null | undefined][] = isMap(value)
        ? value.items.map((p) => {
            const level = isScalar(p.key) ? String(p.key.value) : '';
            if (level !== 'warn' && level !== 'fail')
              problem(p.key as Node, `budget level must be "warn" or "fail", got ${JSON.stringify(level)}`);
            return [level as Level, p.value as Node];
          })
        : [['fail', value]];
      for (const [level, v] of levels) {
        if (level !== 'warn' && level !== 'fail') continue;
        const s = scalar(v, `budget ${key}`);
        if (s === undefined) continue;
        try {
          out.push(parseBudget(key, level, s, `${file}:${lineOf(v)}`, `budget ${key}`));
        } catch (e) {
          if (e instanceof InputError) problem(v, e.message);
          else throw e;
        }
      }
    }
    return out;
  };

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (!TOP_KEYS.includes(key)) problem(pair.key as Node, `unknown key ${JSON.stringify(key)}; known: ${TOP_KEYS.join(', ')}`);
    else if (key === 'budgets') config.budgets = budgets(value, 'budgets');
    else if (key === 'min-change') {
      const s = scalar(value, 'min-change');
      const limit = s === undefined ? undefined : parseLimit(s, true);
      if (s !== undefined && !limit) problem(value, `min-change must be a size (10kB) or a percentage (1%), got ${JSON.stringify(s)}`);
      config.minChange = limit;
    } else if (key === 'fail-on-budget') {
      if (isScalar(value) && typeof value.value === 'boolean') config.failOnBudget = value.value;
      else problem(value, 'fail-on-budget must be true or false');
    } else if (key === 'targets') {
      if (!isSeq(value) || value.items.length === 0) {
        problem(value, 'targets must be a non-empty list');
        continue;
      }
      const names = new Set<string>();
      value.items.forEach((item, i) => {
        const n = item as Node;
        if (!isMap(n)) {
          problem(n, `targets[${i}] must be a mapping`);
          return;
        }
        const t: TargetConfig = { name: '', context: '.', buildArgs: {}, budgets: [] };
        for (const p of n.items) {
          const k = isScalar(p.key) ? String(p.key.value) : '';
          const v = p.value as Node | null;
          if (!TARGET_KEYS.includes(k))
            problem(p.key as Node, `unknown key ${JSON.stringify(k)} in a target; known: ${TARGET_KEYS.join(', ')}`);
          else if (k === 'budgets') t.budgets = budgets(v, `budgets of target ${i}`);
          else if (k === 'build-args') {
            if (!isMap(v)) problem(v, 'build-args must be a mapping of NAME: value');
            else
              for (const a of v.items) {
                const name = isScalar(a.key) ? String(a.key.value) : '';
                const val = scalar(a.value as Node, `build-arg ${name}`);
                if (val !== undefined) t.buildArgs[name] = val;
              }
          } else {
            const s = scalar(v, k);
            if (s === undefined) continue;
            if (k === 'name') t.name = s;
            else if (k === 'context') t.context = s;
            else if (k === 'dockerfile') t.dockerfile = s;
            else if (k === 'target') t.target = s;
            else if (k === 'image') t.image = s;
            else if (k === 'image-archive') t.imageArchive = s;
          }
        }
        if (t.image !== undefined && t.imageArchive !== undefined) problem(n, 'a target takes image or image-archive, not both');
        if (t.name === '') t.name = t.dockerfile ?? t.context;
        if (names.has(t.name)) problem(n, `two targets are named ${JSON.stringify(t.name)}; give each a unique name`);
        names.add(t.name);
        config.targets.push(t);
      });
    }
  }
  if (!root.items.some((p) => isScalar(p.key) && p.key.value === 'targets')) problem(root, 'targets is missing');
  if (problems.length)
    throw new ConfigError(
      file,
      problems.sort((a, b) => a.line - b.line),
    );
  return config;
}
