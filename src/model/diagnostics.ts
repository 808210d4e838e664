// The diagnostics part of the JSON report (TargetReport.diagnostics): where the bytes are, the
// .dockerignore lines that would remove them with their exact savings, .gitignore drift and the
// lint findings. Documented in README.md ("Diagnostics").

export type FamilyId =
  | 'vcs'
  | 'venv'
  | 'node_modules'
  | 'python-cache'
  | 'build-output'
  | 'model-weights'
  | 'data'
  | 'logs-temp'
  | 'editor-os'
  | 'secrets'
  | 'large-files'
  | 'ignore-fix'
  | 'other';

export interface FamilyBytes {
  family: FamilyId;
  label: string;
  bytes: number;
  /** Files and symlinks. */
  files: number;
}

export interface Suggestion {
  /** The .dockerignore line, in Docker's syntax. */
  line: string;
  family: FamilyId;
  /** Bytes and files this line removes from the context, given the lines before it in the block. */
  bytes: number;
  files: number;
  /** Of those, what the Dockerfile's COPY/ADD take (so what this line also keeps out of the image or a build stage). */
  copiedBytes: number;
  /** Up to three paths it removes (the topmost matches). */
  examples: string[];
  /** Why this line, when it is not obvious (an ignore-file fix, a large file, ...). */
  note?: string;
}

export interface NeededBy {
  /** Where the need is written: the Dockerfile (a COPY/ADD, or line 0 for the Dockerfile and ignore file themselves) or the ignore file (an exception naming the path). */
  file: string;
  line: number;
  instruction: string;
  path: string;
}

/** A line the tool would have suggested but does not, because the build needs what it would remove. */
export interface Withheld {
  line: string;
  family: FamilyId;
  bytes: number;
  files: number;
  neededBy: NeededBy[];
}

export interface FixBlock {
  /** The ignore file the block goes to (the one the build uses), as displayed. */
  file: string;
  /** True when there is no ignore file yet and --fix creates it. */
  create: boolean;
  /** The exact text --fix appends (a leading newline when the file lacks a trailing one). */
  text: string;
  /** Bytes the ignore file grows by that count in the context (0 when it is outside the context). */
  contextGrowth: number;
}

export interface Savings {
  /** Context bytes now. */
  before: number;
  /** Sum of the suggestions' bytes. */
  removed: number;
  removedFiles: number;
  /** The context after appending the block: before - removed + block.contextGrowth. */
  after: number;
}

export type Severity = 'error' | 'warning' | 'notice';

export type LintRule =
  | 'gitignore-habit'
  | 'matches-nothing'
  | 'shadowed'
  | 'exception-never-applies'
  | 'excludes-needed'
  | 'ignore-file-not-used'
  | 'copy-everything'
  | 'secret-in-context';

export interface Finding {
  rule: LintRule;
  severity: Severity;
  /** The file the finding is about (as displayed) and its 1-based line; absent when it has no place. */
  file?: string;
  line?: number;
  message: string;
  /** Bytes involved, when the finding is about bytes (what a habit misses, what a COPY . . drags in). */
  bytes?: number;
}

export interface DriftItem {
  /** The .gitignore file (as displayed) and the line of the rule. */
  file: string;
  line: number;
  pattern: string;
  /** The .dockerignore line that would exclude the same paths. */
  dockerLine: string;
  /** 'present': paths it ignores are in the context here; 'risk': none here, and .dockerignore would not exclude them. */
  status: 'present' | 'risk';
  bytes: number;
  files: number;
  examples: string[];
  /** Set when a COPY/ADD names a path this rule ignores: a clean checkout (CI) lacks it. */
  neededBy?: NeededBy[];
}

export interface Drift {
  /** The .gitignore files read, as displayed. */
  gitignoreFiles: string[];
  items: DriftItem[];
  /** Gitignore rules the ignore file already covers. */
  covered: number;
}

export interface Diagnostics {
  /** The context by family, largest first; 'other' is what belongs to none. */
  families: FamilyBytes[];
  /** The block, in the order written: each line's savings are marginal to the lines above it. */
  suggestions: Suggestion[];
  withheld: Withheld[];
  block: FixBlock | null;
  savings: Savings;
  drift: Drift;
  findings: Finding[];
}
