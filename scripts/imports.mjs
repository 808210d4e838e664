// Counts the import structure of src/ (the figures of docs/architecture.md and the architecture issue's closing
// note): folders, files, import arrows between folders, folder pairs importing each other, import circles
// (file level), arrows inside folder circles, and imports that run up the layers of docs/architecture.md.
// Usage: node scripts/imports.mjs [SRC_DIR] [--json]   (default src; SRC_DIR may be an old checkout's src/)
// Reads files only; keeps the import graph (a few hundred edges) in memory.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Imports of one file's text: relative specifiers of static, side-effect and dynamic imports and re-exports. */
export function specifiers(text) {
  const out = [];
  const re =
    /(?:^|[^\w.])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of text.matchAll(re)) {
    const s = m[1] ?? m[2] ?? m[3];
    if (s.startsWith('.')) out.push(s);
  }
  return out;
}

/** The file-level import graph of a source tree: Map<file, Set<file>>, paths relative to `root`, '/'-separated. */
export function importGraph(root) {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir).sort()) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.ts') && !e.endsWith('.d.ts')) files.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(root);
  const known = new Set(files);
  const graph = new Map();
  for (const f of files) {
    const to = new Set();
    for (const s of specifiers(readFileSync(path.join(root, f), 'utf8'))) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(f), s)).replace(/\.js$/, '.ts');
      if (known.has(target)) to.add(target);
    }
    graph.set(f, to);
  }
  return graph;
}

/** The room of a file: its folder; a file at the top of src/ (index.ts, version.ts) is a room of its own. */
export const folderOf = (file) => (file.includes('/') ? path.posix.dirname(file) : file);

/** Strongly connected components (Tarjan), each sorted; only those with more than one node. */
export function circles(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The folder-level graph: an arrow A -> B when a file of A imports a file of B (A != B). */
export function folderGraph(graph) {
  const folders = new Map();
  for (const [f, tos] of graph) {
    const a = folderOf(f);
    if (!folders.has(a)) folders.set(a, new Set());
    for (const t of tos) if (folderOf(t) !== a) folders.get(a).add(folderOf(t));
  }
  return folders;
}

/**
 * Imports that break the layering of docs/architecture.md (`layerOf` gives a room's layer): from one room to
 * another of the same layer or a higher one.
 */
export function upwardImports(graph, layerOf) {
  const out = [];
  for (const [f, tos] of graph) {
    for (const t of tos) {
      const [a, b] = [folderOf(f), folderOf(t)];
      if (a !== b && layerOf(b) >= layerOf(a)) out.push(`${f} -> ${t}`);
    }
  }
  return out.sort();
}

export function measure(root) {
  const graph = importGraph(root);
  const fg = folderGraph(graph);
  const arrows = [...fg.values()].reduce((n, s) => n + s.size, 0);
  const pairs = [];
  for (const [a, tos] of fg) for (const b of tos) if (a < b && fg.get(b)?.has(a)) pairs.push(`${a} <-> ${b}`);
  const folderCircles = circles(fg);
  const inCircle = new Map(folderCircles.flatMap((c, i) => c.map((f) => [f, i])));
  let arrowsInCircles = 0;
  for (const [a, tos] of fg) for (const b of tos) if (inCircle.has(a) && inCircle.get(a) === inCircle.get(b)) arrowsInCircles++;
  return {
    rooms: fg.size,
    files: graph.size,
    fileImports: [...graph.values()].reduce((n, s) => n + s.size, 0),
    folderArrows: arrows,
    foldersImportingEachOther: pairs.sort(),
    folderCircles,
    arrowsInFolderCircles: arrowsInCircles,
    fileCircles: circles(graph),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'src';
  const m = measure(root);
  if (process.argv.includes('--json')) console.log(JSON.stringify(m, null, 2));
  else {
    console.log(
      `${root}: ${m.rooms} rooms (folders and top-level files), ${m.files} files, ${m.fileImports} file imports, ${m.folderArrows} folder arrows`,
    );
    console.log(
      `folder pairs importing each other: ${m.foldersImportingEachOther.length}${m.foldersImportingEachOther.map((p) => `\n  ${p}`).join('')}`,
    );
    console.log(
      `folder circles: ${m.folderCircles.length} (${m.arrowsInFolderCircles} arrows inside them)${m.folderCircles.map((c) => `\n  ${c.join(' ')}`).join('')}`,
    );
    console.log(`file import circles: ${m.fileCircles.length}${m.fileCircles.map((c) => `\n  ${c.join(' ')}`).join('')}`);
  }
}
