// The JSON report (schema version 1). Documented in README.md; other tooling depends on it.
import type { Verdict } from '../budget/decide.js';
import type { Comparison } from '../compare/compare.js';
import type { Diagnostics } from './diagnostics.js';
import type { ImageResult } from './image.js';
import type { Totals } from '../context/tally.js';

export const SCHEMA_VERSION = 1;

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'docker-size-guard'; version: string };
  targets: TargetReport[];
  /** Present when the run compared with a baseline (ignored when this report is itself a baseline). */
  comparison?: Comparison;
  /** Present when budgets were checked. */
  verdict?: Verdict;
}

export interface TargetReport {
  /** The target's name: the Dockerfile's path (and stage) as given, or the context path. */
  name: string;
  context: ContextSection;
  /** What the Dockerfile's COPY/ADD take from the context; null without a Dockerfile. */
  copied: CopiedSection | null;
  warnings: string[];
  /** The built image, when one was given (--image, --image-archive); see README "Image measurement". */
  image?: ImageResult;
  /** Culprits, suggested .dockerignore lines with their savings, .gitignore drift and lint; see README "Diagnostics". */
  diagnostics?: Diagnostics;
}

export interface ContextSection extends Totals {
  /** The context directory as given. */
  path: string;
  /** The ignore file the build uses, or null. */
  ignoreFile: string | null;
  /** Ignore files that exist but lose to `ignoreFile` (a root .dockerignore beside <Dockerfile>.dockerignore). */
  ignoreFilesNotUsed: string[];
  /** Number of patterns in the ignore file. */
  patterns: number;
}

export interface CopyInstruction {
  /** 1-based line of the instruction in the Dockerfile. */
  line: number;
  instruction: string;
  stage: string;
  sources: string[];
}

export interface CopiedSection extends Totals {
  dockerfile: string;
  /** The build target (stage) and the stages it depends on. */
  target: string;
  stages: string[];
  /** The instructions that take the whole context (`COPY . .`). */
  wholeContext: CopyInstruction[];
  instructions: CopyInstruction[];
}
