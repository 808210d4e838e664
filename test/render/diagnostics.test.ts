// The diagnostics in the markdown and text reports, and as GitHub annotations.
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { emitDiagnosticAnnotations, type AnnotationProperties } from '../../src/action/annotations.js';
import type { Report } from '../../src/model/report.js';
import { join } from 'node:path';
import { copyTree, tempRoot, writeTree } from '../diagnose/helpers.js';

const { root, cleanup } = tempRoot('dsg-diag-render-');
afterAll(cleanup);

/**
 * The examples as a developer has them outside git (copied, no .git above): in this repository their weights are
 * committed, and a committed file the build copies is never suggested for exclusion (see trust.test.ts).
 */
const outside = join(root, 'outside');
copyTree('examples', join(outside, 'examples'));

/** The markdown outside fenced code blocks. */
function prose(md: string): string {
  return md
    .split(/^```.*$/m)
    .filter((_, i) => i % 2 === 0)
    .join('\n');
}

describe('markdown', () => {
  it('a Mermaid pie of the context by family above the table, the block in a code block', async () => {
    const r = await runCli(['examples/llm-service', '--format', 'markdown'], { cwd: outside });
    const md = r.stdout;
    const pie = md.indexOf(
      '```mermaid\npie showData title Build context by family (bytes)\n    "Model weights and checkpoints" : 1800000\n    "Data sets" : 320000\n',
    );
    const table = md.indexOf('| Line ');
    const block = md.indexOf(
      '```\n# Added by docker-size-guard --fix (Docker syntax: **/ matches at any depth)\nmodels\ndata\n**/__pycache__\n**/*.log\n```',
    );
    expect(pie).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(pie);
    expect(block).toBeGreaterThan(table);
    expect(md).toContain('the context goes from <span title="2259525 bytes">2.26 MB</span> to **<span title="1638 bytes">1.64 kB</span>**');
    expect(md).toMatch(
      /- ⚠️ examples\/llm-service\/\.dockerignore:2: &quot;\\?&#95;&#95;pycache&#95;&#95;\/&quot; matches only at the context root/,
    );
  });

  it('hostile file names cannot break out of the tables or the code block', async () => {
    const hostile = '@octocat <img src=x onerror=alert(1)> #12 | www.evil.example x.iso';
    const dir = writeTree(`${root}/hostile`, { [hostile]: { size: 1_100_000 }, 'a.txt': 'a' });
    const md = (await runCli(['.', '--format', 'markdown'], { cwd: dir })).stdout;
    expect(md).toContain('```\n# Added by docker-size-guard --fix (Docker syntax: **/ matches at any depth)\n' + hostile + '\n```');
    const text = prose(md);
    expect(text).not.toContain(hostile);
    expect(text).not.toMatch(/<(?!\/?(details|summary|span|sub)\b)[a-z]/i);
    expect(text).not.toMatch(/(^|[^&\w])@[a-z0-9]/i);
    expect(text).not.toMatch(/(^|[^&\w])#\d/);
    expect(text).not.toMatch(/:\/\/|www\./i);
    for (const block of text.split('\n\n')) {
      const rows = block.split('\n').filter((l) => l.startsWith('|'));
      if (rows.length > 1) expect(new Set(rows.map((l) => l.split('|').length)).size).toBe(1);
    }
  });

  it('a name that cannot be written as a line (a backtick) gets none, so the block stays a block', async () => {
    const dir = writeTree(`${root}/backtick`, { 'x`y.iso': { size: 1_100_000 }, 'node_modules/a.js': 'a' });
    const r = await runCli(['.', '--format', 'json'], { cwd: dir });
    const d = (JSON.parse(r.stdout) as Report).targets[0]!.diagnostics!;
    expect(d.suggestions.map((s) => s.line)).toEqual(['**/node_modules']);
  });
});

describe('text', () => {
  it('node dist/cli.js examples/llm-service: the culprits, the block with per-line savings, the findings', async () => {
    const r = await runCli(['examples/llm-service'], { cwd: outside });
    expect(r.stdout).toContain(
      [
        '  Suggested .dockerignore lines (savings of each line count the lines above it)',
        '        saves    files  line',
        '      1.80 MB        2  models  (also removes 1.80 MB from the image)',
        '       320 kB        2  data  (also removes 320 kB from the image)',
        '      98.0 kB        3  **/__pycache__  (also removes 98.0 kB from the image)',
        '      40.0 kB        1  **/*.log  (also removes 40.0 kB from the image)',
        '    The block removes 2.26 MB (2,258,000 bytes) in 8 files: the context goes from 2.26 MB to 1.64 kB.',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      '  Append to examples/llm-service/.dockerignore (or run again with --fix): saves 2.26 MB, the context goes from 2.26 MB to 1.64 kB\n    # Added by docker-size-guard',
    );
    expect(r.stdout).toContain('    warning  examples/llm-service/Dockerfile:6  COPY . . copies the whole context into the image');
  });
});

describe('annotations', () => {
  it('each finding on its file and line, errors as errors; drift as notices', async () => {
    const r = await runCli(['examples/node-monorepo', '--format', 'json'], { cwd: outside });
    const report = JSON.parse(r.stdout) as Report;
    const calls: [string, string, AnnotationProperties | undefined][] = [];
    const core = {
      error: (m: string, p?: AnnotationProperties) => calls.push(['error', m, p]),
      warning: (m: string, p?: AnnotationProperties) => calls.push(['warning', m, p]),
      notice: (m: string, p?: AnnotationProperties) => calls.push(['notice', m, p]),
    };
    emitDiagnosticAnnotations(report, core);
    const where = calls.map(([kind, , p]) => `${kind} ${p?.file}:${p?.startLine}`);
    // An error only where harm is proven: "scripts" takes a file a COPY names (the build fails). The secrets reach
    // the build stage, not the image: warnings.
    expect(where.filter((w) => w.startsWith('error'))).toEqual(['error examples/node-monorepo/.dockerignore:8']);
    expect(where).toContain('warning examples/node-monorepo/Dockerfile:3');
    expect(where).toContain('warning examples/node-monorepo/Dockerfile:8');
    expect(where).toContain('warning examples/node-monorepo/.dockerignore:4');
    expect(where).toContain('notice examples/node-monorepo/.gitignore:6');
    expect(calls.every(([, , p]) => p?.title?.startsWith('docker-size-guard: '))).toBe(true);
  });
});
