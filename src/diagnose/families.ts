// The culprit families a Docker user recognises, and the .dockerignore lines that remove them.
// Lines are written in Docker's syntax: anchored at the context root, so "**/" for any depth.
import type { FamilyId } from '../model/diagnostics.js';

export const FAMILY_LABELS: Record<FamilyId, string> = {
  vcs: 'Version control',
  venv: 'Virtual environments',
  node_modules: 'node_modules',
  'python-cache': 'Python caches',
  'build-output': 'Build output and tool caches',
  'model-weights': 'Model weights and checkpoints',
  data: 'Data sets',
  'logs-temp': 'Logs and temp files',
  'editor-os': 'Editor and OS litter',
  secrets: 'Secrets',
  'large-files': 'Large files',
  'ignore-fix': 'What the .dockerignore meant',
  other: 'Everything else',
};

/**
 * When a candidate line may be suggested:
 * - `pure`: only when everything it removes lies in directories the family recognised by content
 *   (`**\/models` only when every models/ directory holds weights and no code);
 * - `min-size`: only when every file it matches is at least MIN_DATA_FILE bytes (`**\/*.csv`, and `**\/*.bin`,
 *   which only large files make weights);
 * - `no-template`: only when it matches no template (`.env.example`);
 * - `private-key`: only when every file it matches holds a private key (`*.pem` may be a certificate).
 */
export type Guard = 'pure' | 'min-size' | 'no-template' | 'private-key';

export interface StaticLine {
  family: FamilyId;
  /** The Docker pattern: "**\/NAME", "**\/*.EXT" or "**\/PREFIX*". */
  line: string;
  guard?: Guard;
  /** Why, for lines that need a word. */
  note?: string;
}

const BUILD_NOTE = 'build output: the image should build it (RUN) or COPY it by name';

export const STATIC_LINES: StaticLine[] = [
  { family: 'vcs', line: '**/.git' },
  { family: 'vcs', line: '**/.hg' },
  { family: 'vcs', line: '**/.svn' },
  { family: 'venv', line: '**/.venv', guard: 'pure' },
  { family: 'venv', line: '**/venv', guard: 'pure' },
  { family: 'venv', line: '**/env', guard: 'pure' },
  { family: 'node_modules', line: '**/node_modules' },
  { family: 'node_modules', line: '**/.pnpm-store' },
  { family: 'python-cache', line: '**/__pycache__' },
  { family: 'python-cache', line: '**/*.pyc' },
  { family: 'python-cache', line: '**/*.pyo' },
  { family: 'python-cache', line: '**/.pytest_cache' },
  { family: 'python-cache', line: '**/.mypy_cache' },
  { family: 'python-cache', line: '**/.ruff_cache' },
  { family: 'python-cache', line: '**/.tox' },
  { family: 'python-cache', line: '**/.ipynb_checkpoints' },
  { family: 'build-output', line: '**/dist', note: BUILD_NOTE },
  { family: 'build-output', line: '**/build', note: BUILD_NOTE },
  { family: 'build-output', line: '**/target', note: BUILD_NOTE },
  { family: 'build-output', line: '**/.next', note: BUILD_NOTE },
  { family: 'build-output', line: '**/.turbo' },
  { family: 'build-output', line: '**/.parcel-cache' },
  { family: 'build-output', line: '**/coverage' },
  { family: 'build-output', line: '**/.nyc_output' },
  { family: 'model-weights', line: '**/*.safetensors' },
  { family: 'model-weights', line: '**/*.gguf' },
  { family: 'model-weights', line: '**/*.bin', guard: 'min-size' },
  { family: 'model-weights', line: '**/*.pt' },
  { family: 'model-weights', line: '**/*.pth' },
  { family: 'model-weights', line: '**/*.ckpt' },
  { family: 'model-weights', line: '**/*.onnx' },
  { family: 'model-weights', line: '**/*.h5', guard: 'min-size' },
  { family: 'model-weights', line: '**/models', guard: 'pure' },
  { family: 'model-weights', line: '**/checkpoints', guard: 'pure' },
  { family: 'model-weights', line: '**/weights', guard: 'pure' },
  { family: 'data', line: '**/*.parquet' },
  { family: 'data', line: '**/*.arrow' },
  { family: 'data', line: '**/*.feather' },
  { family: 'data', line: '**/*.npy' },
  { family: 'data', line: '**/*.npz' },
  { family: 'data', line: '**/*.tfrecord' },
  { family: 'data', line: '**/*.csv', guard: 'min-size' },
  { family: 'data', line: '**/*.tsv', guard: 'min-size' },
  { family: 'data', line: '**/*.jsonl', guard: 'min-size' },
  { family: 'data', line: '**/data', guard: 'pure' },
  { family: 'data', line: '**/datasets', guard: 'pure' },
  { family: 'logs-temp', line: '**/*.log' },
  { family: 'logs-temp', line: '**/*.tmp' },
  { family: 'logs-temp', line: '**/logs', guard: 'pure' },
  { family: 'logs-temp', line: '**/tmp', guard: 'pure' },
  { family: 'editor-os', line: '**/.idea' },
  { family: 'editor-os', line: '**/.vscode' },
  { family: 'editor-os', line: '**/.DS_Store' },
  { family: 'editor-os', line: '**/Thumbs.db' },
  { family: 'editor-os', line: '**/*.swp' },
  { family: 'secrets', line: '**/.env' },
  { family: 'secrets', line: '**/.env.*', guard: 'no-template' },
  { family: 'secrets', line: '**/*.pem', guard: 'private-key' },
  { family: 'secrets', line: '**/*.key', guard: 'private-key' },
  { family: 'secrets', line: '**/id_rsa' },
  { family: 'secrets', line: '**/id_dsa' },
  { family: 'secrets', line: '**/id_ecdsa' },
  { family: 'secrets', line: '**/id_ed25519' },
  { family: 'secrets', line: '**/*.p12' },
  { family: 'secrets', line: '**/*.pfx' },
  { family: 'secrets', line: '**/.netrc' },
  { family: 'secrets', line: '**/.git-credentials' },
];

