// The command-line entry point: `node dist/cli.js [CONTEXT] [options]` (see --help and README.md).
import { runCli } from './cli/run.js';

const result = await runCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdoutIsTTY: process.stdout.isTTY });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
