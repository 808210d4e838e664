// Image history: which history entry each layer belongs to, the short form of `created_by`, and whether
// an instruction copies the whole build context. Pure.

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface LayerHistory {
  createdBy: string;
  created: string | null;
  comment: string | null;
}

/** As Docker pairs them: the i-th history entry without `empty_layer` describes the i-th layer. */
export function historyOfLayers(history: readonly HistoryEntry[] | undefined, layerCount: number): LayerHistory[] {
  const withLayer = (history ?? []).filter((h) => h && !h.empty_layer);
  const out: LayerHistory[] = [];
  for (let i = 0; i < layerCount; i++) {
    const h = withLayer[i];
    out.push({ createdBy: h?.created_by ?? '', created: h?.created ?? null, comment: h?.comment ?? null });
  }
  return out;
}

/**
 * The instruction as a person wrote it:
 *   "/bin/sh -c #(nop) COPY dir:ab12… in /app "  -> "COPY dir:ab12… in /app"
 *   "/bin/sh -c apt-get update"                  -> "RUN apt-get update"
 *   "RUN |2 A=1 B=2 /bin/sh -c make # buildkit"  -> "RUN make"
 *   "COPY . /app # buildkit"                     -> "COPY . /app"
 */
export function instructionOf(createdBy: string): string {
  let s = createdBy.replace(/\s+/g, ' ').trim();
  s = s.replace(/ # buildkit$/, '');
  const nop = /^\/bin\/sh -c #\(nop\) ?(.*)$/.exec(s);
  if (nop) return nop[1]!.trim();
  const buildkitRun = /^RUN (?:\|\d+ (?:\S+=\S* )*)?\/bin\/sh -c (.*)$/.exec(s);
  if (buildkitRun) return `RUN ${buildkitRun[1]}`;
  const shell = /^(?:\|\d+ (?:\S+=\S* )*)?\/bin\/sh -c (.*)$/.exec(s);
  if (shell) return `RUN ${shell[1]}`;
  return s;
}

/** Shortened for a table cell: at most `max` characters, with an ellipsis. */
export function shortInstruction(createdBy: string, max = 72): string {
  const s = instructionOf(createdBy);
  if (s === '') return '(no history)';
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}

/** Normalises a COPY/ADD destination for comparison: "/app/" and "/app" are the same place. */
function normDest(d: string): string {
  const t = d.replace(/\/+$/, '');
  return t === '' ? '/' : t;
}

/**
 * Whether the layer's instruction copies the whole build context: BuildKit records `COPY . /app` as written;
 * the classic builder (and Podman/Buildah) record `COPY dir:<hash> in /app`, which names no source, so it
 * counts only when the Dockerfile has a whole-context COPY/ADD to the same destination (`wholeContextDests`).
 */
export function copiesWholeContext(createdBy: string, wholeContextDests: readonly string[]): boolean {
  const s = instructionOf(createdBy);
  const m = /^(?:COPY|ADD)((?: --\S+)*) (.+)$/.exec(s);
  if (!m) return false;
  const words = m[2]!.split(' ');
  if (words[0]?.startsWith('dir:') && words[1] === 'in' && words.length === 3) {
    return wholeContextDests.some((d) => normDest(d) === normDest(words[2]!));
  }
  if (words[0]?.startsWith('[')) {
    try {
      const arr = JSON.parse(m[2]!) as unknown;
      if (Array.isArray(arr)) return arr.slice(0, -1).some((w) => w === '.' || w === './');
    } catch {
      return false;
    }
  }
  return words.length >= 2 && words.slice(0, -1).some((w) => w === '.' || w === './');
}

/** The destination of a Dockerfile COPY/ADD instruction as written ("COPY --chown=1 . /app/" -> "/app/"). */
export function destinationOf(instruction: string): string | undefined {
  const s = instruction.trim();
  if (s.endsWith(']')) {
    const open = s.indexOf('[');
    try {
      const arr = JSON.parse(s.slice(open)) as unknown;
      if (Array.isArray(arr) && typeof arr.at(-1) === 'string') return arr.at(-1) as string;
    } catch {
      /* shell form after all */
    }
  }
  const words = s.split(/\s+/);
  return words.length >= 3 ? words.at(-1) : undefined;
}

/** The short description a table shows: the instruction, else the history comment ("Imported from -"). */
export function describeLayer(l: { createdBy: string; comment: string | null }, max = 72): string {
  if (instructionOf(l.createdBy) !== '') return shortInstruction(l.createdBy, max);
  return l.comment ? shortInstruction(`(${l.comment})`, max) : '(no history)';
}
