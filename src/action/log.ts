// The action's log lines. `core.info` writes its text raw, and the runner reads any line starting with
// "::" as a workflow command — so text from a repository, an artifact, a registry or an input with a
// newline in it could forge `::warning::`, `::add-mask::` or `::stop-commands::` (issue 14 item 7).
// Every info line goes through safeLogLine: control and bidi characters (newlines included) become
// visible escapes, and a line that would still begin with "::" has its first colon escaped.
// core.warning/error/notice/setFailed escape their message themselves (command data).
// Not pure: writes to the log through @actions/core.
import * as core from '@actions/core';
import { escapeUnsafe } from '../util/terminal.js';

export function safeLogLine(text: string): string {
  const s = escapeUnsafe(text);
  return /^\s*::/.test(s) ? s.replace(':', '\\x3a') : s;
}

export function info(text: string): void {
  core.info(safeLogLine(text));
}
