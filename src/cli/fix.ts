// --fix: appends the suggested block to the ignore file the build uses (creating .dockerignore when
// there is none). It never rewrites a line: it only appends, after a newline when the file lacks a
// trailing one. The block it appends is the one the report just showed; what it did is printed too.
import { appendFileSync, lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Report } from '../model/report.js';
import { InputError } from '../util/errors.js';

export interface FixFs {
  /** The file's bytes, or undefined when it does not exist. */
  read(abs: string): Buffer | undefined;
  append(abs: string, text: string): void;
}

export const nodeFixFs: FixFs = {
  read(abs) {
    try {
      lstatSync(abs);
    } catch {
      return undefined;
    }
    return readFileSync(abs);
  },
  append(abs, text) {
    appendFileSync(abs, text, { encoding: 'utf8' });
  },
};

/**
 * Applies each target's block; returns what was done, for the user. Targets sharing an ignore file
 * get it once.
 */
export function applyFixes(report: Report, cwd: string, fs: FixFs = nodeFixFs): string {
  const out: string[] = [];
  const done = new Set<string>();
  for (const t of report.targets) {
    const block = t.diagnostics?.block;
    if (!block) {
      out.push(`--fix: nothing to add for ${t.name}: no suggested lines.`);
      continue;
    }
    const abs = resolve(cwd, block.file);
    if (done.has(abs)) continue;
    done.add(abs);
    let current: Buffer | undefined;
    try {
      current = fs.read(abs);
    } catch (e) {
      throw new InputError(`--fix cannot read it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, block.file);
    }
    if (block.create && current !== undefined) throw new InputError('--fix: it appeared after it was measured; run again', block.file);
    if (!block.create && current === undefined) throw new InputError('--fix: it disappeared after it was measured; run again', block.file);
    const body = block.text.replace(/^\n/, '');
    const text = current !== undefined && current.length > 0 && current[current.length - 1] !== 0x0a ? '\n' + body : body;
    try {
      fs.append(abs, text);
    } catch (e) {
      throw new InputError(`--fix cannot write it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, block.file);
    }
    const lines = body.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length;
    out.push(`--fix: ${block.create ? 'created' : 'appended to'} ${block.file}: ${lines} line${lines > 1 ? 's' : ''} (${Buffer.byteLength(text)} bytes), existing lines untouched:`);
    out.push(...body.replace(/\n$/, '').split('\n').map((l) => `    ${l}`));
  }
  return out.map((l) => l + '\n').join('');
}
