// npm run record-corpus -- NAME=MIRROR_GIT_DIR[:DOCKERFILE] ...
//
// Records the compact replay of a real public repository for the precision corpus (test/fixtures/corpus/NAME/):
//   meta.json  repository, commit, Dockerfile, and the texts the tools read: ignore files, Dockerfiles,
//              .gitignore files, environment/credential-looking files (at most 256 KiB each)
//   tree.tsv   every tracked entry: "SIZE<TAB>PATH" for a file, "L<TAB>TARGET<TAB>PATH" for a symlink
// The repository is read from a local git directory (the `fetch` tool's mirror, or any clone) with plain
// `git ls-tree`/`git cat-file`: no hooks, no fsmonitor, nothing of the repository executed. The developer junk a
// replay adds (test/corpus/replay.ts) is not recorded: it is generated, the same every time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TEXT =
  /(^|\/)(\.dockerignore|[^/]*\.dockerignore|Dockerfile[^/]*|[^/]*\.Dockerfile|\.gitignore|\.env[^/]*|\.npmrc|[^/]*\.pem|[^/]*\.key|pyvenv\.cfg)$/;
const MAX_TEXT = 256 * 1024;
const ABSENT_SIZE = 5_000_000;

function git(dir, ...args) {
  return execFileSync('git', ['--git-dir', dir, '-c', 'core.fsmonitor=false', ...args], { maxBuffer: 1 << 30 });
}

for (const arg of process.argv.slice(2)) {
  const m = /^([a-z0-9._-]+)=([^:]+)(?::(.+))?$/i.exec(arg);
  if (!m) throw new Error(`expected NAME=GITDIR[:DOCKERFILE], got ${arg}`);
  const [, name, dir, dockerfile] = m;
  const commit = git(dir, 'rev-parse', 'HEAD').toString().trim();
  const remote = (() => {
    try {
      return git(dir, 'config', '--get', 'remote.origin.url').toString().trim();
    } catch {
      // The fetch tool's mirrors live in .../OWNER+NAME/repo.
      const owner = /([^/]+)\+([^/]+)\/repo\/?$/.exec(dir);
      return owner ? `https://github.com/${owner[1]}/${owner[2]}` : '';
    }
  })();
  const lines = [];
  const texts = {};
  const absent = [];
  const entries = git(dir, 'ls-tree', '-r', '-l', '-z', 'HEAD').toString('utf8').split('\0').filter(Boolean);
  for (const e of entries) {
    const tab = e.indexOf('\t');
    const [mode, type, sha, size] = e.slice(0, tab).split(/\s+/);
    const path = e.slice(tab + 1);
    if (type !== 'blob') continue; // a submodule: another repository
    if (/[\t\n]/.test(path)) continue;
    if (mode === '120000') {
      lines.push(`L\t${git(dir, 'cat-file', 'blob', sha).toString('utf8')}\t${path}`);
      continue;
    }
    // A blob the mirror holds only as a name (its largest files): recorded as 5 MB, and listed in meta.json.
    if (!/^\d+$/.test(size)) absent.push(path);
    lines.push(`${/^\d+$/.test(size) ? size : ABSENT_SIZE}\t${path}`);
    if (TEXT.test(path) && Number(size) <= MAX_TEXT) texts[path] = git(dir, 'cat-file', 'blob', sha).toString('utf8');
  }
  const out = join('test/fixtures/corpus', name);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'tree.tsv'), lines.join('\n') + '\n');
  writeFileSync(
    join(out, 'meta.json'),
    JSON.stringify({ name, repository: remote, commit, dockerfile: dockerfile ?? 'Dockerfile', absent, texts }, null, 1) + '\n',
  );
  console.log(`${name}: ${lines.length} entries, ${Object.keys(texts).length} texts, commit ${commit.slice(0, 12)}`);
}
