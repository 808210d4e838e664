// Bundled by scripts/precision.mjs: replays the corpus and prints the four precision figures per repository.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run.js';
import { corpusNames, figures, formatFigures, loadReplay, materialize, runOn, type Figures } from '../test/corpus/replay.js';

export async function main(argv: string[]): Promise<number> {
  const cliPath = argv.includes('--cli') ? argv[argv.indexOf('--cli') + 1] : undefined;
  const only = argv.includes('--only') ? new Set(argv[argv.indexOf('--only') + 1]!.split(',')) : undefined;
  const verbose = argv.includes('--verbose');
  const cli = cliPath
    ? async (args: string[], cwd: string) => {
        const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
        return { code: r.status ?? 2, stdout: r.stdout, stderr: r.stderr };
      }
    : (args: string[], cwd: string) => runCli(args, { cwd });
  const root = mkdtempSync(join(tmpdir(), 'dsg-precision-'));
  const rows: Figures[] = [];
  let failed = 0;
  try {
    for (const name of corpusNames()) {
      if (only && !only.has(name)) continue;
      const r = loadReplay(name);
      const dir = join(root, name);
      materialize(r, dir);
      try {
        const f = figures(r, dir, await runOn(r, dir, cli));
        rows.push(f);
        if (f.neededLines > 0 || f.unjustifiedErrors > 0 || f.committedDrift > 0 || f.recall < 0.9) failed++;
        if (verbose) {
          console.log(`${name}: block ${f.suggestions.join(' | ')}`);
          for (const x of [
            ...f.neededExamples.map((p) => `needed removed: ${p}`),
            ...f.errorExamples,
            ...f.driftExamples.map((d) => `drift: ${d}`),
            ...f.junkLeft.map((j) => `junk left: ${j}`),
          ])
            console.log(`  ${x}`);
        }
      } catch (e) {
        failed++;
        console.log(`${name}: ${(e as Error).message}`);
      }
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  console.log(formatFigures(rows));
  console.log(
    `${rows.length} repositories${cliPath ? ` (CLI: ${cliPath})` : ''}; targets: 0 lines removing needed files, 0 unjustified errors, 0 drift entries naming committed paths, junk recall >= 90%: ${failed === 0 ? 'PASS' : `FAIL (${failed})`}`,
  );
  return failed === 0 ? 0 : 1;
}
