// The layering of docs/architecture.md, read from its folder table and held against the imports of src/:
// every room placed, model/ importing only util/, no domain folder importing a front door, no circle, and at
// most 2 (listed) imports running up the layers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { circles, folderGraph, folderOf, importGraph, upwardImports } from '../scripts/imports.mjs';

/** Layer of each room, from the table rows "| 3 | `dockerfile/` | ... |". */
function layersOf(markdown: string): Map<string, number> {
  const layers = new Map<string, number>();
  for (const m of markdown.matchAll(/^\| (\d+) \| `([^`]+)` \|/gm)) layers.set(m[2]!.replace(/\/$/, ''), Number(m[1]));
  return layers;
}

/** Everything wrong with a graph, one line each. */
function violations(graph: Map<string, Set<string>>, layers: Map<string, number>, allowedUpward: readonly string[]): string[] {
  const out: string[] = [];
  for (const room of new Set([...graph.keys()].map(folderOf)))
    if (!layers.has(room)) out.push(`${room} is not in the folder table of docs/architecture.md`);
  for (const [f, tos] of graph) {
    for (const t of tos) {
      const [a, b] = [folderOf(f), folderOf(t)];
      if (a === 'model' && b !== 'model' && b !== 'util') out.push(`model/ imports only util/: ${f} -> ${t}`);
      if ((b === 'cli' || b === 'action') && a !== b && a !== 'index.ts') out.push(`only index.ts imports a front door: ${f} -> ${t}`);
    }
  }
  for (const c of circles(graph)) out.push(`import circle: ${c.join(' ')}`);
  for (const c of circles(folderGraph(graph))) out.push(`folder circle: ${c.join(' ')}`);
  const upward = upwardImports(graph, (room) => layers.get(room) ?? Infinity).filter((u) => !allowedUpward.includes(u));
  for (const u of upward) out.push(`upward import: ${u}`);
  return out;
}

/** Imports allowed to run up the layers (at most 2), each with its reason. None today. */
const ALLOWED_UPWARD: readonly string[] = [];

const layers = layersOf(readFileSync('docs/architecture.md', 'utf8'));

describe('layering (docs/architecture.md)', () => {
  it('src/ keeps it', () => {
    expect(ALLOWED_UPWARD.length).toBeLessThanOrEqual(2);
    expect(violations(importGraph('src'), layers, ALLOWED_UPWARD)).toEqual([]);
  });

  it('the table places every layer-0 to front-door folder once', () => {
    expect(layers.get('util')).toBe(0);
    expect(layers.get('model')).toBe(1);
    expect(layers.get('cli')).toBeGreaterThan(layers.get('targets')!);
  });

  it('catches each kind of break', () => {
    const g = (edges: [string, string][]): Map<string, Set<string>> => {
      const m = new Map<string, Set<string>>();
      for (const [a, b] of edges) {
        if (!m.has(a)) m.set(a, new Set());
        if (!m.has(b)) m.set(b, new Set());
        m.get(a)!.add(b);
      }
      return m;
    };
    expect(violations(g([['model/report.ts', 'render/markdown.ts']]), layers, [])).toEqual([
      'model/ imports only util/: model/report.ts -> render/markdown.ts',
      'upward import: model/report.ts -> render/markdown.ts',
    ]);
    expect(violations(g([['github/sticky.ts', 'action/inputs.ts']]), layers, [])).toEqual([
      'only index.ts imports a front door: github/sticky.ts -> action/inputs.ts',
      'upward import: github/sticky.ts -> action/inputs.ts',
    ]);
    expect(
      violations(
        g([
          ['compare/a.ts', 'budget/b.ts'],
          ['budget/b.ts', 'compare/a.ts'],
        ]),
        layers,
        [],
      ),
    ).toEqual([
      'import circle: budget/b.ts compare/a.ts',
      'folder circle: budget compare',
      'upward import: budget/b.ts -> compare/a.ts',
      'upward import: compare/a.ts -> budget/b.ts',
    ]);
    expect(violations(g([['newfolder/x.ts', 'util/errors.ts']]), layers, [])).toEqual([
      'newfolder is not in the folder table of docs/architecture.md',
    ]);
  });
});
