// The culprit families' cases, shared by the unit test (what the tool proposes) and the engine test
// (that appending the block removes exactly that).
import type { Spec } from './helpers.js';

const PRIVATE = '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n';
const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const s = (size: number): Spec => ({ size });

export interface FamilyCase {
  name: string;
  files: Record<string, Spec>;
  /** [line, bytes, files] in block order */
  lines: [string, number, number][];
  withheld?: string[];
}

export const FAMILY_CASES: FamilyCase[] = [
  {
    name: 'version control: .git and a submodule gitlink',
    files: { '.git/HEAD': s(21), '.git/objects/pack/pack-1.pack': s(5000), 'vendor/lib/.git': s(30), 'src/a.py': s(10) },
    lines: [['**/.git', 5051, 3]],
  },
  {
    name: 'virtual environments: by pyvenv.cfg, whatever their name',
    files: {
      '.venv/pyvenv.cfg': s(20),
      '.venv/lib/python3.11/site-packages/x.so': s(3000),
      '.venv/bin/python': { symlink: '/usr/bin/python3.11' },
      'tools/env/pyvenv.cfg': s(20),
      'tools/env/lib/y.so': s(1000),
      'config/env/settings.py': s(50),
    },
    lines: [
      ['.venv', 3000 + 20 + '/usr/bin/python3.11'.length, 3],
      ['tools/env', 1020, 2],
    ],
  },
  {
    name: 'node_modules at any depth',
    files: { 'node_modules/a/index.js': s(1000), 'packages/x/node_modules/b/index.js': s(2000), 'packages/x/index.js': s(10) },
    lines: [['**/node_modules', 3000, 2]],
  },
  {
    name: 'Python caches',
    files: {
      'app/__pycache__/m.cpython-311.pyc': s(500),
      '.pytest_cache/v/cache/nodeids': s(50),
      '.mypy_cache/3.11/x.json': s(300),
      'legacy/old.pyc': s(70),
      'app/m.py': s(5),
    },
    // *.pyc saves more than __pycache__/ here (it also takes legacy/old.pyc), so it comes first and __pycache__/ adds nothing.
    lines: [
      ['**/*.pyc', 570, 2],
      ['**/.mypy_cache', 300, 1],
      ['**/.pytest_cache', 50, 1],
    ],
  },
  {
    name: 'build output',
    files: { 'dist/app.js': s(4000), 'web/build/index.html': s(2000), 'rust/target/debug/app': s(6000), 'src/main.ts': s(10) },
    lines: [
      ['**/target', 6000, 1],
      ['**/dist', 4000, 1],
      ['**/build', 2000, 1],
    ],
  },
  {
    name: 'model weights: by extension, and models/ only when it holds weights and no code',
    files: {
      'models/llm.safetensors': s(7000),
      'models/tokenizer.json': s(500),
      'ckpt/epoch1.ckpt': s(3000),
      'app/models/user.py': s(100),
      'x.gguf': s(800),
      'fw/boot.bin': s(40),
    },
    lines: [
      ['models', 7500, 2],
      ['**/*.ckpt', 3000, 1],
      ['**/*.gguf', 800, 1],
    ],
  },
  {
    name: 'data sets: data/ with data files; *.csv only when every one is large',
    files: {
      'data/train.parquet': s(5000),
      'data/labels.csv': s(200),
      'lookup/small.csv': s(100),
      'big/events.csv': s(1_200_000),
      'app.py': s(10),
    },
    lines: [
      ['big/events.csv', 1_200_000, 1],
      ['data', 5200, 2],
    ],
  },
  {
    name: 'logs and temp files',
    files: {
      'logs/app.log': s(400),
      'logs/app.log.1': s(300),
      'tmp/cache.bin': s(50),
      'server.log': s(60),
      'x.tmp': s(10),
      'main.go': s(10),
    },
    lines: [
      ['logs', 700, 2],
      ['**/*.log', 60, 1],
      ['tmp', 50, 1],
      ['**/*.tmp', 10, 1],
    ],
  },
  {
    name: 'editor and OS litter',
    files: {
      '.idea/workspace.xml': s(900),
      '.vscode/settings.json': s(80),
      '.DS_Store': s(6148),
      'src/.DS_Store': s(6148),
      'src/a.c': s(10),
    },
    lines: [
      ['**/.DS_Store', 12296, 2],
      ['**/.idea', 900, 1],
      ['**/.vscode', 80, 1],
    ],
  },
  {
    name: 'secrets: keys by content, certificates left alone',
    files: { '.env': s(30), 'deploy/id_rsa': PRIVATE, 'keys/server.pem': PRIVATE, 'keys/ca.pem': CERT, '.env.example': s(12) },
    lines: [
      ['**/id_rsa', PRIVATE.length, 1],
      ['keys/server.pem', PRIVATE.length, 1],
      ['**/.env', 30, 1],
    ],
  },
  {
    name: 'large files that belong to no family',
    files: { 'backup/db.dump': s(1_500_000), 'assets/logo.png': s(5000) },
    lines: [['backup/db.dump', 1_500_000, 1]],
  },
  {
    // big.js's content stays in the context through its other link: removing node_modules saves its files, not those bytes.
    name: 'hard links leave the context only with their last link',
    files: {
      'node_modules/pkg/big.js': s(5000),
      'node_modules/pkg/other.js': s(100),
      'vendor-copy.js': { hardlink: 'node_modules/pkg/big.js' },
      '.git/objects/x': s(50),
      '.git/objects/y': { hardlink: '.git/objects/x' },
    },
    lines: [
      ['**/node_modules', 100, 2],
      ['**/.git', 50, 2],
    ],
  },
  {
    name: 'a family the Dockerfile copies by name is withheld, not suggested',
    files: { Dockerfile: 'FROM scratch\nCOPY models/ /models/\n', 'models/w.safetensors': s(5000), 'node_modules/x.js': s(100) },
    lines: [['**/node_modules', 100, 1]],
    withheld: ['**/*.safetensors', 'models'],
  },
  {
    name: 'paths an exception names are never removed',
    files: { '.dockerignore': '*.md\n!README.md\n', 'README.md': s(10), 'docs/a.md': s(20), 'a.log': s(5), 'x/README.md': s(3) },
    lines: [['**/*.log', 5, 1]],
  },
];
