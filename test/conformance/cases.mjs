// Conformance cases: small build contexts chosen where intuition (mostly .gitignore intuition)
// about Docker's rules is wrong. A real Docker engine records each case's answer into
// test/fixtures/conformance/<name>.json (`npm run fixtures`); the tool must give the same answer.
//
// Plain JS (with JSDoc types, see cases.d.mts) so that scripts/record-fixtures.mjs can import it
// under Node 20 without a TypeScript loader.
//
// list 'context': the Dockerfile is `FROM scratch` + `COPY . /ctx/`, so /ctx in the image is the
//   build context after .dockerignore (and after the daemon drops an excluded Dockerfile or
//   .dockerignore). Truth: the classic builder of a current CLI, except for cases with a
//   Dockerfile-specific ignore file, where BuildKit is the truth.
// list 'copied': a selective Dockerfile whose every destination mirrors its source path under
//   /ctx, so the image's /ctx list equals the context paths COPY/ADD took. Truth: BuildKit.
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** @typedef {import('./cases.d.mts').ConformanceCase} ConformanceCase */

export const CONTEXT_DOCKERFILE = 'FROM scratch\nCOPY . /ctx/\n';

/** @type {ConformanceCase[]} */
export const cases = [
  // ---------------------------------------------------------------- .gitignore intuition is wrong
  {
    name: 'root-anchored-basenames',
    note: 'Docker patterns are anchored at the context root: *.pyc, __pycache__/ and node_modules match only top-level entries, unlike .gitignore',
    list: 'context',
    dockerignore: '*.pyc\n__pycache__/\nnode_modules\n',
    files: {
      'a.pyc': 'x',
      'src/b.pyc': 'x',
      'src/c.py': 'x',
      '__pycache__/x.pyc': 'x',
      'src/__pycache__/y.pyc': 'x',
      'node_modules/m/index.js': 'x',
      'web/node_modules/n/index.js': 'x',
    },
  },
  {
    name: 'star-md-not-recursive',
    note: '*.md matches README.md but not docs/a.md: * never crosses /',
    list: 'context',
    dockerignore: '*.md\n',
    files: { 'README.md': 'x', 'docs/a.md': 'x', 'docs/deep/b.md': 'x', 'x.mdx': 'x' },
  },
  {
    name: 'doublestar-pyc',
    note: '**/*.pyc matches at every depth, including the root',
    list: 'context',
    dockerignore: '**/*.pyc\n',
    files: { 'a.pyc': 'x', 'src/b.pyc': 'x', 'src/deep/c.pyc': 'x', 'src/d.py': 'x', 'e.pyc.txt': 'x' },
  },
  {
    name: 'dot-star-hidden',
    note: '.* excludes top-level dotfiles (and .dockerignore itself) but not a/.hidden; * also matches leading dots',
    list: 'context',
    dockerignore: '.*\n',
    files: { '.env': 'x', '.git/HEAD': 'x', 'a/.hidden': 'x', 'x.txt': 'x' },
  },
  {
    name: 'star-slash-matches-files',
    note: '*/ is cleaned to * and so excludes files too, not only directories as in .gitignore',
    list: 'context',
    dockerignore: '*/\n!Dockerfile\n',
    files: { 'a.txt': 'x', 'dir/b.txt': 'x' },
  },
  {
    name: 'trailing-slash',
    note: 'a trailing / is cleaned away: file.txt/ still excludes the plain file file.txt; dir/ is root-anchored',
    list: 'context',
    dockerignore: 'dir/\nfile.txt/\n',
    files: { 'dir/x': 'x', 'file.txt': 'x', 'sub/dir/y': 'x', 'sub/file.txt': 'x' },
  },

  // ---------------------------------------------------------------- exceptions and ordering
  {
    name: 'exception-inside-excluded-dir',
    note: 'a then !a/keep.txt re-includes a/keep.txt only',
    list: 'context',
    dockerignore: 'a\n!a/keep.txt\n',
    files: { 'a/keep.txt': 'x', 'a/drop.txt': 'x', 'a/sub/keep.txt': 'x', 'b/keep.txt': 'x' },
  },
  {
    name: 'exception-doublestar-inside-excluded-dir',
    note: 'a then !**/keep.txt: the walker prunes the excluded dir a (no exception starts with a/), so a/keep.txt stays out',
    list: 'context',
    dockerignore: 'a\n!**/keep.txt\n',
    files: { 'a/keep.txt': 'x', 'a/sub/keep.txt': 'x', 'a/x': 'x', 'b/keep.txt': 'x', 'b/y': 'x' },
  },
  {
    name: 'whitelist-star-src',
    note: '* then !src: only src survives; the Dockerfile and .dockerignore are excluded too',
    list: 'context',
    dockerignore: '*\n!src\n',
    files: { 'src/a.js': 'x', 'src/lib/b.js': 'x', 'other.txt': 'x', 'srcx/c.js': 'x' },
  },
  {
    name: 'whitelist-star-src-doublestar-py',
    note: '* then !src/**/*.py: only src/a.py; src/x is excluded by * (via its parent src) and then pruned, so src/x/b.py stays out',
    list: 'context',
    dockerignore: '*\n!src/**/*.py\n',
    files: { 'src/a.py': 'x', 'src/x/b.py': 'x', 'src/x/y/c.py': 'x', 'src/d.js': 'x', 'top.py': 'x' },
  },
  {
    name: 'whitelist-star-doublestar-exception',
    note: '* then !**/*.go: top-level dirs are excluded by * and pruned (no exception starts with cmd/), so only main.go comes back',
    list: 'context',
    dockerignore: '*\n!**/*.go\n',
    files: { 'main.go': 'x', 'cmd/app/main.go': 'x', README: 'x' },
  },
  {
    name: 'exception-wildcard-inside-excluded-dir',
    note: 'a then !a/*/keep.txt: the walker descends into a, but prunes a/sub because "a/*/keep.txt/" does not start with "a/sub/"',
    list: 'context',
    dockerignore: 'a\n!a/*/keep.txt\n!a/lit/keep.txt\n',
    files: { 'a/sub/keep.txt': 'x', 'a/lit/keep.txt': 'x', 'a/x': 'x' },
  },
  {
    name: 'last-match-wins',
    note: '*.log, !keep.log, *.log: the last matching line decides, so keep.log is excluded again',
    list: 'context',
    dockerignore: '*.log\n!keep.log\n*.log\n!other.log\n',
    files: { 'keep.log': 'x', 'a.log': 'x', 'other.log': 'x', 'x.txt': 'x' },
  },
  {
    name: 'exception-then-reexclude',
    note: 'build, !build/out, build/out/tmp: re-excluded below a re-included dir',
    list: 'context',
    dockerignore: 'build\n!build/out\nbuild/out/tmp\n',
    files: { 'build/a': 'x', 'build/out/b': 'x', 'build/out/tmp/c': 'x', 'build/out/tmpx': 'x' },
  },
  {
    name: 'parent-exception-reincludes-child',
    disagree: 'BuildKit 20.10 sends a/b/c; the classic walker prunes a/b',
    note: 'a/b then !a: by the patterns alone a/b/c is back in (!a matches its parent a last), but the classic walker prunes the excluded dir a/b first; 20.10 BuildKit sends a/b/c',
    list: 'context',
    dockerignore: 'a/b\n!a\n',
    files: { 'a/b/c': 'x', 'a/x': 'x', 'a/b2': 'x' },
  },
  {
    name: 'whitelist-then-exclude-then-exception',
    note: '*, !src, src/*.tmp, !src/keep.tmp',
    list: 'context',
    dockerignore: '*\n!src\nsrc/*.tmp\n!src/keep.tmp\n',
    files: { 'src/a.tmp': 'x', 'src/keep.tmp': 'x', 'src/b.js': 'x', 'src/sub/c.tmp': 'x', 'top.tmp': 'x' },
  },
  {
    name: 'exception-trailing-slash-dir',
    note: 'a then !a/b/: the trailing slash is cleaned away, a/b/** comes back',
    list: 'context',
    dockerignore: 'a\n!a/b/\n',
    files: { 'a/b/c': 'x', 'a/b/d/e': 'x', 'a/x': 'x' },
  },
  {
    name: 'negation-space-after-bang',
    note: '"! a.txt": the text after ! is trimmed again, so this re-includes a.txt',
    list: 'context',
    dockerignore: '*.txt\n! a.txt\n',
    files: { 'a.txt': 'x', 'b.txt': 'x' },
  },

  // ---------------------------------------------------------------- bytes of the ignore file
  {
    name: 'odd-whitespace',
    note: 'leading/trailing spaces and tabs are trimmed; inner spaces kept; a file whose name starts with a space cannot be matched',
    list: 'context',
    dockerignore: '  a.txt  \n\tb.txt\t\n c d.txt \n  \n\t\n spaced.txt\n',
    files: { 'a.txt': 'x', 'b.txt': 'x', 'c d.txt': 'x', ' spaced.txt': 'x', 'spaced.txt': 'x', c: 'x' },
  },
  {
    name: 'crlf-lines',
    note: 'CRLF line ends are fine: one \\r is dropped, a second one is trimmed as space',
    list: 'context',
    dockerignore: 'a.txt\r\n\r\nb.txt \r\nd.txt\r\r\n',
    files: { 'a.txt': 'x', 'b.txt': 'x', 'c.txt': 'x', 'd.txt': 'x', 'e.txt': 'x' },
  },
  {
    name: 'lone-cr-in-pattern',
    disagree: 'BuildKit 20.10 fails (a \\r in a pattern breaks the gRPC header that carries the patterns)',
    note: 'a lone \\r is not a line break: "b.txt\\rc.txt" is one pattern matching neither file (BuildKit 20.10 cannot even send it: the pattern travels in a gRPC header)',
    list: 'context',
    dockerignore: 'a.txt\nb.txt\rc.txt\n',
    files: { 'a.txt': 'x', 'b.txt': 'x', 'c.txt': 'x' },
  },
  {
    name: 'utf8-bom',
    disagree: 'BuildKit 20.10 strips a BOM on every line, so it also excludes b.txt',
    note: 'a UTF-8 BOM is stripped at the start of the file only; a BOM on line 2 stays part of the pattern (20.10 BuildKit strips it on every line)',
    list: 'context',
    dockerignore: '\uFEFFa.txt\n\uFEFFb.txt\nc.txt\n',
    files: { 'a.txt': 'x', 'b.txt': 'x', 'c.txt': 'x' },
  },
  {
    name: 'comment-leading-space',
    note: 'only a line starting with # is a comment; " # not a comment" is trimmed into the pattern "# not a comment"',
    list: 'context',
    dockerignore: '# a comment\n #two words\n#a.txt\n',
    files: { '#a.txt': 'x', '#two words': 'x', 'a.txt': 'x', 'two words': 'x' },
  },
  {
    name: 'escapes',
    note: '\\* matches a literal *, \\# a literal # (and the line is not a comment), \\? a literal ?',
    list: 'context',
    dockerignore: '\\*.txt\n\\#hash\nq\\?\n',
    files: { '*.txt': 'x', 'a.txt': 'x', '#hash': 'x', hash: 'x', 'q?': 'x', qx: 'x' },
  },
  {
    name: 'backslash-is-escape',
    note: 'a Windows-style dir\\sub.txt is not a path on Linux, and Docker passes \\s into a regexp: it matches "dir ub.txt" (\\s = whitespace), not dirsub.txt or dir/sub.txt; v\\d matches v1',
    list: 'context',
    dockerignore: 'dir\\sub.txt\nv\\d\n',
    files: { 'dir/sub.txt': 'x', 'dirsub.txt': 'x', 'dir ub.txt': 'x', v1: 'x', vd: 'x' },
  },
  {
    name: 'case-sensitive',
    note: 'matching is case-sensitive: *.TXT does not match a.txt, Readme does not match README',
    list: 'context',
    dockerignore: '*.TXT\nReadme\n',
    files: { 'a.txt': 'x', 'B.TXT': 'x', README: 'x', Readme: 'x' },
  },
  {
    name: 'empty-and-comment-only',
    note: 'a .dockerignore with only comments and blank lines excludes nothing',
    list: 'context',
    dockerignore: '# nothing\n\n   \n#*\n',
    files: { 'a.txt': 'x', 'b/c.txt': 'x' },
  },

  // ---------------------------------------------------------------- pattern syntax
  {
    name: 'char-classes',
    note: '[a-c] and [^x] as in Go; [!y] is NOT a negation (Go syntax knows only [^y]): it is the class {!,y}; d[/]e matches d/e',
    list: 'context',
    dockerignore: '[a-c].txt\n[^x]1.txt\n[!y]2.txt\nd[/]e\n',
    files: {
      'a.txt': 'x',
      'c.txt': 'x',
      'd.txt': 'x',
      'x1.txt': 'x',
      'z1.txt': 'x',
      'y2.txt': 'x',
      'w2.txt': 'x',
      '!2.txt': 'x',
      '^1.txt': 'x',
      'd/e': 'x',
    },
  },
  {
    name: 'question-mark',
    note: '? matches exactly one character other than /',
    list: 'context',
    dockerignore: '?.txt\nsub/??.log\na?b\n',
    files: { 'a.txt': 'x', 'ab.txt': 'x', '.txt': 'x', 'sub/xy.log': 'x', 'sub/x.log': 'x', 'a/b': 'x', axb: 'x' },
  },
  {
    name: 'dotdot-in-pattern',
    note: 'patterns are filepath.Clean-ed: a/../b.txt is b.txt; ../c.txt stays outside and matches nothing',
    list: 'context',
    dockerignore: 'a/../b.txt\nsub/x/../y.txt\n../c.txt\n',
    files: { 'b.txt': 'x', 'a/b.txt': 'x', 'sub/y.txt': 'x', 'sub/x/y.txt': 'x', 'c.txt': 'x' },
  },
  {
    name: 'leading-slash-and-dot-slash',
    note: '/a.txt and ./b.txt are root-relative like a.txt and b.txt; e//f.txt is cleaned to e/f.txt',
    list: 'context',
    dockerignore: '/a.txt\n./b.txt\n/sub/c.txt\n./d/\ne//f.txt\n',
    files: { 'a.txt': 'x', 'b.txt': 'x', 'sub/c.txt': 'x', 'd/e.txt': 'x', 'x/a.txt': 'x', 'x/b.txt': 'x', 'e/f.txt': 'x' },
  },
  {
    name: 'dot-pattern',
    note: 'the pattern "." (and "./") stays "." after cleaning and excludes nothing',
    list: 'context',
    dockerignore: '.\n./\n',
    files: { 'a.txt': 'x', 'b/c.txt': 'x' },
  },
  {
    name: 'doublestar-prefix',
    note: '**/foo matches foo at any depth, and everything below a directory named foo',
    list: 'context',
    dockerignore: '**/foo\n',
    files: { foo: 'x', 'a/foo': 'x', 'a/b/foo': 'x', 'c/foo/bar': 'x', foobar: 'x', 'a/xfoo': 'x' },
  },
  {
    name: 'doublestar-suffix',
    note: 'foo/** excludes everything under foo (root-anchored), not foox or bar/foo',
    list: 'context',
    dockerignore: 'foo/**\n',
    files: { 'foo/a': 'x', 'foo/b/c': 'x', 'foox/a': 'x', 'bar/foo/a': 'x' },
  },
  {
    name: 'doublestar-middle',
    note: 'a/**/b matches a/b, a/x/b, a/x/y/b and what is under them',
    list: 'context',
    dockerignore: 'a/**/b\n',
    files: { 'a/b': 'x', 'a/x/b': 'x', 'a/x/y/b': 'x', 'a/c/b/d': 'x', 'a/xb': 'x', ab: 'x', 'x/a/b': 'x' },
  },
  {
    name: 'doublestar-glued',
    disagree: 'BuildKit 20.10 reads **foo as **/foo: keeps xfoo, a/xfoo, afoo/bar',
    note: '**foo (no slash): current Docker reads it as .*foo (crosses /, also xfoo and afoo/bar); 20.10 read it as **/foo',
    list: 'context',
    dockerignore: '**foo\n',
    files: { foo: 'x', xfoo: 'x', 'a/foo': 'x', 'a/xfoo': 'x', 'foo2/bar': 'x', 'afoo/bar': 'x' },
  },
  {
    name: 'doublestar-alone-whitelist',
    note: '** excludes everything; !Dockerfile and !keep/** bring some back',
    list: 'context',
    dockerignore: '**\n!Dockerfile\n!keep/**\n',
    files: { 'a.txt': 'x', 'keep/b.txt': 'x', 'keep/c/d.txt': 'x', 'x/keep/e.txt': 'x' },
  },
  {
    name: 'regex-metachars-in-names',
    disagree: 'BuildKit 20.10 leaves + ( ) ^ | unescaped in its regexp: keeps a+b.txt, (x).txt, ^c.txt; excludes aab.txt, x.txt, d.txt',
    note: 'regex metacharacters in patterns are literal: a+b.txt, (x).txt, {y}.txt, $z.txt, ^c.txt, d|e.txt; a.b does not match axb (20.10 BuildKit escaped only . and $, so d|e.txt also matched d.txt)',
    list: 'context',
    dockerignore: 'a+b.txt\n(x).txt\n{y}.txt\n$z.txt\na.b\n^c.txt\nd|e.txt\n',
    files: {
      'a+b.txt': 'x',
      'aab.txt': 'x',
      '(x).txt': 'x',
      'x.txt': 'x',
      '{y}.txt': 'x',
      'y.txt': 'x',
      '$z.txt': 'x',
      'a.b': 'x',
      axb: 'x',
      '^c.txt': 'x',
      'd|e.txt': 'x',
      'd.txt': 'x',
    },
  },
  {
    name: 'glob-chars-in-filenames',
    note: 'files literally named *.txt, [x].txt, a?b: matched with escapes and with [[] classes',
    list: 'context',
    dockerignore: '\\[x\\].txt\na\\?b\n[[]y].txt\n',
    files: { '*.txt': 'x', '[x].txt': 'x', 'x.txt': 'x', 'a?b': 'x', axb: 'x', '[y].txt': 'x', 'y.txt': 'x' },
  },

  // ---------------------------------------------------------------- Dockerfile and ignore files
  {
    name: 'dockerfile-and-ignore-excluded',
    note: 'excluding Dockerfile and .dockerignore: the classic CLI still sends them but the daemon drops them before COPY',
    list: 'context',
    dockerignore: 'Dockerfile\n.dockerignore\n',
    files: { 'a.txt': 'x' },
  },
  {
    name: 'custom-dockerfile-excluded-by-wildcard',
    note: '-f build/app.Dockerfile excluded by *.Dockerfile patterns',
    list: 'context',
    dockerfile: { path: 'build/app.Dockerfile', content: CONTEXT_DOCKERFILE },
    dockerignore: 'build/*.Dockerfile\n',
    files: { 'a.txt': 'x', 'build/other.Dockerfile': 'x', 'build/keep.txt': 'x' },
  },
  {
    name: 'dockerfile-specific-ignore',
    disagree: 'the classic builder ignores sub/app.Dockerfile.dockerignore and uses .dockerignore',
    note: '-f sub/app.Dockerfile uses sub/app.Dockerfile.dockerignore instead of .dockerignore (BuildKit); the classic builder ignores it',
    list: 'context',
    dockerfile: { path: 'sub/app.Dockerfile', content: CONTEXT_DOCKERFILE },
    dockerignore: 'b.txt\n',
    extraIgnoreFiles: { 'sub/app.Dockerfile.dockerignore': 'a\n' },
    files: { 'a/x': 'x', 'a/keep.txt': 'x', 'b.txt': 'x', 'c.txt': 'x' },
  },
  {
    name: 'dockerfile-specific-ignore-absent',
    note: "-f sub/app.Dockerfile without sub/app.Dockerfile.dockerignore falls back to .dockerignore; another Dockerfile's ignore file is not used",
    list: 'context',
    dockerfile: { path: 'sub/app.Dockerfile', content: CONTEXT_DOCKERFILE },
    dockerignore: 'b.txt\n',
    extraIgnoreFiles: { 'sub/other.Dockerfile.dockerignore': 'a\n', 'Dockerfile.dockerignore': 'c.txt\n' },
    files: { 'a/x': 'x', 'b.txt': 'x', 'c.txt': 'x' },
  },
  {
    name: 'dockerfile-specific-ignore-default-name',
    disagree: 'the classic builder ignores Dockerfile.dockerignore and uses .dockerignore',
    note: 'the default Dockerfile with a Dockerfile.dockerignore next to it',
    list: 'context',
    dockerfile: { path: 'Dockerfile', content: CONTEXT_DOCKERFILE },
    dockerignore: 'b.txt\n',
    extraIgnoreFiles: { 'Dockerfile.dockerignore': 'c.txt\n' },
    files: { 'b.txt': 'x', 'c.txt': 'x' },
  },

  // ---------------------------------------------------------------- the tree itself
  {
    name: 'symlink-to-file',
    note: 'a symlink is sent as a link; excluding its target does not exclude the link',
    list: 'context',
    dockerignore: 'target.txt\n',
    files: { 'target.txt': 'x', 'link.txt': { symlink: 'target.txt' } },
  },
  {
    name: 'symlink-to-dir',
    note: 'a symlink to a directory is not followed: only the link is sent, and linkdir/secret patterns match nothing',
    list: 'context',
    dockerignore: 'realdir/secret\n',
    files: { 'realdir/secret': 'x', 'realdir/pub': 'x', linkdir: { symlink: 'realdir' } },
  },
  {
    name: 'symlink-dangling-and-absolute',
    note: 'dangling links and absolute links pointing outside the context are sent as links',
    list: 'context',
    files: { dangling: { symlink: 'does-not-exist' }, abs: { symlink: '/etc/passwd' }, up: { symlink: '../../outside' }, 'a.txt': 'x' },
  },
  {
    name: 'symlink-excluded-by-name',
    note: 'a pattern matching the link name excludes the link, not its target',
    list: 'context',
    dockerignore: 'link*\n',
    files: { 'target/x': 'x', linkdir: { symlink: 'target' }, linkfile: { symlink: 'target/x' } },
  },
  {
    name: 'long-paths',
    note: "paths longer than tar's 100-byte name field (PAX/long-name headers): a 200-byte file name and a 160-byte deep path",
    list: 'context',
    dockerignore: 'deep/**/drop.txt\n',
    files: {
      ['n'.repeat(200) + '.txt']: 'x',
      ['deep/'.repeat(30) + 'keep.txt']: 'x',
      ['deep/'.repeat(30) + 'drop.txt']: 'x',
    },
  },
  {
    name: 'empty-dirs',
    note: 'empty directories carry no files; an excluded dir with an exception for a missing file',
    list: 'context',
    dockerignore: 'b\n!b/none\n',
    files: { empty1: { dir: true }, 'a/empty2': { dir: true }, 'b/empty3': { dir: true }, 'a/f.txt': 'x' },
  },
  {
    name: 'file-modes',
    note: 'unreadable (mode 000) and executable files are sent like any other (the build runs as root)',
    list: 'context',
    dockerignore: 'drop.sh\n',
    files: {
      'locked.txt': { mode: 0o000, content: 'x' },
      'run.sh': { mode: 0o755, content: '#!/bin/sh\n' },
      'drop.sh': { mode: 0o755, content: 'x' },
    },
  },
  {
    name: 'names-with-spaces',
    note: 'spaces inside patterns and names are literal',
    list: 'context',
    dockerignore: 'my file.txt\ndir with space/*\n',
    files: { 'my file.txt': 'x', 'my  file.txt': 'x', 'dir with space/a b.txt': 'x', 'dir with space/sub/c.txt': 'x', 'dir/a.txt': 'x' },
  },
  {
    name: 'unicode-names',
    note: '? matches one code point (also an astral emoji); NFC vs NFD café differ; patterns are not normalised',
    list: 'context',
    dockerignore: 'caf?.txt\n日本*.txt\nemoji-?.txt\nnaïve/\n',
    files: {
      'caf\u00e9.txt': 'x',
      'cafe\u0301.txt': 'x',
      '日本語.txt': 'x',
      '中文.txt': 'x',
      'emoji-😀.txt': 'x',
      'emoji-ab.txt': 'x',
      'na\u00efve/u.txt': 'x',
      'nai\u0308ve/u.txt': 'x',
    },
  },

  // ---------------------------------------------------------------- errors: the build must fail
  {
    name: 'error-invalid-range',
    note: '[a- is a syntax error: the build fails',
    list: 'context',
    dockerignore: 'ok.txt\n[a-\n',
    expectError: true,
    errorLine: 2,
    files: { 'ok.txt': 'x' },
  },
  {
    name: 'error-bang-alone',
    note: 'a line with only ! is an illegal exclusion pattern',
    list: 'context',
    dockerignore: 'a\n\n!\n',
    expectError: true,
    errorLine: 3,
    files: { a: 'x' },
  },
  {
    name: 'error-unclosed-class',
    note: '[abc without ] is a syntax error, even when nothing could match it',
    list: 'context',
    dockerignore: '# comment\nsub/[abc\n',
    expectError: true,
    errorLine: 2,
    files: { 'x.txt': 'x' },
  },
  {
    name: 'error-trailing-backslash',
    note: 'a pattern ending in a lone backslash',
    list: 'context',
    dockerignore: 'a.txt\nx\\\n',
    expectError: true,
    errorLine: 2,
    files: { 'a.txt': 'x', x: 'x' },
  },

  // ---------------------------------------------------------------- selective COPY/ADD
  {
    name: 'copy-single-file',
    note: 'COPY of one file takes that file only',
    list: 'copied',
    dockerfile: { path: 'Dockerfile', content: 'FROM scratch\nCOPY app.py /ctx/app.py\n' },
    files: { 'app.py': 'x', 'other.py': 'x', 'src/app.py': 'x' },
  },
  {
    name: 'copy-dir-with-dockerignore',
    note: 'COPY src takes src/** minus what .dockerignore excludes (hidden files included)',
    list: 'copied',
    dockerfile: { path: 'Dockerfile', content: 'FROM scratch\nCOPY src /ctx/src\n' },
    dockerignore: 'src/b/ignored.txt\n**/*.log\n',
    files: { 'src/a': 'x', 'src/b/c': 'x', 'src/b/ignored.txt': 'x', 'src/.hidden': 'x', 'src/x.log': 'x', other: 'x' },
  },
  {
    name: 'copy-wildcard-py',
    note: 'COPY *.py takes top-level .py files only (including .e.py: * matches a leading dot), not sub/c.py',
    list: 'copied',
    dockerfile: { path: 'Dockerfile', content: 'FROM scratch\nCOPY *.py /ctx/\n' },
    dockerignore: 'b.py\n',
    files: { 'a.py': 'x', 'b.py': 'x', 'sub/c.py': 'x', 'd.pyc': 'x', '.e.py': 'x' },
  },
  {
    name: 'copy-wildcard-middle',
    note: 'COPY src/*/x: * does not cross /, and a .dockerignore-excluded match is not taken',
    list: 'copied',
    dockerfile: { path: 'Dockerfile', content: 'FROM scratch\nCOPY src/*/x /ctx/src/a/\n' },
    dockerignore: 'src/e\n',
    files: { 'src/a/x': 'x', 'src/b/y': 'x', 'src/c/d/x': 'x', 'src/e/x': 'x', 'src/x': 'x' },
  },
  {
    name: 'copy-doublestar-is-star',
    note: 'in a COPY source ** is not recursive: src/**.py behaves like src/*.py',
    list: 'copied',
    dockerfile: { path: 'Dockerfile', content: 'FROM scratch\nCOPY src/**.py /ctx/src/\n' },
    files: { 'src/a.py': 'x', 'src/sub/b.py': 'x', 'src/c.txt': 'x' },
  },
  {
    name: 'copy-json-form',
    note: 'JSON-form COPY with spaces in names; a directory source copies its contents',
    list: 'copied',
    dockerfile: {
      path: 'Dockerfile',
      content: 'FROM scratch\nCOPY ["my file.txt", "/ctx/my file.txt"]\nCOPY ["dir with space", "/ctx/dir with space/"]\n',
    },
    files: { 'my file.txt': 'x', my: 'x', 'file.txt': 'x', 'dir with space/a b': 'x', 'dir with space/sub/c': 'x', 'dir/x': 'x' },
  },
  {
    name: 'copy-arg-build-arg',
    note: 'ARG SRC=a.txt overridden by --build-arg SRC=b.txt; a global ARG before FROM is redeclared in the stage',
    list: 'copied',
    dockerfile: {
      path: 'Dockerfile',
      content: 'ARG DIR=conf\nFROM scratch\nARG DIR\nARG SRC=a.txt\nCOPY ${SRC} /ctx/${SRC}\nCOPY $DIR/ /ctx/$DIR/\n',
    },
    cliArgs: ['--build-arg', 'SRC=b.txt'],
    files: { 'a.txt': 'x', 'b.txt': 'x', 'conf/x.ini': 'x', 'other/y': 'x' },
  },
  {
    name: 'copy-unused-stage-excluded',
    note: 'a stage the target does not depend on takes nothing (BuildKit skips it); COPY --from takes nothing from the context',
    list: 'copied',
    dockerfile: {
      path: 'Dockerfile',
      content:
        'FROM scratch AS secret\nCOPY secret.txt /secret.txt\n\nFROM scratch AS base\nCOPY lib /ctx/lib\n\nFROM scratch\nCOPY --from=base /ctx/lib /ctx/lib\nCOPY app.txt /ctx/app.txt\n',
    },
    files: { 'secret.txt': 'x', 'app.txt': 'x', 'lib/l.txt': 'x', 'junk.txt': 'x' },
  },
  {
    name: 'copy-two-stages-dependency',
    note: 'the final stage copies from an earlier stage that copied from the context: both stages count',
    list: 'copied',
    dockerfile: {
      path: 'Dockerfile',
      content:
        'FROM scratch AS build\nCOPY src /out/src\nCOPY Makefile /out/Makefile\n\nFROM scratch\nCOPY --from=build /out/src /ctx/src\nCOPY --from=build /out/Makefile /ctx/Makefile\nCOPY main.txt /ctx/main.txt\n',
    },
    files: { 'src/a.c': 'x', 'src/inc/b.h': 'x', Makefile: 'x', 'main.txt': 'x', README: 'x' },
  },
  {
    name: 'copy-target-flag',
    note: "--target build stops at the first stage: the later stage's COPY takes nothing",
    list: 'copied',
    dockerfile: {
      path: 'Dockerfile',
      content: 'FROM scratch AS build\nCOPY one.txt /ctx/one.txt\n\nFROM build AS final\nCOPY two.txt /ctx/two.txt\n',
    },
    cliArgs: ['--target', 'build'],
    files: { 'one.txt': 'x', 'two.txt': 'x' },
  },
  {
    name: 'copy-from-earlier-stage-base',
    note: 'FROM an earlier stage inherits its files; multiple sources in one COPY',
    list: 'copied',
    dockerfile: {
      path: 'Dockerfile',
      content: 'FROM scratch AS base\nCOPY a.txt b.txt /ctx/\n\nFROM base\nCOPY c/ /ctx/c/\n',
    },
    dockerignore: 'c/skip\n',
    files: { 'a.txt': 'x', 'b.txt': 'x', 'c/d': 'x', 'c/skip': 'x', 'e.txt': 'x' },
  },
  {
    name: 'add-local-files',
    note: 'ADD of a local file and a local directory behaves like COPY',
    list: 'copied',
    dockerfile: { path: 'Dockerfile', content: 'FROM scratch\nADD conf /ctx/conf\nADD run.sh /ctx/run.sh\n' },
    files: { 'conf/a.ini': 'x', 'conf/b/c.ini': 'x', 'run.sh': { mode: 0o755, content: '#!/bin/sh\n' }, other: 'x' },
  },
  {
    name: 'copy-dot-in-subdir-dockerfile',
    note: '-f docker/app.Dockerfile with COPY app /ctx/app: sources are relative to the context, not the Dockerfile',
    list: 'copied',
    dockerfile: { path: 'docker/app.Dockerfile', content: 'FROM scratch\nCOPY app /ctx/app\n' },
    files: { 'app/main.js': 'x', 'docker/app/main.js': 'x', 'lib/x.js': 'x' },
  },
];

