// Action inputs (documented in action.yml). Read through `get` so tests need no environment.
import * as core from '@actions/core';
import { isBudgetKey, parseBudget, type Budget } from '../budget/budgets.js';
import { BUDGET_KEYS, type Level } from '../model/verdict.js';
import { parseLimit, type Limit } from '../util/size.js';
import type { ImageInputs } from './image.js';
import { parseWindow } from '../render/trend.js';
import { InputError } from '../util/errors.js';
import { COMMENT_POLICIES, type CommentPolicy } from '../github/sticky.js';

export const MODES = ['auto', 'measure', 'comment', 'baseline', 'merge'] as const;
export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  context: string;
  dockerfile: string | undefined;
  target: string | undefined;
  buildArgs: Record<string, string>;
  top: number;
  /** The config file, and whether the user named it (then it must exist). */
  config: { path: string; explicit: boolean };
  mode: Mode;
  token: string;
  comment: CommentPolicy;
  commentKey: string;
  commentAuthor: string;
  budgets: Budget[];
  minChange: Limit | undefined;
  failOnBudget: boolean | undefined;
  baselineArtifact: string;
  reportArtifact: string;
  retentionDays: number | undefined;
  issueLabel: string;
  trendPoints: number;
  /** A pull-request label that turns fail-level breaches into accepted warnings (undefined: no override). */
  allowLabel: string | undefined;
  /** Post the suggested ignore-file lines as a one-click review suggestion when the pull request changes that file. */
  reviewSuggestions: boolean;
  /** On a push to the default branch: write a shields.io endpoint JSON (summary, output, artifact). */
  badge: boolean;
  /** Prefix of the badge artifact's name (the comment-key is appended). */
  badgeArtifact: string;
  /** The trend's time window ("12w") and its length in ms; undefined for none. */
  trendWindow: { text: string; ms: number } | undefined;
  /** The built image to measure too (inputs image, image-archive, registry, platform, waste-exclude, layer-share). */
  image: ImageInputs;
}

export const DEFAULT_CONFIG = '.github/docker-size.yml';

type Get = (name: string) => string;

