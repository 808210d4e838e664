// The Dockerfile module against BuildKit's rules (frontend/dockerfile/parser, instructions,
// shell/lex.go, dockerfile2llb; tonistiigi/fsutil copy.ResolveWildcards and the copier's filters).
import { describe, expect, it } from 'vitest';
import { DockerfileError, parseDockerfile, type Instruction } from '../../src/dockerfile/parse.js';
import { planContextCopies, type CopyPlan, type PlanOptions } from '../../src/dockerfile/plan.js';
import { makeCopySelector, selectsWholeDirectories } from '../../src/dockerfile/select.js';
import { Lex } from '../../src/dockerfile/shell.js';

const plan = (text: string, opts: Partial<PlanOptions> = {}): CopyPlan => planContextCopies(text, { file: 'Dockerfile', ...opts });
const sourcesOf = (text: string, opts: Partial<PlanOptions> = {}): string[][] => plan(text, opts).copies.map((c) => c.sources);
const pick = (i: Instruction) => ({ keyword: i.keyword, flags: i.flags, args: i.args, json: i.json, line: i.line, endLine: i.endLine });

function errorOf(fn: () => unknown): { file: string; line: number; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DockerfileError) return { file: e.file, line: e.line, message: e.message };
    throw e;
  }
  throw new Error('expected a DockerfileError');
}

