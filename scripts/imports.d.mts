// Types of scripts/imports.mjs (plain JS so that `node scripts/imports.mjs` runs without a build).
export function specifiers(text: string): string[];
export function importGraph(root: string): Map<string, Set<string>>;
export function folderOf(file: string): string;
export function circles(graph: Map<string, Set<string>>): string[][];
export function folderGraph(graph: Map<string, Set<string>>): Map<string, Set<string>>;
export function upwardImports(graph: Map<string, Set<string>>, layerOf: (room: string) => number | undefined): string[];
export interface Measures {
  rooms: number;
  files: number;
  fileImports: number;
  folderArrows: number;
  foldersImportingEachOther: string[];
  folderCircles: string[][];
  arrowsInFolderCircles: number;
  fileCircles: string[][];
}
export function measure(root: string): Measures;
