// .gitignore vs .dockerignore: the repository's .gitignore files (above the context and inside it),
// each rule the ignore file does not cover, with the Docker line — present here with its bytes, or a risk.
import { describe, expect, it, afterAll } from 'vitest';
import { makeScope } from '../../src/diagnose/gitignore.js';
import { reportFor, tempRoot, writeTree } from './helpers.js';

const { root, cleanup } = tempRoot('dsg-diag-drift-');
afterAll(cleanup);

describe('drift on a service inside a repository', () => {
  it('reports every uncovered gitignore rule, with bytes where the paths are present', async () => {
    const repo = writeTree(`${root}/repo`, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': '/svc/secret.txt\n*.tgz\nexamples/\nsvc/build/\n!keep.tgz\n',
      'svc/Dockerfile': 'FROM scratch\nCOPY gen/ /gen/\nCOPY . /app\n',
      'svc/.dockerignore': 'coverage\n**/node_modules\n',
      'svc/.gitignore': 'gen/\n.env.local\ncoverage/\nnode_modules/\n',
      'svc/secret.txt': 'hunter2\n',
      'svc/a.tgz': { size: 3000 },
      'svc/keep.tgz': { size: 10 },
      'svc/build/out.o': { size: 700 },
      'svc/gen/code.py': { size: 40 },
      'svc/src/main.py': 'print()\n',
    });
    const { d } = await reportFor('svc', [], repo);
    expect(d.drift.gitignoreFiles).toEqual(['.gitignore', 'svc/.gitignore']);
    expect(d.drift.items.map((i) => [i.file, i.line, i.pattern, i.dockerLine, i.status, i.bytes, i.files, i.examples])).toEqual([
      ['.gitignore', 2, '*.tgz', '**/*.tgz', 'present', 3000, 1, ['a.tgz']],
      ['.gitignore', 4, 'svc/build/', 'build', 'present', 700, 1, ['build']],
      ['svc/.gitignore', 1, 'gen/', '**/gen', 'present', 40, 1, ['gen']],
      ['.gitignore', 1, '/svc/secret.txt', 'secret.txt', 'present', 8, 1, ['secret.txt']],
      ['.gitignore', 3, 'examples/', '**/examples', 'risk', 0, 0, []],
      ['svc/.gitignore', 2, '.env.local', '**/.env.local', 'risk', 0, 0, []],
      ['svc/.gitignore', 3, 'coverage/', '**/coverage', 'risk', 0, 0, []],
    ]);
    // node_modules/ is covered by **/node_modules; !keep.tgz is an exception, not a rule to cover.
    expect(d.drift.covered).toBe(1);
    // gen/ is gitignored, yet the Dockerfile copies it: a clean checkout (CI) cannot build.
    expect(d.drift.items.find((i) => i.pattern === 'gen/')!.neededBy).toEqual([
      { file: 'svc/Dockerfile', line: 2, instruction: 'COPY gen/ /gen/', path: 'gen/code.py' },
    ]);
  });

  it('a context outside any repository reads only its own .gitignore files', async () => {
    const dir = writeTree(`${root}/norepo`, { '.gitignore': '*.log\n', 'sub/.gitignore': '/cache\n', 'a.log': 'x', 'sub/cache/c': 'cc' });
    const { d } = await reportFor(dir);
    expect(d.drift.items.map((i) => [i.file, i.pattern, i.dockerLine, i.status, i.bytes])).toEqual([
      ['sub/.gitignore', '/cache', 'sub/cache', 'present', 2],
      ['.gitignore', '*.log', '**/*.log', 'present', 1],
    ]);
  });
});

describe('gitignore rules as .dockerignore lines', () => {
  it.each([
    // [rule, .gitignore dir in the context, dirs from an outer .gitignore to the context, Docker line]
    ['*.pyc', '', undefined, '**/*.pyc'],
    ['__pycache__/', '', undefined, '**/__pycache__'],
    ['/build', '', undefined, 'build'],
    ['docs/*.pdf', '', undefined, 'docs/*.pdf'],
    ['**/tmp', '', undefined, '**/tmp'],
    ['*.log', 'pkg/a', undefined, 'pkg/a/**/*.log'],
    ['/out', 'pkg[1]', undefined, 'pkg\\[1\\]/out'],
    ['file[!0-9].txt', '', undefined, '**/file[^0-9].txt'],
    ['/svc/data/', '', ['svc'], 'data'],
    ['svc/*/cache', '', ['svc'], '*/cache'],
    ['/other/x', '', ['svc'], undefined],
    ['*.tgz', '', ['a', 'b'], '**/*.tgz'],
  ])('%s in %j (above: %j) -> %s', (rule, dir, above, line) => {
    const scope = makeScope(rule + '\n', '.gitignore', dir, above);
    expect(scope.rules[0]!.dockerLine).toBe(line);
  });

  it.each([
    ['svc', ['svc']],
    ['/svc', ['svc']],
    ['s*', ['svc']],
    ['/a/b', ['a', 'b']],
  ])('%s above the context gitignores the whole context', (rule, above) => {
    expect(makeScope(rule + '\n', '.gitignore', '', above).rules[0]!.wholeContext).toBe(true);
  });
});
