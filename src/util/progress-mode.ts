// Where progress of long work goes: a terminal (redrawn), the GitHub Actions log (a line now and then), or
// nowhere. Shared by the context walk's progress (src/context/progress.ts) and the image's (src/image/progress.ts).
// Pure.

export type ProgressMode = 'tty' | 'lines' | 'off';

/** Where progress goes: a terminal, the Actions log, or nowhere. */
export function progressMode(stderrIsTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): ProgressMode {
  if (env.GITHUB_ACTIONS === 'true') return 'lines';
  return stderrIsTTY ? 'tty' : 'off';
}
