// What `docker-size-guard --version` prints, defined once for the entry's fast path (src/cli/bin.ts) and runCli.
// Pure; imports only the version constant, so the entry stays small.
import { VERSION } from '../version.js';

export const VERSION_LINE = `docker-size-guard ${VERSION}\n`;