export function readInputs(get: Get = (n) => core.getInput(n)): ActionInputs {
  const top = get('top') || '10';
  if (!/^\d+$/.test(top) || Number(top) > 1000)
    throw new InputError(`input "top" must be a whole number from 0 to 1000, got ${JSON.stringify(top)}`);
  const buildArgs: Record<string, string> = {};
  for (const line of lines(get('build-args'))) {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new InputError(`input "build-args": each line must be KEY=VALUE, got ${JSON.stringify(line)}`);
    buildArgs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  const commentKey = get('comment-key') || 'default';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentKey)) {
    throw new InputError(`input "comment-key" must be 1 to 64 letters, digits, ".", "_" or "-", got ${JSON.stringify(commentKey)}`);
  }
  const minChangeText = get('min-change');
  const minChange = minChangeText === '' ? undefined : parseLimit(minChangeText, true);
  if (minChangeText !== '' && !minChange)
    throw new InputError(`input "min-change" must be a size (10kB) or a percentage (1%), got ${JSON.stringify(minChangeText)}`);
  const failOnBudget = get('fail-on-budget');
  if (failOnBudget !== '' && failOnBudget !== 'true' && failOnBudget !== 'false') {
    throw new InputError(`input "fail-on-budget" must be true or false, got ${JSON.stringify(failOnBudget)}`);
  }
  const retention = get('retention-days');
  if (retention !== '' && (!/^\d+$/.test(retention) || Number(retention) < 1 || Number(retention) > 400)) {
    throw new InputError(`input "retention-days" must be a whole number of days from 1 to 400, got ${JSON.stringify(retention)}`);
  }
  const points = get('trend-points') || '30';
  if (!/^\d+$/.test(points) || Number(points) < 2 || Number(points) > 100) {
    throw new InputError(`input "trend-points" must be a whole number from 2 to 100, got ${JSON.stringify(points)}`);
  }
  const windowText = get('trend-window').trim();
  const windowMs = windowText === '' ? undefined : parseWindow(windowText);
  if (windowText !== '' && windowMs === undefined) {
    throw new InputError(`input "trend-window" must be a time such as "30d", "12w" or "6m", got ${JSON.stringify(windowText)}`);
  }
  const configInput = get('config');
  return {
    context: get('context') || '.',
    dockerfile: get('dockerfile') || undefined,
    target: get('target') || undefined,
    buildArgs,
    top: Number(top),
    config: { path: configInput || DEFAULT_CONFIG, explicit: configInput !== '' },
    mode: oneOf('mode', get('mode') || 'auto', MODES),
    token: get('github-token'),
    comment: oneOf('comment', get('comment') || 'always', COMMENT_POLICIES),
    commentKey,
    commentAuthor: get('comment-author') || 'github-actions[bot]',
    budgets: [...budgetLines(get('budgets'), 'fail', 'budgets'), ...budgetLines(get('warn-budgets'), 'warn', 'warn-budgets')],
    minChange,
    failOnBudget: failOnBudget === '' ? undefined : failOnBudget === 'true',
    baselineArtifact: artifactBase('baseline-artifact', get('baseline-artifact') || 'docker-size-baseline'),
    reportArtifact: artifactBase('report-artifact', get('report-artifact') || 'docker-size-report'),
    retentionDays: retention === '' ? undefined : Number(retention),
    issueLabel: label(get('issue-label') || 'docker-size-regression', 'issue-label'),
    trendPoints: Number(points),
    allowLabel: get('allow-label') === '' ? undefined : label(get('allow-label'), 'allow-label'),
    reviewSuggestions: bool('review-suggestions', get('review-suggestions') || 'true'),
    badge: bool('badge', get('badge') || 'false'),
    badgeArtifact: artifactBase('badge-artifact', get('badge-artifact') || 'docker-size-badge'),
    trendWindow: windowMs === undefined ? undefined : { text: windowText.replace(/\s+/g, '').toLowerCase(), ms: windowMs },
    image: {
      image: get('image') || undefined,
      imageArchive: get('image-archive') || undefined,
      registry: oneOf('registry', get('registry') || 'false', ['true', 'false'] as const) === 'true',
      platform: get('platform') || undefined,
      wasteExclude: lines(get('waste-exclude')),
      layerShare: get('layer-share') || undefined,
      top: Number(top),
    },
  };
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input "${input}" must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

/** `budgets` / `warn-budgets`: one `KEY: LIMIT` per line, e.g. `image: 2GB`, `context-increase: 10%`. */
function budgetLines(text: string, level: Level, input: string): Budget[] {
  return lines(text).map((line, i) => {
    const m = /^([a-z-]+)\s*[:=]\s*(.+)$/.exec(line);
    if (!m || !isBudgetKey(m[1]!)) {
      throw new InputError(
        `input "${input}" line ${i + 1}: expected KEY: LIMIT with KEY one of ${BUDGET_KEYS.join(', ')}, got ${JSON.stringify(line)}`,
      );
    }
    return parseBudget(m[1], level, m[2]!.trim(), `input ${input}`, `input "${input}" line ${i + 1}`);
  });
}

/** Artifact names may not hold " : < > | * ? \ / or line breaks; the suffixes added later are safe. */
function artifactBase(input: string, value: string): string {
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(value))
    throw new InputError(`input "${input}" must be 1 to 100 letters, digits, ".", "_" or "-", got ${JSON.stringify(value)}`);
  return value;
}

function bool(input: string, value: string): boolean {
  return oneOf(input, value, ['true', 'false'] as const) === 'true';
}

function label(value: string, input: string): string {
  if (value.length > 50 || /[,\r\n]/.test(value))
    throw new InputError(`input "${input}" must be one label name of at most 50 characters, without commas, got ${JSON.stringify(value)}`);
  return value;
}
