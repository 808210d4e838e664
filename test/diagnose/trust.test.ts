// Issue 10, items 1-7: advice a reviewer can trust. Each case is one of the observations on real
// repositories, reduced to a small tree; each failed on the code before the fix. No engine needed:
// what a line removes is decided by the project's matcher (Docker's rules, checked against the
// engine in engine.test.ts and the conformance suites).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { Diagnostics } from '../../src/model/diagnostics.js';
import { blockRemoves, reportFor, tempRoot, writeTree, type Spec } from './helpers.js';

const { root, cleanup } = tempRoot('dsg-trust-');
afterAll(cleanup);
let n = 0;

/** A git work tree: `committed` are added to the index (read by the tool from .git/index), `untracked` are not. */
function repo(committed: Record<string, Spec>, untracked: Record<string, Spec> = {}): string {
  const dir = join(root, `r${++n}`);
  writeTree(dir, committed);
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-f', '--', ...Object.keys(committed));
  writeTree(dir, untracked);
  return dir;
}

function plain(files: Record<string, Spec>): string {
  return writeTree(join(root, `p${++n}`), files);
}

const lines = (d: Diagnostics): string[] => d.suggestions.map((s) => s.line);

describe('item 1: a suggestion never removes committed source the build needs', () => {
  it('CMake project with "build*/": no "**/build*" (it takes cmake/build-info.cmake); deeper build dirs listed as they are', async () => {
    const dir = repo(
      {
        Dockerfile: 'FROM scratch\nCOPY . .\n',
        '.dockerignore': 'build*/\n.git\n',
        'CMakeLists.txt': 'include(cmake/build-info.cmake)\nconfigure_file(common/build-info.cpp.in build-info.cpp)\n',
        'cmake/build-info.cmake': 'set(BUILD_NUMBER 0)\n'.repeat(50),
        'common/build-info.cpp.in': 'int BUILD_NUMBER = @BUILD_NUMBER@;\n'.repeat(50),
        'scripts/build-info.sh': '#!/bin/sh\n'.repeat(50),
        'src/main.cpp': 'int main() {}\n',
      },
      {
        'build/CMakeCache.txt': { size: 40_000 },
        'build-release/bin/main': { size: 2_000_000 },
        'examples/server/build/main.o': { size: 300_000 },
        'examples/server/build-debug/main.o': { size: 200_000 },
      },
    );
    const { d } = await reportFor(dir);
    expect(lines(d)).not.toContain('**/build*');
    const removed = blockRemoves(d, '.dockerignore', dir, [
      'cmake/build-info.cmake',
      'common/build-info.cpp.in',
      'scripts/build-info.sh',
      'CMakeLists.txt',
    ]);
    expect(removed).toEqual([]);
    // What the line meant, directory by directory ("**/build" is the build-output family's line: it takes no file named build-*).
    expect(lines(d).sort()).toEqual(['**/build', 'examples/server/build-debug']);
    expect(lines(d).every((l) => !/[*?[]/.test(l.replace(/^\*\*\//, '')))).toBe(true);
    const habit = d.findings.find((f) => f.rule === 'gitignore-habit');
    expect(habit?.message).not.toMatch(/cmake\/build-info/);
  });
});

describe('committed large binaries get their own advice, not a line', () => {
  it('committed weights that COPY . . takes: withheld, and a finding on git LFS / mounting at run time', async () => {
    const dir = repo(
      { Dockerfile: 'FROM scratch\nCOPY . .\n', 'app.py': 'print(1)\n', 'models/llm.safetensors': { size: 3_000_000 } },
      { 'models/draft.safetensors': { size: 2_000_000 } },
    );
    const { d } = await reportFor(dir);
    expect(blockRemoves(d, '.dockerignore', dir, ['models/llm.safetensors'])).toEqual([]);
    const f = d.findings.find((x) => x.rule === 'committed-large-file');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/git LFS/);
    expect(f?.message).toMatch(/mount it when the container starts/);
  });
});

describe('item 2: junk inside a selectively copied directory is suggested, never called needed', () => {
  it('COPY src/ ./src/ with src/app/__pycache__: "**/__pycache__" suggested and "also removes N bytes from the image"', async () => {
    const dir = plain({
      Dockerfile: 'FROM scratch\nCOPY src/ ./src/\n',
      'src/app/main.py': 'print(1)\n',
      'src/app/__pycache__/main.cpython-311.pyc': { size: 30_000 },
      'src/app/util.pyc': { size: 5_000 },
    });
    const { d } = await reportFor(dir);
    // "**/*.pyc" takes both caches (35 kB), all of it copied into the image.
    expect(lines(d)).toEqual(['**/*.pyc']);
    expect(d.suggestions[0]!.copiedBytes).toBe(35_000);
    expect(d.withheld.map((w) => w.line)).toEqual([]);
    expect(d.findings.map((f) => f.message).join('\n')).not.toMatch(/needs some of them/);
    const text = await runCli(['.'], { cwd: dir });
    expect(text.stdout).toMatch(/also removes 35\.0 kB from the image/);
  });

  it('COPY app/ /app/ and an existing "**/__pycache__" line: no error for a line the tool itself recommends', async () => {
    const dir = plain({
      Dockerfile: 'FROM scratch\nCOPY app/ /app/\n',
      '.dockerignore': '**/__pycache__\n',
      'app/main.py': 'print(1)\n',
      'app/__pycache__/main.cpython-311.pyc': { size: 3_000 },
    });
    const { d } = await reportFor(dir);
    expect(d.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(d.findings.filter((f) => f.rule === 'excludes-needed')).toEqual([]);
  });

  it('"Not suggested" never lists a line twice', async () => {
    const dir = plain({
      Dockerfile: 'FROM scratch\nCOPY src/ ./src/\n',
      '.dockerignore': '__pycache__/\n',
      'src/app/main.py': 'print(1)\n',
      'src/app/__pycache__/main.cpython-311.pyc': { size: 30_000 },
    });
    const { d } = await reportFor(dir);
    const w = d.withheld.map((x) => x.line);
    expect(new Set(w).size).toBe(w.length);
    expect(lines(d)).toContain('**/__pycache__');
  });
});

describe('item 3: a deliberate exclusion of rebuildable output is not an error', () => {
  it('"**/lib", "**/coverage", "**/e2e-out" under a copied package, the image rebuilds them', async () => {
    const dir = repo(
      {
        Dockerfile: 'FROM scratch\nCOPY packages/web/ /app/\nRUN ["npm", "run", "build"]\n',
        '.dockerignore': '**/lib\n**/coverage\n**/e2e-out\n',
        '.gitignore': 'lib/\ncoverage/\ne2e-out/\n',
        'packages/web/package.json': '{"name":"web"}\n',
        'packages/web/src/index.ts': 'export {}\n',
      },
      {
        'packages/web/lib/index.js': { size: 20_000 },
        'packages/web/coverage/lcov.info': { size: 10_000 },
        'packages/web/e2e-out/report.html': { size: 10_000 },
      },
    );
    const { d } = await reportFor(dir);
    expect(d.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(d.findings.filter((f) => f.rule === 'excludes-needed')).toEqual([]);
  });

  it('an explicitly named COPY source that is fully excluded is still an error: Docker fails', async () => {
    const dir = plain({
      Dockerfile: 'FROM scratch\nCOPY config/app.yaml /app/\n',
      '.dockerignore': 'config\n',
      'config/app.yaml': 'a: 1\n',
    });
    const { d } = await reportFor(dir);
    const e = d.findings.filter((f) => f.severity === 'error');
    expect(e.map((f) => f.rule)).toEqual(['excludes-needed']);
    expect(e[0]!.message).toMatch(/the build fails/);
  });
});

describe('item 4: templates and placeholder files are not secrets', () => {
  it('a committed .env.e2e.template is neither an error nor proposed for exclusion', async () => {
    const dir = repo({
      Dockerfile: 'FROM scratch\nCOPY . .\n',
      '.env.e2e.template': 'DATABASE_URL=postgres://user:password@localhost/db\nAPI_KEY=\n',
      '.env.local.example': 'API_KEY=changeme\n',
      'main.py': 'print(1)\n',
    });
    const { d } = await reportFor(dir);
    expect(d.findings.filter((f) => f.rule === 'secret-in-context')).toEqual([]);
    expect(blockRemoves(d, '.dockerignore', dir, ['.env.e2e.template', '.env.local.example'])).toEqual([]);
  });

  it('an .env whose values are empty or placeholders is not a secret; one with a real value is an error', async () => {
    const empty = plain({
      Dockerfile: 'FROM scratch\nCOPY . .\n',
      '.env': '# fill in\nAPI_KEY=\nDB_PASSWORD=<your password>\nTOKEN=${TOKEN}\nURL=changeme\n',
      'a.py': '1\n',
    });
    const e = await reportFor(empty);
    expect(e.d.findings.filter((f) => f.rule === 'secret-in-context')).toEqual([]);
    const real = plain({ Dockerfile: 'FROM scratch\nCOPY . .\n', '.env': 'OPENAI_API_KEY=sk-proj-4f9a8b7c6d5e4f3a2b1c\n', 'a.py': '1\n' });
    const r = await reportFor(real);
    expect(r.d.findings.filter((f) => f.rule === 'secret-in-context').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('item 5: one story in a clean checkout (what CI sees)', () => {
  const ignore = '# safeguards\n.venv\nnode_modules\n**/__pycache__\n.env\nmodels/\n';
  it('a defensive ignore file gets no "matches nothing" warnings; drift never names a committed path', async () => {
    const dir = repo({
      Dockerfile: 'FROM scratch\nCOPY . .\n',
      '.dockerignore': ignore,
      '.gitignore': '.venv\nnode_modules/\n__pycache__/\n.env\nmodels/\nconfig/local.json\n',
      'config/local.json': '{"committed": "before the rule"}\n',
      'app/main.py': 'print(1)\n',
    });
    const { d } = await reportFor(dir, [], dir);
    expect(d.findings.filter((f) => f.rule === 'matches-nothing').map((f) => f.message)).toEqual([]);
    const named = d.drift.items.flatMap((i) => i.examples);
    expect(named).not.toContain('config/local.json');
    expect(d.drift.items.filter((i) => i.status === 'present')).toEqual([]);
  });

  it('drift says what keeps a gitignored path when no Dockerfile was given (an exception, not "the Dockerfile")', async () => {
    const dir = plain({
      '.dockerignore': '*\n!keep.txt\n',
      '.gitignore': 'keep.txt\n',
      'keep.txt': 'x\n',
    });
    const r = await runCli(['.'], { cwd: dir });
    expect(r.stdout).not.toMatch(/Dockerfile needs it/);
    const md = await runCli(['.', '--format', 'markdown'], { cwd: dir });
    expect(md.stdout).not.toMatch(/Dockerfile needs it/);
  });

  it('a protective line that matches nothing is still reported when it protects against nothing known', async () => {
    const dir = plain({ Dockerfile: 'FROM scratch\nCOPY . .\n', '.dockerignore': 'no-such-thing.txt\n', 'a.py': '1\n' });
    const { d } = await reportFor(dir);
    expect(d.findings.filter((f) => f.rule === 'matches-nothing').length).toBe(1);
  });
});

describe("item 6: the user's explicit intent wins", () => {
  it('".git" kept on purpose, said in a comment: "**/.git" is not suggested', async () => {
    const dir = plain({
      Dockerfile: 'FROM scratch\nCOPY . .\n',
      '.dockerignore': '# .git is kept on purpose: the build reads the commit for its version (git describe)\nmodels/\n',
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/objects/pack/pack-1.pack': { size: 700_000 },
      'main.py': 'print(1)\n',
    });
    const { d } = await reportFor(dir);
    expect(lines(d)).not.toContain('**/.git');
    expect(d.withheld.find((w) => w.line === '**/.git')?.neededBy[0]?.file).toBe('.dockerignore');
  });

  it('a path the ignore file re-includes with "!" is never suggested', async () => {
    const dir = plain({
      Dockerfile: 'FROM scratch\nCOPY . .\n',
      '.dockerignore': '.*\n!.venv\n',
      '.venv/pyvenv.cfg': 'home = /usr\n',
      '.venv/lib/site.py': { size: 400_000 },
      'main.py': 'print(1)\n',
    });
    const { d } = await reportFor(dir);
    expect(lines(d).filter((l) => l.includes('.venv'))).toEqual([]);
  });
});

describe('item 7: a source package called build is not build output', () => {
  it('js/build with package.json, sources and a README: no "**/build"', async () => {
    const dir = plain({
      Dockerfile: 'FROM scratch\nCOPY . .\n',
      'js/build/package.json': '{"name":"@x/build"}\n',
      'js/build/src/index.js': 'export const x = 1;\n'.repeat(2000),
      'js/build/README.md': '# build tools\n',
      'js/app/package.json': '{"name":"app"}\n',
      'js/app/dist/bundle.js': { size: 200_000 },
    });
    const { d } = await reportFor(dir);
    expect(lines(d)).not.toContain('**/build');
    expect(blockRemoves(d, '.dockerignore', dir, ['js/build/package.json', 'js/build/src/index.js'])).toEqual([]);
  });

  it('a large build/ whose manifest comes in a later listing batch, after a subdirectory: still a source package', async () => {
    // 2,000 entries: the walker hands them over in batches, and descends into Asub (batch 1) before package.json
    // (the last batch) arrives; the evidence must survive that.
    const files: Record<string, string | { size: number }> = {
      Dockerfile: 'FROM scratch\nCOPY . .\n',
      'build/README.md': '# build tools\n',
      'build/Asub/x.txt': 'x\n',
      'build/zzzz-package/keep.txt': 'x\n',
    };
    for (let i = 0; i < 2000; i++) files[`build/f${String(i).padStart(4, '0')}.txt`] = 'x\n';
    const dir = plain(files);
    // package.json written last, so it comes late in the directory's listing order on most file systems.
    writeFileSync(join(dir, 'build', 'package.json'), '{"name":"build-tools"}\n');
    const { d } = await reportFor(dir);
    expect(lines(d)).not.toContain('**/build');
    expect(blockRemoves(d, '.dockerignore', dir, ['build/package.json', 'build/README.md'])).toEqual([]);
  });

  it('a Go package named build (cmd/buildctl/build), outside git: no "**/build"', async () => {
    const dir = plain({
      Dockerfile: 'FROM scratch\nCOPY . .\n',
      'go.mod': 'module x\n',
      'cmd/buildctl/build/build.go': 'package build\n'.repeat(3000),
      'out/build/app': { size: 300_000 },
    });
    const { d } = await reportFor(dir);
    expect(blockRemoves(d, '.dockerignore', dir, ['cmd/buildctl/build/build.go'])).toEqual([]);
  });
});
