// Types of scripts/bundle-plugins.mjs (plain JS so that `node scripts/bundle.mjs` runs without a build).
import type { BuildOptions, Plugin } from 'esbuild';
export const lazyOidcClient: Plugin;
export function oneMainChunk(main: string, lazy: Set<string>): Plugin;
export function lazyModules(options: BuildOptions, main: string): Promise<Set<string>>;