describe('parseDockerfile', () => {
  const cases: [string, string, ReturnType<typeof pick>[]][] = [
    [
      'keywords in any case, flags before arguments, repeated flags accumulate',
      'from alpine\ncopy --from=build --chown=1:1 --link a b /dst/\nRUN --mount=type=cache,target=/c --mount=type=bind,target=/s make\n',
      [
        { keyword: 'FROM', flags: {}, args: ['alpine'], json: false, line: 1, endLine: 1 },
        {
          keyword: 'COPY',
          flags: { from: ['build'], chown: ['1:1'], link: [''] },
          args: ['a', 'b', '/dst/'],
          json: false,
          line: 2,
          endLine: 2,
        },
        {
          keyword: 'RUN',
          flags: { mount: ['type=cache,target=/c', 'type=bind,target=/s'] },
          args: ['make'],
          json: false,
          line: 3,
          endLine: 3,
        },
      ],
    ],
    [
      'continuations join without a separator; comment and empty lines inside are skipped',
      'FROM alpine\nRUN echo a\\\n  # not an instruction\n\n  b \\\n c\n',
      [
        { keyword: 'FROM', flags: {}, args: ['alpine'], json: false, line: 1, endLine: 1 },
        { keyword: 'RUN', flags: {}, args: ['echo a  b  c'], json: false, line: 2, endLine: 6 },
      ],
    ],
    [
      'the escape directive makes ` the continuation and escape character',
      '# escape=`\nFROM windows\nCOPY C:\\src\\ `\n  C:\\dst\\\n',
      [
        { keyword: 'FROM', flags: {}, args: ['windows'], json: false, line: 2, endLine: 2 },
        { keyword: 'COPY', flags: {}, args: ['C:\\src\\', 'C:\\dst\\'], json: false, line: 3, endLine: 4 },
      ],
    ],
    [
      'a directive after another comment is only a comment',
      '# hello\n# escape=`\nFROM alpine\nRUN a `\nRUN b\n',
      [
        { keyword: 'FROM', flags: {}, args: ['alpine'], json: false, line: 3, endLine: 3 },
        { keyword: 'RUN', flags: {}, args: ['a `'], json: false, line: 4, endLine: 4 },
        { keyword: 'RUN', flags: {}, args: ['b'], json: false, line: 5, endLine: 5 },
      ],
    ],
    [
      'JSON form is parsed; malformed JSON falls back to the shell form',
      'FROM alpine\nCOPY ["a b", "c"]\nCOPY ["a", "b"\nCMD ["sh", "-c", "x"]\n',
      [
        { keyword: 'FROM', flags: {}, args: ['alpine'], json: false, line: 1, endLine: 1 },
        { keyword: 'COPY', flags: {}, args: ['a b', 'c'], json: true, line: 2, endLine: 2 },
        { keyword: 'COPY', flags: {}, args: ['["a",', '"b"'], json: false, line: 3, endLine: 3 },
        { keyword: 'CMD', flags: {}, args: ['sh', '-c', 'x'], json: true, line: 4, endLine: 4 },
      ],
    ],
    [
      'ENV and ARG keep quotes for expansion; legacy ENV is [name, value]',
      'ARG A="x y" B\nFROM alpine\nENV K="v w" L=1\nENV OLD some value\n',
      [
        { keyword: 'ARG', flags: {}, args: ['A="x y"', 'B'], json: false, line: 1, endLine: 1 },
        { keyword: 'FROM', flags: {}, args: ['alpine'], json: false, line: 2, endLine: 2 },
        { keyword: 'ENV', flags: {}, args: ['K="v w"', 'L=1'], json: false, line: 3, endLine: 3 },
        { keyword: 'ENV', flags: {}, args: ['OLD', 'some value'], json: false, line: 4, endLine: 4 },
      ],
    ],
    [
      'CRLF line endings',
      'FROM alpine\r\nCOPY a \\\r\n  b /\r\n',
      [
        { keyword: 'FROM', flags: {}, args: ['alpine'], json: false, line: 1, endLine: 1 },
        { keyword: 'COPY', flags: {}, args: ['a', 'b', '/'], json: false, line: 2, endLine: 3 },
      ],
    ],
    [
      'heredoc bodies are not instructions',
      'FROM alpine\nRUN <<EOF\nNOTAKEYWORD at all\nEOF\nRUN true\n',
      [
        { keyword: 'FROM', flags: {}, args: ['alpine'], json: false, line: 1, endLine: 1 },
        { keyword: 'RUN', flags: {}, args: ['<<EOF'], json: false, line: 2, endLine: 4 },
        { keyword: 'RUN', flags: {}, args: ['true'], json: false, line: 5, endLine: 5 },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(parseDockerfile(text, 'Dockerfile').map(pick)).toEqual(expected);
  });

  it('joins continuation lines with a space in `original`', () => {
    const [, run] = parseDockerfile('FROM a\nRUN apt-get update && \\\n    apt-get install x\n', 'Dockerfile');
    expect(run!.original).toBe('RUN apt-get update && apt-get install x');
  });

  const heredocs: [string, string, { name: string; body: string }[]][] = [
    ['plain', 'FROM a\nCOPY <<EOF /etc/x\nhello\n  world\nEOF\n', [{ name: 'EOF', body: 'hello\n  world\n' }]],
    [
      '<<- strips leading tabs, also before the terminator',
      'FROM a\nCOPY <<-END /x\n\t\tone\n\ttwo\n\tEND\n',
      [{ name: 'END', body: 'one\ntwo\n' }],
    ],
    ['quoted delimiter', 'FROM a\nRUN <<"EOT" sh\necho $HOME\nEOT\n', [{ name: 'EOT', body: 'echo $HOME\n' }]],
    [
      'two in one instruction',
      'FROM a\nCOPY <<A <<B /d/\na\nA\nb\nB\n',
      [
        { name: 'A', body: 'a\n' },
        { name: 'B', body: 'b\n' },
      ],
    ],
    ['none in JSON form', 'FROM a\nRUN ["cat", "<<EOF"]\n', []],
  ];
  it.each(heredocs)('heredoc: %s', (_name, text, expected) => {
    expect(parseDockerfile(text, 'Dockerfile')[1]!.heredocs).toEqual(expected);
  });

  const errors: [string, string, number, string][] = [
    ['unknown instruction', 'FROM a\nRUN x\nWHATEVER bar\n', 3, 'unknown instruction: WHATEVER'],
    ['unknown instruction close to FROM', 'FROM a\nFOO bar\n', 2, 'unknown instruction: FOO (did you mean FROM?)'],
    ['unknown instruction, with a suggestion', 'FROM a\n\nRUNN x\n', 3, 'unknown instruction: RUNN (did you mean RUN?)'],
    ['lower-case suggestion for a lower-case keyword', 'FROM a\ncopyy a b\n', 2, 'unknown instruction: copyy (did you mean copy?)'],
    ['unterminated heredoc', 'FROM a\nRUN <<EOF\necho\n', 2, 'unterminated heredoc'],
    ['JSON array of non-strings', 'FROM a\nCMD ["a", 1]\n', 2, 'when using JSON array syntax, arrays must be comprised of strings only'],
    [
      'COPY without destination',
      'FROM a\nCOPY onlyone\n',
      2,
      'COPY requires at least two arguments, but only one was provided. Destination could not be determined',
    ],
    ['heredoc as destination', 'FROM a\nCOPY x <<EOF\nEOF\n', 2, 'COPY cannot accept a heredoc as a destination'],
    ['unknown COPY flag', 'FROM a\nCOPY --form=b x y\n', 2, 'unknown flag: --form (did you mean from?)'],
    ['string flag without value', 'FROM a\nCOPY --from x y\n', 2, 'missing a value on flag: --from'],
    ['repeated escape directive', '# escape=\\\n# escape=`\nFROM a\n', 2, 'only one escape parser directive can be used'],
    ['invalid escape token', '# escape=x\nFROM a\n', 1, "invalid escape token 'x' does not match ` or \\"],
    ['bad stage name', 'FROM a AS 1st\n', 1, 'invalid name for build stage: "1st", name can\'t start with a number or contain symbols'],
    ['FROM with two arguments', 'FROM a b\n', 1, 'FROM requires either one or three arguments'],
    ['only comments', '# just\n# comments\n', 2, 'file with no instructions'],
  ];
  it.each(errors)('error: %s', (_name, text, line, message) => {
    expect(errorOf(() => parseDockerfile(text, 'ctx/Dockerfile'))).toEqual({ file: 'ctx/Dockerfile', line, message });
  });
});

describe('shell lexer (ProcessWord)', () => {
  const env = new Map([
    ['SET', 'value'],
    ['EMPTY', ''],
    ['PATHV', 'dir/sub/file.tar.gz'],
  ]);
  const cases: [string, string][] = [
    ['$SET/x', 'value/x'],
    ['${SET}x', 'valuex'],
    ['$UNSET-a', '-a'],
    ['${UNSET:-word}', 'word'],
    ['${EMPTY:-word}', 'word'],
    ['${EMPTY-word}', ''],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['\\$SET', '$SET'],
    ["'$SET'", '$SET'],
    ['"$SET b"', 'value b'],
    ['${PATHV%.*}', 'dir/sub/file.tar'],
    ['${PATHV%%.*}', 'dir/sub/file'],
    ['${PATHV#*/}', 'sub/file.tar.gz'],
    ['${PATHV##*/}', 'file.tar.gz'],
    ['${PATHV/sub/x}', 'dir/x/file.tar.gz'],
  ];
  it.each(cases)('%s -> %s', (word, expected) => {
    expect(new Lex('\\').processWord(word, env).result).toBe(expected);
  });

  it('reports unset variables, but not the ${X-default} forms', () => {
    expect([...new Lex('\\').processWord('$A${B:-x}${C}', env).unset]).toEqual(['A', 'C']);
  });
});

describe('planContextCopies: stages', () => {
  const multi = [
    'FROM golang AS build',
    'COPY go.mod ./',
    'FROM node AS web',
    'COPY web/ ./',
    'FROM build AS test',
    'COPY test/ ./',
    'FROM alpine',
    'COPY --from=build /out /bin/app',
    'COPY entry.sh /',
  ].join('\n');
  const cases: [string, string, Partial<PlanOptions>, { target: string; stages: string[]; sources: string[][] }][] = [
    [
      'the last stage by default, with the stages it copies from',
      multi,
      {},
      { target: '3', stages: ['build', '3'], sources: [['go.mod'], ['entry.sh']] },
    ],
    [
      '--target, with its FROM stage',
      multi,
      { target: 'test' },
      { target: 'test', stages: ['build', 'test'], sources: [['go.mod'], ['test']] },
    ],
    ['--target matches names case-insensitively', multi, { target: 'WEB' }, { target: 'web', stages: ['web'], sources: [['web']] }],
    [
      '--from by index',
      'FROM a\nCOPY one /\nFROM b\nCOPY two /\nFROM c\nCOPY --from=1 / /\n',
      {},
      { target: '2', stages: ['1', '2'], sources: [['two']] },
    ],
    [
      '--from naming no stage is an image',
      'FROM a AS unused\nCOPY x /\nFROM b\nCOPY --from=nginx:latest /etc /etc\nCOPY --from=unused2 / /\n',
      {},
      { target: '1', stages: ['1'], sources: [] },
    ],
    [
      'RUN --mount from= makes a dependency',
      'FROM a AS deps\nCOPY lock /\nFROM b\nRUN --mount=type=bind,from=deps,target=/d make\n',
      {},
      { target: '1', stages: ['deps', '1'], sources: [['lock']] },
    ],
    [
      'FROM an earlier stage name chains stages',
      'FROM a AS base\nCOPY base.txt /\nFROM base AS mid\nCOPY mid.txt /\nFROM mid\n',
      {},
      { target: '2', stages: ['base', 'mid', '2'], sources: [['base.txt'], ['mid.txt']] },
    ],
    [
      'ONBUILD triggers of a base stage run in the stage built on it',
      'FROM a AS base\nONBUILD COPY app/ /app\nFROM base\n',
      {},
      { target: '1', stages: ['base', '1'], sources: [['app']] },
    ],
    [
      'ONBUILD triggers do not run in the stage that declares them',
      'FROM a AS base\nONBUILD COPY app/ /app\n',
      {},
      { target: 'base', stages: ['base'], sources: [] },
    ],
  ];
  it.each(cases)('%s', (_name, text, opts, expected) => {
    const p = plan(text, opts);
    expect({ target: p.target, stages: p.stages, sources: p.copies.map((c) => c.sources) }).toEqual(expected);
  });

  it('names the stage and line of each copy', () => {
    expect(plan(multi).copies.map((c) => [c.stage, c.line, c.original])).toEqual([
      ['build', 2, 'COPY go.mod ./'],
      ['3', 9, 'COPY entry.sh /'],
    ]);
  });

  const errors: [string, string, Partial<PlanOptions>, number, string][] = [
    [
      'missing target',
      multi,
      { target: 'tset' },
      1,
      'target stage "tset" could not be found (did you mean test?); the stages are: build, web, test',
    ],
    ['no FROM', 'ARG A=1\n', {}, 1, 'dockerfile contains no stages to build'],
    ['instruction before FROM', 'ARG A\nRUN x\nFROM a\n', {}, 2, 'no build stage in current context'],
    ['empty file', '', {}, 1, 'the Dockerfile cannot be empty'],
    [
      'copy from a later stage',
      'FROM a\nCOPY --from=later / /\nFROM b AS later\nFROM c\nCOPY --from=0 / /\n',
      {},
      2,
      'cannot copy from stage "later", it needs to be defined before current stage "stage-0"',
    ],
    [
      'circular dependency',
      'FROM a AS x\nCOPY --from=y / /\nFROM b AS y\nCOPY --from=x / /\n',
      {},
      2,
      'circular dependency detected on stage: x',
    ],
    [
      '--from with a variable',
      'FROM a\nARG S=x\nCOPY --from=$S / /\n',
      {},
      3,
      'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
    ],
    ['stage index out of range', 'FROM a\nCOPY --from=5 / /\n', {}, 2, 'invalid stage index 5'],
    ['blank base', 'ARG IMG\nFROM $IMG\n', {}, 2, 'base name ($IMG) should not be blank'],
    ['COPY of a URL', 'FROM a\nCOPY https://example.com/f /\n', {}, 2, "source can't be a URL for COPY"],
    ['COPY of a git ref', 'FROM a\nCOPY git@github.com:o/r.git /\n', {}, 2, "source can't be a git ref for COPY"],
    ['unknown instruction in a triggered ONBUILD', 'FROM a AS b\nONBUILD WHATEVER x\nFROM b\n', {}, 3, 'unknown instruction: WHATEVER'],
    [
      'quotes do not group shell-form COPY arguments',
      'FROM a\nCOPY "b c" /\n',
      {},
      2,
      'failed to process "\\"b": unexpected end of statement while looking for matching double-quote',
    ],
  ];
  it.each(errors)('error: %s', (_name, text, opts, line, message) => {
    expect(errorOf(() => plan(text, opts))).toEqual({ file: 'Dockerfile', line, message });
  });

  it('reports a triggered ONBUILD copy at its ONBUILD line, in the stage that runs it', () => {
    const [copy] = plan('FROM a AS base\nONBUILD COPY app/ /app\nFROM base AS child\n').copies;
    expect([copy!.stage, copy!.line, copy!.original]).toEqual(['child', 2, 'ONBUILD COPY app/ /app']);
  });

  it('ignores errors of stages that do not take part', () => {
    expect(plan('FROM a AS bad\nCOPY https://x/y /\nFROM b\nCOPY ok /\n').copies.map((c) => c.sources)).toEqual([['ok']]);
  });
});

describe('planContextCopies: ARG and ENV', () => {
  const cases: [string, string, Record<string, string>, string[][]][] = [
    ['a global ARG applies to FROM', 'ARG BASE=builder\nFROM alpine AS builder\nCOPY x /\nFROM $BASE\n', {}, [['x']]],
    ['a build arg changes FROM', 'ARG BASE=builder\nFROM alpine AS builder\nCOPY x /\nFROM $BASE\n', { BASE: 'alpine' }, []],
    ['a global ARG is not visible in a stage without ARG NAME', 'ARG DIR=src\nFROM a\nCOPY $DIR/x /\n', {}, [['x']]],
    ['ARG NAME in the stage takes the global value', 'ARG DIR=src\nFROM a\nARG DIR\nCOPY $DIR/x /\n', {}, [['src/x']]],
    ['a build arg overrides a global default', 'ARG DIR=src\nFROM a\nARG DIR\nCOPY $DIR /\n', { DIR: 'lib' }, [['lib']]],
    ['a build arg overrides a stage default', 'FROM a\nARG DIR=src\nCOPY $DIR /\n', { DIR: 'lib' }, [['lib']]],
    ['a build arg sets a declared ARG without default', 'FROM a\nARG DIR\nCOPY ${DIR:-none} /\n', { DIR: 'lib' }, [['lib']]],
    ['a build arg of an undeclared name is not used', 'FROM a\nCOPY ${DIR:-none} /\n', { DIR: 'lib' }, [['none']]],
    ['ENV values', 'FROM a\nENV APP=web\nCOPY ${APP}/ /\n', {}, [['web']]],
    ['ENV sees values from before the instruction only', 'FROM a\nENV A=1\nENV A=2 B=$A\nCOPY $B /\n', {}, [['1']]],
    ['ARG defaults see earlier ARGs of the same instruction', 'FROM a\nARG A=x B=${A}y\nCOPY $B /\n', {}, [['xy']]],
    [
      'stage variables are inherited by FROM <stage>',
      'FROM a AS base\nARG D=pkg\nENV E=lib\nFROM base\nCOPY $D $E /\n',
      {},
      [['pkg', 'lib']],
    ],
    ['automatic platform ARGs', 'FROM a\nARG TARGETARCH\nCOPY bin/$TARGETARCH /\n', {}, [['bin/amd64']]],
    ['platform ARGs can be overridden', 'FROM a\nARG TARGETARCH\nCOPY bin/$TARGETARCH /\n', { TARGETARCH: 'arm64' }, [['bin/arm64']]],
    ['escaped $ and quotes', "FROM a\nCOPY \\$HOME 'q' /\n", {}, [['$HOME', 'q']]],
    ['JSON sources are expanded too', 'FROM a\nENV D=docs\nCOPY ["$D/a b", "/"]\n', {}, [['docs/a b']]],
  ];
  it.each(cases)('%s', (_name, text, buildArgs, expected) => {
    expect(sourcesOf(text, { buildArgs })).toEqual(expected);
  });

  it('warns when a source uses an unset variable', () => {
    expect(plan('ARG DIR=src\nFROM a\nCOPY $DIR/x /\n').warnings).toEqual([
      'Dockerfile:3: COPY uses $DIR, which is not set at that point and was read as empty (a global ARG is visible in a stage only after "ARG DIR" in that stage)',
    ]);
  });
});

describe('planContextCopies: sources', () => {
  const cases: [string, string, string[][]][] = [
    ['paths are cleaned, relative to the context root', 'FROM a\nCOPY ./src/../lib/ /app/x /\n', [['lib', 'app/x']]],
    ['"." and "/" and ".." are the whole context', 'FROM a\nCOPY . /\nCOPY / /\nCOPY ../ /\n', [['.'], ['.'], ['.']]],
    ['an empty source is the whole context', 'FROM a\nCOPY "" /\n', [['.']]],
    ['--from copies are not from the context', 'FROM a AS b\nFROM c\nCOPY --from=b /x /\n', []],
    ['heredoc sources are not from the context', 'FROM a\nCOPY <<EOF real.txt /d/\nx\nEOF\n', [['real.txt']]],
    [
      'ADD URLs and git refs are not from the context',
      'FROM a\nADD https://x.io/f.tgz http://x.io/g git@github.com:o/r.git https://github.com/o/r.git#main git://h/r local.tgz /d/\n',
      [['local.tgz']],
    ],
    ['ADD of an https URL without .git is a download', 'FROM a\nADD https://github.com/o/r /d/\nADD x /\n', [['x']]],
    ['ADD github.com/o/r is a local path', 'FROM a\nADD github.com/o/r /d/\n', [['github.com/o/r']]],
    [
      'RUN --mount=type=bind reads the context; other types do not',
      'FROM a AS s\nFROM b\nRUN --mount=type=bind,target=/w --mount=type=bind,source=./cfg,target=/c x\nRUN --mount=type=cache,target=/c --mount=type=secret,id=t --mount=type=ssh --mount=type=tmpfs,target=/t x\nRUN --mount=type=bind,from=s,source=/x,target=/x --mount=from=s,target=/y x\n',
      [['.', 'cfg']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });

  it('records keyword, wholeContext, --exclude and --parents', () => {
    const p = plan(
      'FROM a\nCOPY --exclude=*.md --exclude=tmp . /\nADD . /\nRUN --mount=type=bind,target=/w x\nCOPY --parents a/./b/*.go c/d /\n',
    );
    expect(p.copies.map((c) => [c.keyword, c.wholeContext, c.excludes, c.parents])).toEqual([
      ['COPY', false, ['*.md', 'tmp'], undefined],
      ['ADD', true, [], undefined],
      ['RUN', true, [], undefined],
      ['COPY', false, [], ['b/*.go', 'c/d']],
    ]);
    expect(p.copies[3]!.sources).toEqual(['a', '.']);
  });
});

describe('makeCopySelector', () => {
  const select = (text: string) => makeCopySelector(plan(text));
  const cases: [string, string, [string, boolean][]][] = [
    [
      'an exact file',
      'FROM a\nCOPY package.json /\n',
      [
        ['package.json', true],
        ['package.json5', false],
        ['sub/package.json', false],
        ['package', false],
      ],
    ],
    [
      'a directory and everything below it',
      'FROM a\nCOPY src/lib /\n',
      [
        ['src/lib', true],
        ['src/lib/a.ts', true],
        ['src/lib/x/y/z', true],
        ['src', false],
        ['src/lib2', false],
        ['src/libx/a', false],
      ],
    ],
    [
      'a wildcard at the top',
      'FROM a\nCOPY *.json /\n',
      [
        ['a.json', true],
        ['.json', true],
        ['a.json5', false],
        ['dir/a.json', false],
      ],
    ],
    [
      '* does not cross /',
      'FROM a\nCOPY src/*.ts /\n',
      [
        ['src/a.ts', true],
        ['src/d/a.ts', false],
        ['src/.ts', true],
        ['srcx/a.ts', false],
        ['src', false],
      ],
    ],
    [
      'a wildcard directory is taken whole',
      'FROM a\nCOPY pkg/*/go.mod app* /\n',
      [
        ['pkg/x/go.mod', true],
        ['pkg/x/go.sum', false],
        ['pkg/go.mod', false],
        ['app', true],
        ['apps/a/b', true],
        ['ap', false],
      ],
    ],
    [
      'wildcards at several depths',
      'FROM a\nCOPY a/*/c/*.txt /\n',
      [
        ['a/b/c/d.txt', true],
        ['a/b/c/d.txt/e', true],
        ['a/b/c/d.md', false],
        ['a/b/x/d.txt', false],
        ['a/b/c', false],
      ],
    ],
    [
      '? and classes',
      'FROM a\nCOPY v? [ab]*.txt /\n',
      [
        ['v1', true],
        ['v12', false],
        ['v/x', false],
        ['a.txt', true],
        ['bb.txt', true],
        ['c.txt', false],
      ],
    ],
    [
      'a negated class can match /, as filepath.Match allows',
      'FROM a\nCOPY x[^q]y /\n',
      [
        ['x/y', true],
        ['xay', true],
        ['xqy', false],
      ],
    ],
    [
      'an escaped wildcard is literal',
      'FROM a\nCOPY "a\\\\*" /\n',
      [
        ['a\\*', true],
        ['ab', false],
      ],
    ],
    [
      'RUN bind sources are literal',
      'FROM a\nRUN --mount=type=bind,source=a*,target=/x x\n',
      [
        ['a*', true],
        ['ab', false],
      ],
    ],
    [
      '. selects everything',
      'FROM a\nCOPY x /\nCOPY . /\n',
      [
        ['any', true],
        ['deep/er/path', true],
      ],
    ],
    ['nothing copied from the context', 'FROM a\nRUN echo\n', [['x', false]]],
    [
      '--exclude, below each source',
      'FROM a\nCOPY --exclude=*.md --exclude=tmp docs README.md /\n',
      [
        ['docs', true],
        ['docs/a.txt', true],
        ['docs/a.md', false],
        ['docs/sub/a.md', true],
        ['docs/tmp/x', false],
        ['README.md', true],
      ],
    ],
    [
      '--exclude with an exception',
      'FROM a\nCOPY --exclude=vendor --exclude=!vendor/keep . /\n',
      [
        ['vendor', false],
        ['vendor/x', false],
        ['vendor/keep', true],
        ['vendor/keep/a', true],
        ['src/x', true],
      ],
    ],
    [
      '--exclude below wildcard matches',
      'FROM a\nCOPY --exclude=*.log pkg* /\n',
      [
        ['pkg1', true],
        ['pkg1/a.go', true],
        ['pkg1/a.log', false],
        ['pkgs.log', true],
      ],
    ],
    [
      '--parents copies what its pattern matches below the pivot',
      'FROM a\nCOPY --parents src/./**/*.go /\n',
      [
        ['src/a.go', true],
        ['src/x/y/b.go', true],
        ['src/x/b.ts', false],
        ['a.go', false],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, paths) => {
    const selected = select(text);
    expect(paths.map(([p]) => [p, selected(p)])).toEqual(paths);
  });

  it('tells when selected directories are not taken whole', () => {
    expect(selectsWholeDirectories(plan('FROM a\nCOPY src /\n'))).toBe(true);
    expect(selectsWholeDirectories(plan('FROM a\nCOPY --exclude=*.md src /\n'))).toBe(false);
  });
});
