// The lint rules' cases, shared by the unit test (what the tool says) and the engine test (that it is true).
import type { LintRule, Severity } from '../../src/model/diagnostics.js';
import type { Spec } from './helpers.js';

export interface LintCase {
  name: string;
  files: Record<string, Spec>;
  args?: string[];
  findings: { rule: LintRule; severity: Severity; file: string | null; line: number | null; says: string[] }[];
  /** Strings that must appear nowhere in the diagnostics (secret contents). */
  never?: string[];
  /**
   * What the engine must confirm: `noEffect` lines change nothing the engine sends when removed;
   * `buildFails` means the case's Dockerfile does not build; `notSent` paths are absent from what it sends.
   */
  engine?: { noEffect?: number[]; buildFails?: boolean; notSent?: string[]; sent?: string[] };
}

const PYC = { size: 100 };

export const LINT_CASES: LintCase[] = [
  {
    name: 'gitignore-habit: root-only lines that meant any depth',
    files: { '.dockerignore': '__pycache__/\n*.pyc\n', 'app/__pycache__/m.cpython-311.pyc': PYC, 'x.pyc': 'x', 'app/m.py': 'print(1)\n' },
    findings: [
      {
        rule: 'gitignore-habit',
        severity: 'warning',
        file: '.dockerignore',
        line: 1,
        says: [
          '"__pycache__/" matches only at the context root under Docker\'s rules (nothing there matches)',
          'misses 1 deeper directory, 100 B in 1 file: app/__pycache__',
          'The suggested block covers them ("**/__pycache__")',
        ],
      },
      {
        rule: 'gitignore-habit',
        severity: 'warning',
        file: '.dockerignore',
        line: 2,
        says: [
          '(it matches x.pyc)',
          'misses 1 deeper path, 100 B in 1 file: app/__pycache__/m.cpython-311.pyc',
          'The suggested block covers them ("**/__pycache__")',
        ],
      },
    ],
    engine: { notSent: ['x.pyc'], sent: ['app/__pycache__/m.cpython-311.pyc'] },
  },
  {
    name: 'matches-nothing',
    files: { '.dockerignore': 'old-notes.txt\n*.tmp\n', 'a.txt': 'a', 'sub/b.tmp': 'b' },
    findings: [
      {
        rule: 'matches-nothing',
        severity: 'warning',
        file: '.dockerignore',
        line: 1,
        says: ['"old-notes.txt" matches nothing in the context'],
      },
      {
        rule: 'gitignore-habit',
        severity: 'warning',
        file: '.dockerignore',
        line: 2,
        says: ['"*.tmp" matches only at the context root', 'sub/b.tmp'],
      },
    ],
    engine: { noEffect: [1], sent: ['sub/b.tmp'] },
  },
  {
    name: 'shadowed by a later line',
    files: { '.dockerignore': 'npm-debug.log\n**/*.log\n', 'npm-debug.log': 'x', 'a/b.log': 'y' },
    findings: [
      {
        rule: 'shadowed',
        severity: 'warning',
        file: '.dockerignore',
        line: 1,
        says: ['"npm-debug.log" is fully shadowed by line 2 ("**/*.log")'],
      },
    ],
    engine: { noEffect: [1] },
  },
  {
    name: 'shadowed: a duplicate is reported once',
    files: { '.dockerignore': 'secret.txt\nsecret.txt\n', 'secret.txt': 's', 'a.txt': 'a' },
    findings: [
      { rule: 'shadowed', severity: 'warning', file: '.dockerignore', line: 1, says: ['fully shadowed by line 2 ("secret.txt")'] },
    ],
    engine: { noEffect: [1] },
  },
  {
    name: 'shadowed: inside a directory an earlier line excludes',
    files: { '.dockerignore': 'build\nbuild/out\n', 'build/out/a.o': 'o', 'src/a.c': 'c' },
    findings: [
      {
        rule: 'shadowed',
        severity: 'warning',
        file: '.dockerignore',
        line: 2,
        says: ['"build/out" has no effect: build/ is already excluded by line 1 ("build")'],
      },
    ],
    engine: { noEffect: [2] },
  },
  {
    name: 'exception-never-applies: before the line it should override',
    files: { '.dockerignore': '!keep.log\n*.log\n', 'keep.log': 'k', 'drop.log': 'd' },
    findings: [
      {
        rule: 'exception-never-applies',
        severity: 'warning',
        file: '.dockerignore',
        line: 1,
        says: ['"!keep.log" can never apply: line 2 ("*.log") comes after it'],
      },
    ],
    engine: { noEffect: [1], notSent: ['keep.log'] },
  },
  {
    name: 'exception-never-applies: inside a pruned directory',
    files: { '.dockerignore': 'vendor\n!**/keep.txt\n', 'vendor/keep.txt': 'k', 'vendor/lib.js': 'l', 'keep-not.txt': 'n' },
    findings: [
      {
        rule: 'exception-never-applies',
        severity: 'warning',
        file: '.dockerignore',
        line: 2,
        says: ['"!**/keep.txt" can never apply: vendor/ is excluded by line 1 ("vendor")', 'unless an exception starts with its path'],
      },
    ],
    engine: { noEffect: [2], notSent: ['vendor/keep.txt'] },
  },
  {
    name: 'exception-never-applies: re-includes nothing',
    files: { '.dockerignore': '*.tmp\n!README.md\n', 'README.md': 'r', 'a.tmp': 't' },
    findings: [
      {
        rule: 'exception-never-applies',
        severity: 'warning',
        file: '.dockerignore',
        line: 2,
        says: ['"!README.md" re-includes nothing: no line before it excludes what it matches (README.md)'],
      },
    ],
    engine: { noEffect: [2] },
  },
  {
    name: 'excludes-needed: the build fails',
    files: { Dockerfile: 'FROM scratch\nCOPY scripts/run.sh /run.sh\n', '.dockerignore': 'scripts\n', 'scripts/run.sh': 'echo\n' },
    findings: [
      {
        rule: 'excludes-needed',
        severity: 'error',
        file: '.dockerignore',
        line: 1,
        says: [
          '"scripts" excludes scripts/run.sh (all of scripts/), which COPY scripts/run.sh /run.sh (Dockerfile:2) names: the build fails',
        ],
      },
    ],
    engine: { buildFails: true },
  },
  {
    name: 'excludes-needed: the image silently lacks a file',
    files: {
      Dockerfile: 'FROM scratch\nCOPY app/ /ctx/app/\n',
      '.dockerignore': '**/*.json\n',
      'app/main.py': 'm',
      'app/config.json': '{}',
    },
    findings: [
      {
        rule: 'excludes-needed',
        severity: 'warning',
        file: '.dockerignore',
        line: 1,
        says: ['"**/*.json" excludes app/config.json, which COPY app/ /ctx/app/ (Dockerfile:2) takes: the image lacks it'],
      },
    ],
    engine: { notSent: ['app/config.json'] },
  },
  {
    name: 'ignore-file-not-used',
    files: {
      Dockerfile: 'FROM scratch\n',
      'Dockerfile.dockerignore': 'a.txt\n',
      '.dockerignore': 'a.txt\nb.txt\n',
      'a.txt': 'a',
      'b.txt': 'b',
    },
    findings: [
      {
        rule: 'ignore-file-not-used',
        severity: 'warning',
        file: '.dockerignore',
        line: 1,
        says: ['not used: Dockerfile.dockerignore takes precedence', 'it has 1 line that Dockerfile.dockerignore lacks: 2 ("b.txt")'],
      },
    ],
  },
  {
    name: 'copy-everything in the final stage with culprits',
    files: {
      Dockerfile: 'FROM scratch\nCOPY . /app\n',
      'requirements.txt': 'x\n',
      'app/main.py': 'print()\n',
      'models/llm.safetensors': { size: 5000 },
      'README.md': '#',
    },
    findings: [
      {
        rule: 'copy-everything',
        severity: 'warning',
        file: 'Dockerfile',
        line: 2,
        says: [
          'COPY . /app copies the whole context into the image, culprits included (model weights and checkpoints 5.00 kB)',
          'COPY requirements.txt ./; COPY app/ ./app/',
          'mount them at run time',
        ],
      },
    ],
  },
  {
    name: 'copy-everything: not when only a build stage copies the context',
    files: {
      Dockerfile: 'FROM scratch AS build\nCOPY . /src\nFROM scratch\nCOPY --from=build /src/app /app\n',
      'app/main.py': 'p',
      'models/llm.safetensors': { size: 5000 },
    },
    findings: [],
  },
  {
    name: 'secret-in-context: copied into the image, contents never shown',
    files: {
      Dockerfile: 'FROM scratch\nCOPY . /app\n',
      '.env': 'API_KEY=sk-live-supersecret\n',
      '.npmrc': '//registry.npmjs.org/:_authToken=npm_TOPSECRETTOKEN\n',
      'web/.npmrc': '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n',
      'certs/ca.pem': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      'certs/server.key': '-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n',
      '.env.example': 'API_KEY=\n',
    },
    findings: [
      { rule: 'copy-everything', severity: 'warning', file: 'Dockerfile', line: 2, says: ['culprits included (secrets '] },
      {
        rule: 'secret-in-context',
        severity: 'error',
        file: 'Dockerfile',
        line: 2,
        says: ['.env (environment file', '"**/.env" in the suggested block keeps it out'],
      },
      {
        rule: 'secret-in-context',
        severity: 'error',
        file: 'Dockerfile',
        line: 2,
        says: ['.npmrc (npm auth token', 'contents not shown', 'COPY . /app (Dockerfile:2) copies it into the image'],
      },
      { rule: 'secret-in-context', severity: 'error', file: 'Dockerfile', line: 2, says: ['certs/server.key (private key'] },
    ],
    never: ['sk-live-supersecret', 'TOPSECRETTOKEN', 'MHcC', 'web/.npmrc', 'ca.pem', '.env.example ('],
  },
  {
    name: 'secret-in-context: in the context only (no Dockerfile)',
    files: { id_rsa: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n', 'a.txt': 'a' },
    findings: [
      {
        rule: 'secret-in-context',
        severity: 'warning',
        file: null,
        line: null,
        says: ['id_rsa (private key', 'sent to the builder with every build'],
      },
    ],
    never: ['b3Blbn'],
  },
];
