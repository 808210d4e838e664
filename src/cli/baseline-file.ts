// Reads a baseline file. A missing or unreadable baseline is not an error: the report says so.
import { readFileSync } from 'node:fs';
import { InputError } from '../util/errors.js';
import { parseBaseline, type BaselineFigures } from '../model/baseline.js';

export type LoadedBaseline = { report: BaselineFigures } | { report: undefined; note: string };

export function loadBaselineFile(path: string, shown: string): LoadedBaseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { report: undefined, note: `${shown} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    return { report: parseBaseline(JSON.parse(text), shown) };
  } catch (e) {
    if (e instanceof SyntaxError) return { report: undefined, note: `${shown} is not JSON` };
    if (e instanceof InputError) return { report: undefined, note: e.oneLine() };
    throw e;
  }
}