/**
 * Directories recognised by name and checked by content once walked: the family's literal line
 * (`models`, `services/api/data`) is suggested only when the content test passes.
 */
export type DirTest = 'weights' | 'data' | 'no-code';

export const NAMED_DIRS: Record<string, { family: FamilyId; test: DirTest }> = {
  models: { family: 'model-weights', test: 'weights' },
  model: { family: 'model-weights', test: 'weights' },
  checkpoints: { family: 'model-weights', test: 'weights' },
  checkpoint: { family: 'model-weights', test: 'weights' },
  weights: { family: 'model-weights', test: 'weights' },
  data: { family: 'data', test: 'data' },
  datasets: { family: 'data', test: 'data' },
  dataset: { family: 'data', test: 'data' },
  logs: { family: 'logs-temp', test: 'no-code' },
  log: { family: 'logs-temp', test: 'no-code' },
  tmp: { family: 'logs-temp', test: 'no-code' },
  temp: { family: 'logs-temp', test: 'no-code' },
};

const NAMED_DIR_MAP: ReadonlyMap<string, { family: FamilyId; test: DirTest }> = new Map(Object.entries(NAMED_DIRS));

/** The family a directory's name says it may be (NAMED_DIRS), by own keys only: "constructor" is no family. */
export function namedDir(name: string): { family: FamilyId; test: DirTest } | undefined {
  return NAMED_DIR_MAP.get(name);
}

export const WEIGHT_EXTENSIONS = new Set([
  '.safetensors',
  '.gguf',
  '.bin',
  '.pt',
  '.pth',
  '.ckpt',
  '.onnx',
  '.h5',
  '.pb',
  '.tflite',
  '.msgpack',
]);
export const DATA_EXTENSIONS = new Set([
  '.parquet',
  '.arrow',
  '.feather',
  '.npy',
  '.npz',
  '.tfrecord',
  '.csv',
  '.tsv',
  '.jsonl',
  '.h5',
  '.hdf5',
  '.pkl',
  '.pickle',
]);
export const CODE_EXTENSIONS = new Set([
  '.py',
  '.js',
  '.mjs',
  '.cjs',
  '.ts',
  '.tsx',
  '.jsx',
  '.go',
  '.rs',
  '.java',
  '.kt',
  '.rb',
  '.php',
  '.c',
  '.cc',
  '.cpp',
  '.h',
  '.hpp',
  '.cs',
  '.swift',
  '.scala',
  '.sh',
]);

/** `.env.example`, `.env.e2e.template` and friends are meant to be committed and copied; they are not secrets. */
export const ENV_TEMPLATE = /^\.env\.(?:.+\.)?(example|sample|template|tpl|dist|defaults|schema)$/i;

/**
 * Families no build reads: VCS metadata, virtual environments and installed dependencies, bytecode and
 * tool caches, logs and temp files, editor and OS litter. A COPY that takes such paths does not need
 * them (unless it names one), so their lines are suggested even inside copied directories.
 */
export const JUNK_FAMILIES: ReadonlySet<FamilyId> = new Set<FamilyId>([
  'vcs',
  'venv',
  'node_modules',
  'python-cache',
  'logs-temp',
  'editor-os',
]);
/** Tool caches and reports in the build-output family: no build reads them either. */
export const JUNK_LINES: ReadonlySet<string> = new Set(['**/.turbo', '**/.parcel-cache', '**/coverage', '**/.nyc_output']);

/** Names of directories that hold output a build makes again: excluding them on purpose is not a finding. */
export const REBUILDABLE_NAME =
  /^(dist|build|out|target|lib|lib64|coverage|\.next|\.nuxt|\.turbo|e2e-out|test-results|playwright-report|htmlcov|cmake-build-[\w.-]+|build[-_][\w.-]+)$/;

/** A directory holding one of these (and a README or a src/ directory) is a source package, whatever its name. */
export const PACKAGE_MANIFESTS = new Set([
  'package.json',
  'pyproject.toml',
  'setup.py',
  'Cargo.toml',
  'go.mod',
  'CMakeLists.txt',
  'pom.xml',
  'build.gradle',
]);

/** Files at least this large make `**\/*.csv` a data-set line rather than a lookup table (and `**\/*.bin` weights). */
export const MIN_DATA_FILE = 1_000_000;
/** A file that belongs to no family is a culprit from this size, or from 1% of the context when that is more. */
export const LARGE_FILE_FLOOR = 1_000_000;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}
