#!/usr/bin/env node
// The CLI's executable entry (bundled to dist/cli.js, the package's bin). It answers `--version` and `--help`
// given alone, and loads the rest of the CLI (src/cli/main.ts) only for work that needs it: with the bundle
// split into chunks (scripts/bundle.mjs), `--version` reads and parses this file alone (start-up, issue 16,
// docs/performance.md). Any other command line, `--version` among other arguments included, goes through
// runCli, which parses and validates it as before. Not pure: reads process.argv, writes stdout.
import { VERSION_LINE } from './version-line.js';

const argv = process.argv.slice(2);
const only = argv.length === 1 ? argv[0] : undefined;
if (only === '-v' || only === '--version') process.stdout.write(VERSION_LINE);
else await (await import('./main.js')).runProcess(argv);