/** The Dockerfile of a case (context cases default to `COPY . /ctx/`). */
export function dockerfileOf(/** @type {ConformanceCase} */ c) {
  return c.dockerfile ?? { path: 'Dockerfile', content: CONTEXT_DOCKERFILE };
}

/** Which builder is the truth for the tool: BuildKit for copied lists and Dockerfile-specific ignore files. */
export function truthFor(/** @type {ConformanceCase} */ c) {
  if (c.list === 'copied') return 'buildkit';
  if (c.extraIgnoreFiles && Object.keys(c.extraIgnoreFiles).some((p) => p.endsWith('.dockerignore'))) return 'buildkit';
  return 'classic';
}

function safeRel(p) {
  const parts = p.split('/');
  if (p.startsWith('/') || parts.some((s) => s === '' || s === '.' || s === '..')) throw new Error(`bad case path ${JSON.stringify(p)}`);
  return p;
}

/** Write a case's tree into dir (which must exist and be empty). */
export async function materialise(/** @type {ConformanceCase} */ c, /** @type {string} */ dir) {
  const chmods = [];
  const df = dockerfileOf(c);
  /** @type {Record<string, import('./cases.d.mts').CaseFile>} */
  const all = { ...c.files };
  if (df.path in all) throw new Error(`${c.name}: files also holds the Dockerfile ${df.path}`);
  all[df.path] = df.content;
  if (c.dockerignore !== undefined) all['.dockerignore'] = c.dockerignore;
  for (const [p, v] of Object.entries(c.extraIgnoreFiles ?? {})) all[p] = v;
  for (const [rel, v] of Object.entries(all)) {
    const abs = path.join(dir, safeRel(rel));
    if (typeof v === 'object' && 'dir' in v) {
      await mkdir(abs, { recursive: true });
      continue;
    }
    await mkdir(path.dirname(abs), { recursive: true });
    if (typeof v === 'string') await writeFile(abs, v);
    else if ('symlink' in v) await symlink(v.symlink, abs);
    else {
      await writeFile(abs, v.content);
      chmods.push([abs, v.mode]);
    }
  }
  for (const [abs, mode] of chmods) await chmod(abs, mode);
}

