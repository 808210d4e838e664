// A synthetic filesystem for the walker (no disk): a monorepo of N packages, each with sources,
// nested node_modules and Python caches. Used to measure a million-file context quickly.
import type { Dirent, Stats } from 'node:fs';
import type { WalkFs } from '../../src/context/walk.js';

interface Node {
  dir: boolean;
  size: number;
  children?: Map<string, Node>;
}

const file = (size: number): Node => ({ dir: false, size });
function dir(entries: [string, Node][]): Node {
  return { dir: true, size: 0, children: new Map(entries) };
}

/** N packages × (400 sources + 10 libraries × 100 files in node_modules + 50 .pyc): 1,450 files each. */
export function monorepo(packages: number): { root: Node; files: number; bytes: number; culpritBytes: number } {
  let files = 0;
  let bytes = 0;
  let culpritBytes = 0;
  const f = (size: number, culprit: boolean): Node => {
    files++;
    bytes += size;
    if (culprit) culpritBytes += size;
    return file(size);
  };
  const pkgs: [string, Node][] = [];
  for (let p = 0; p < packages; p++) {
    const src = dir(Array.from({ length: 400 }, (_, i) => [`m${i}.ts`, f(1000 + (i % 7), false)]));
    const libs = dir(
      Array.from({ length: 10 }, (_, l) => [`lib-${l}`, dir(Array.from({ length: 100 }, (_, i) => [`f${i}.js`, f(2000, true)]))]),
    );
    const cache = dir(Array.from({ length: 50 }, (_, i) => [`m${i}.cpython-311.pyc`, f(300, true)]));
    pkgs.push([
      `pkg-${p}`,
      dir([
        ['src', src],
        ['node_modules', libs],
        ['__pycache__', cache],
      ]),
    ]);
  }
  return { root: dir([['packages', dir(pkgs)]]), files, bytes, culpritBytes };
}

function dirent(name: string, n: Node): Dirent {
  return {
    name,
    isDirectory: () => n.dir,
    isFile: () => !n.dir,
    isSymbolicLink: () => false,
    isFIFO: () => false,
    isSocket: () => false,
    isBlockDevice: () => false,
    isCharacterDevice: () => false,
  } as unknown as Dirent;
}

export function syntheticFs(rootDir: string, root: Node): WalkFs {
  const find = (abs: string): Node => {
    let n = root;
    const rel = abs === rootDir ? '' : abs.slice(rootDir.length + 1);
    if (rel !== '') for (const part of rel.split('/')) n = n.children!.get(part)!;
    return n;
  };
  return {
    opendirSync: (path: string) => {
      const it = [...find(path).children!].map(([name, n]) => dirent(name, n))[Symbol.iterator]();
      return { readSync: () => it.next().value ?? null, closeSync: () => undefined };
    },
    lstatSync: (path: string) => {
      const n = find(path);
      return {
        size: n.size,
        nlink: 1,
        dev: 1,
        ino: 1,
        isDirectory: () => n.dir,
        isFile: () => !n.dir,
        isSymbolicLink: () => false,
      } as unknown as Stats;
    },
  } as unknown as WalkFs;
}
