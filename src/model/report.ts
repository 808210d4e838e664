// The JSON report (schema version 1). Documented in README.md; other tooling depends on it. Types only;
// src/model/parse-report.ts reads one from untrusted JSON, src/model/baseline.ts its figures.
import type { Comparison } from './comparison.js';
import type { Diagnostics } from './diagnostics.js';
import type { ImageResult } from './image.js';
import type { Verdict } from './verdict.js';

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

export interface PathSize {
  path: string;
  bytes: number;
}

export interface DirSize extends PathSize {
  files: number;
}

/** What src/context/tally.ts counts of a set of entries (the context, or what the COPYs take). */
export interface Totals {
  bytes: number;
  files: number;
  symlinks: number;
  directories: number;
  /** Sockets, FIFOs, devices: sent as tar headers without content. */
  other: number;
  /** Directories that could not be read: their contents are unknown. */
  unreadable: number;
  largestFiles: PathSize[];
  largestDirectories: DirSize[];
  /**
   * Included bytes of the entries at depth 1 and 2 (`models`, `models/llm.bin`), largest first,
   * at most SHALLOW_LIMIT of them: what a comparison with a baseline uses to say which paths grew.
   */
  shallow: PathSize[];
  /** True when `shallow` was cut to SHALLOW_LIMIT entries (a missing path may then be small, not absent). */
  shallowTruncated: boolean;
}

export const SHALLOW_LIMIT = 200;

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
