export type CaseFile = string | { symlink: string } | { dir: true } | { mode: number; content: string };

export interface ConformanceCase {
  /** Also the fixture's file name: [a-z0-9-]+ */
  name: string;
  /** Paths relative to the context, '/'-separated. */
  files: Record<string, CaseFile>;
  /** Raw content of <ctx>/.dockerignore (may hold \r, a BOM, ...); absent: no .dockerignore. */
  dockerignore?: string;
  /** Default: { path: 'Dockerfile', content: 'FROM scratch\nCOPY . /ctx/\n' }. */
  dockerfile?: { path: string; content: string };
  /** More ignore files, e.g. { 'sub/app.Dockerfile.dockerignore': 'a\n' }. */
  extraIgnoreFiles?: Record<string, string>;
  list: 'context' | 'copied';
  /** Passed to both `docker build` and the tool, e.g. ['--build-arg', 'X=1']. */
  cliArgs?: string[];
  /** The build must fail (the tool must exit 2 naming the ignore file and errorLine). */
  expectError?: boolean;
  errorLine?: number;
  note?: string;
  /** Set when the classic builder and 20.10 BuildKit answer differently: how. */
  disagree?: string;
}

export type BuilderAnswer = { ok: true; files: string[] } | { ok: false; error: string };

export interface Fixture {
  name: string;
  classic: BuilderAnswer;
  buildkit: BuilderAnswer;
  /** Whether the two builders gave the same answer, and how not. */
  agree: boolean;
  disagreement: string;
  truth: 'classic' | 'buildkit';
  docker: { classicCli: string; buildkitCli: string; daemon: string };
  regenerate: string;
}

export const CONTEXT_DOCKERFILE: string;
export const cases: ConformanceCase[];
export function dockerfileOf(c: ConformanceCase): { path: string; content: string };
export function truthFor(c: ConformanceCase): 'classic' | 'buildkit';
export function materialise(c: ConformanceCase, dir: string): Promise<void>;
export function toolArgv(c: ConformanceCase, dir: string): string[];
export function diffLists(a: string[], b: string[]): { onlyA: string[]; onlyB: string[] };
export function describeDisagreement(classic: BuilderAnswer, buildkit: BuilderAnswer): string;
