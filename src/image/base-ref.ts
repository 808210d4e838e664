// The base image of a build target: the FROM of the target stage, followed through stages built FROM
// other stages, with global ARGs (and --build-arg) substituted as BuildKit does. Pure.
import { parseDockerfileFull } from '../dockerfile/parse.js';
import { Lex } from '../dockerfile/shell.js';

export interface BaseRef {
  /** The image reference ("python:3.12-slim", "scratch"), or undefined when it cannot be known statically. */
  reference: string | undefined;
  /** Why it is unknown. */
  reason?: string;
}

export function baseImageOf(dockerfileText: string, file: string, target: string | undefined, buildArgs: Record<string, string>): BaseRef {
  let parsed;
  try {
    parsed = parseDockerfileFull(dockerfileText, file);
  } catch (e) {
    return { reference: undefined, reason: (e as Error).message };
  }
  const lex = new Lex(parsed.escapeToken);
  const args = new Map<string, string>([
    ['BUILDPLATFORM', 'linux/amd64'],
    ['TARGETPLATFORM', 'linux/amd64'],
    ['TARGETOS', 'linux'],
    ['TARGETARCH', 'amd64'],
    ['BUILDOS', 'linux'],
    ['BUILDARCH', 'amd64'],
  ]);
  const stages: { name: string; from: string }[] = [];
  for (const inst of parsed.instructions) {
    if (inst.keyword === 'ARG' && stages.length === 0) {
      for (const word of inst.args) {
        const eq = word.indexOf('=');
        const key = eq < 0 ? word : word.slice(0, eq);
        if (Object.hasOwn(buildArgs, key)) args.set(key, buildArgs[key]!);
        else if (eq >= 0) {
          try {
            args.set(key, lex.processWord(word.slice(eq + 1), args).result);
          } catch {
            /* left unset */
          }
        }
      }
    } else if (inst.keyword === 'FROM') {
      let from = inst.args[0] ?? '';
      try {
        from = lex.processWord(from, args).result;
      } catch {
        /* as written */
      }
      stages.push({ name: inst.args.length === 3 ? inst.args[2]!.toLowerCase() : '', from });
    }
  }
  if (stages.length === 0) return { reference: undefined, reason: 'the Dockerfile has no FROM' };
  let idx = target ? stages.findIndex((s) => s.name === target.toLowerCase()) : stages.length - 1;
  if (idx < 0) return { reference: undefined, reason: `no stage named ${target}` };
  for (let hops = 0; hops <= stages.length; hops++) {
    const from = stages[idx]!.from;
    if (from === '' || from.includes('$')) return { reference: undefined, reason: `FROM ${from || '(empty)'} cannot be resolved statically` };
    let earlier = -1;
    for (let i = idx - 1; i >= 0 && earlier < 0; i--) if (stages[i]!.name === from.toLowerCase()) earlier = i;
    if (earlier < 0) return { reference: from };
    idx = earlier;
  }
  return { reference: undefined, reason: 'stage cycle' };
}