/** The argv for the tool (without the program name). */
export function toolArgv(/** @type {ConformanceCase} */ c, /** @type {string} */ dir) {
  return [dir, '--list', c.list, '-f', path.join(dir, dockerfileOf(c).path), ...(c.cliArgs ?? [])];
}

/** Files only in a, files only in b. */
export function diffLists(/** @type {string[]} */ a, /** @type {string[]} */ b) {
  const sa = new Set(a);
  const sb = new Set(b);
  return { onlyA: a.filter((x) => !sb.has(x)), onlyB: b.filter((x) => !sa.has(x)) };
}

/** A one-line description of how the two builders' answers differ ('' when they agree). */
export function describeDisagreement(
  /** @type {import('./cases.d.mts').BuilderAnswer} */ classic,
  /** @type {import('./cases.d.mts').BuilderAnswer} */ buildkit,
) {
  if (classic.ok !== buildkit.ok) return classic.ok ? 'BuildKit fails, classic builds' : 'classic fails, BuildKit builds';
  if (!classic.ok || !buildkit.ok) return '';
  const d = diffLists(classic.files, buildkit.files);
  const parts = [];
  if (d.onlyA.length) parts.push(`only classic: ${d.onlyA.join(', ')}`);
  if (d.onlyB.length) parts.push(`only BuildKit: ${d.onlyB.join(', ')}`);
  return parts.join('; ');
}
