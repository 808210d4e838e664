// The shipped examples through the bundled CLI: what `node dist/cli.js examples/...` shows.
// (engine.test.ts re-measures their blocks with a real engine.)
// They run on a copy outside git, as a developer has them before committing: in this repository every file of the
// examples is committed (`git add -f`), and committed files a COPY takes are never suggested for exclusion.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTree, listFiles, tempRoot } from './helpers.js';

const { root, cleanup } = tempRoot('dsg-examples-');
afterAll(cleanup);
copyTree('examples', join(root, 'examples'));
const CLI = resolve('dist/cli.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: root });
}

describe("examples/node-monorepo is a developer's checkout", () => {
  it('holds the untracked files its own .gitignore ignores (commit it with `git add -f examples/node-monorepo`)', () => {
    expect(listFiles('examples/node-monorepo')).toEqual([
      '.DS_Store',
      '.dockerignore',
      '.gitignore',
      '.npmrc',
      '.vscode/settings.json',
      'Dockerfile',
      'README.md',
      'node_modules/.package-lock.json',
      'node_modules/typescript/lib/typescript.js',
      'npm-debug.log',
      'package-lock.json',
      'package.json',
      'packages/api/.env',
      'packages/api/.env.example',
      'packages/api/README.md',
      'packages/api/api-1.0.0.tgz',
      'packages/api/dist/server.js',
      'packages/api/logs/debug.log',
      'packages/api/node_modules/express/index.js',
      'packages/api/node_modules/express/package.json',
      'packages/api/package.json',
      'packages/api/src/server.ts',
      'packages/api/tsconfig.json',
      'packages/shared/package.json',
      'packages/shared/src/index.ts',
      'packages/web/.DS_Store',
      'packages/web/.turbo/turbo-build.log',
      'packages/web/design/mockups.psd',
      'packages/web/dist/assets/index-4f2a9c.js',
      'packages/web/node_modules/react/cjs/react.development.js',
      'packages/web/node_modules/react/package.json',
      'packages/web/package.json',
      'packages/web/src/index.tsx',
      'scripts/healthcheck.sh',
      'turbo.json',
    ]);
  });
});

describe('node dist/cli.js', () => {
  it('examples/llm-service: culprits, the paste-ready block with per-line savings, the lint findings', () => {
    const r = cli('examples/llm-service');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/ {2}Where the bytes are\n {4}Model weights and checkpoints +1\.80 MB +79\.7%/);
    expect(r.stdout).toContain(
      '    # Added by docker-size-guard --fix (Docker syntax: **/ matches at any depth)\n    models\n    data\n    **/__pycache__\n    **/*.log\n',
    );
    expect(r.stdout).toContain('      1.80 MB        2  models  (also removes 1.80 MB from the image)');
    for (const line of [2, 3, 4]) expect(r.stdout).toContain(`examples/llm-service/.dockerignore:${line}  `);
    expect(r.stdout).not.toContain('examples/llm-service/.dockerignore:6  '); // ".git" matches nothing here: a safeguard, kept
    expect(r.stdout).toContain('examples/llm-service/Dockerfile:6  COPY . . copies the whole context into the image');
  });

  it('examples/node-monorepo: every lint rule the example was built to show', () => {
    const r = cli('examples/node-monorepo', '--format', 'json');
    const d = JSON.parse(r.stdout).targets[0].diagnostics;
    expect(d.findings.map((f: { rule: string; file?: string; line?: number }) => `${f.rule} ${f.file}:${f.line}`)).toEqual([
      'gitignore-habit examples/node-monorepo/.dockerignore:2',
      'gitignore-habit examples/node-monorepo/.dockerignore:3',
      'shadowed examples/node-monorepo/.dockerignore:4',
      'gitignore-habit examples/node-monorepo/.dockerignore:5',
      // ".git" and "coverage" match nothing here, but they are safeguards (a culprit family): no warning to delete them
      'excludes-needed examples/node-monorepo/.dockerignore:8',
      'exception-never-applies examples/node-monorepo/.dockerignore:9',
      'gitignore-habit examples/node-monorepo/.dockerignore:10',
      'secret-in-context examples/node-monorepo/Dockerfile:3',
      'secret-in-context examples/node-monorepo/Dockerfile:8',
    ]);
    // (a repository's .gitignore above would apply too; only the example's are checked here)
    const own = d.drift.items.filter((i: { file: string }) => i.file === 'examples/node-monorepo/.gitignore');
    expect(own.map((i: { pattern: string; status: string }) => `${i.status} ${i.pattern}`)).toEqual([
      'present *.tgz',
      'present dist/',
      'present node_modules/',
      'present *.log',
      'present .DS_Store',
      'present .turbo/',
      'present .env',
      'risk coverage/',
      'risk .env.local',
    ]);
    expect(r.stdout).not.toContain('not-a-real-token-just-an-example');
    expect(r.stdout).not.toContain('not-a-real-password');
  });
});
