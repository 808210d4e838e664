// The README as the issue defines it: the picture and a complete workflow in the first 40 lines, the inputs and
// outputs tables exactly what `npm run docs` generates from action.yml, the comment picture rendered from the
// current golden comment, and every relative link pointing at a file. Not pure: reads the repository; no server.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { GROUPS, groupOf, renderInputs, updateCliDoc, updateReadme } from '../../scripts/docs.mjs';
import { USAGE } from '../../src/cli/args.js';
import { workflowBlocks } from './actionlint.js';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');
const readme = read('README.md');

/** Pages other helpers add on their branches (linked from here before they land). */
const LANDING_ELSEWHERE = new Set<string>();

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown: string): string[] {
  return [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
    m[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-'),
  );
}

describe('README', () => {
  it('shows the comment picture and a complete workflow within its first 40 lines', () => {
    const head = readme.split('\n').slice(0, 40).join('\n') + '\n';
    expect(head).toMatch(/<img src="docs\/comment\.png"/);
    const blocks = workflowBlocks(head + '```\n');
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    expect(blocks[0]!.text).toMatch(/uses: docker-size-guard\/docker-size-guard@v\d+/);
    // The block closes within the 40 lines.
    expect(
      readme
        .split('\n')
        .slice(0, 40)
        .filter((l) => l.startsWith('```')).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('stays short: about 250 lines, the reference material is in docs/', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(290);
  });

  it('has the inputs and outputs tables npm run docs generates from action.yml', () => {
    expect(updateReadme(readme, read('action.yml')), 'README.md is stale: run npm run docs').toBe(readme);
  });

  it('docs/cli.md shows the CLI usage as --help prints it', () => {
    const doc = read('docs/cli.md');
    expect(updateCliDoc(doc, USAGE), 'docs/cli.md is stale: run npm run bundle && npm run docs').toBe(doc);
  });

  it('lists every input of action.yml', () => {
    const names = [...read('action.yml').matchAll(/^ {2}([a-z][a-z0-9-]*):\n {4}description:/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(20);
    for (const n of names) expect(readme).toContain(`| \`${n}\``);
  });

  it('shows the comment rendered from the current golden (npm run docs:comment re-renders it)', () => {
    const golden = readFileSync(join(root, 'test/fixtures/golden/action-comment.md'));
    const recorded = read('docs/comment.png.source').trim();
    expect(recorded, 'the golden comment changed: run npm run docs:comment').toBe(createHash('sha256').update(golden).digest('hex'));
    const png = readFileSync(join(root, 'docs/comment.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  const pages = [
    'README.md',
    'CONTRIBUTING.md',
    'CHANGELOG.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  it.each(pages)('%s: every relative link points at a file', (page) => {
    const text = read(page).replace(/```[\s\S]*?```/g, '');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)|<img src="([^"]+)"/g)]
      .map((m) => (m[1] ?? m[2])!)
      .filter((t) => !/^(https?:|mailto:|#)/.test(t));
    for (const t of targets) {
      const [file, anchor] = t.split('#') as [string, string | undefined];
      const path = join(dirname(page), file);
      if (LANDING_ELSEWHERE.has(path)) continue;
      expect(existsSync(join(root, path)), `${page} links to ${t}`).toBe(true);
      if (anchor !== undefined && path.endsWith('.md')) expect(anchors(read(path)), `${page} links to ${t}`).toContain(anchor);
    }
  });
});

describe('npm run docs: the inputs table', () => {
  it.each([
    ['context', 'What to measure'],
    ['image-archive', 'Image'],
    ['warn-budgets', 'Comparison and budgets'],
    ['comment-key', 'Comment'],
    ['trend-points', 'Storage and trend'],
    ['github-token', 'Advanced'],
    // Inputs it does not know yet are placed by their name.
    ['allow-label', 'Comparison and budgets'],
    ['review-suggestions', 'Comment'],
    ['badge', 'Comment'],
    ['trend-window', 'Storage and trend'],
    ['something-new', 'Advanced'],
  ])('puts %s under %s', (name, group) => {
    expect(groupOf(name)).toBe(group);
    expect(GROUPS).toContain(group);
  });

  it('renders one row per input, in groups, with | escaped and the common inputs starred', () => {
    const table = renderInputs({
      inputs: {
        budgets: { description: 'a | b', default: '' },
        mode: { description: 'x\n y', default: 'auto' },
        context: { description: 'c', default: '.' },
      },
    }) as string;
    expect(table.split('\n')).toEqual([
      '| Input | Default | Description |',
      '|---|---|---|',
      '| **What to measure** | | |',
      '| `context` ★ | `.` | c |',
      '| **Comparison and budgets** | | |',
      '| `budgets` ★ |  | a \\| b |',
      '| **Advanced** | | |',
      '| `mode` | `auto` | x y |',
    ]);
  });
});
