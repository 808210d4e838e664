// The CLI as a function (argv, cwd, env) -> (exit code, stdout, stderr), for tests and other callers.
export { runCli, type CliEnv, type CliResult } from './main.js';
