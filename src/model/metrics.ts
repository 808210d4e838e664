// THE table of the figures: every figure a report compares, budgets, outputs, shows in the summary table and
// charts is one row here. Budget keys (src/model/verdict.ts), the comparison (src/compare/compare.ts), the
// verdict (src/budget/decide.ts), the action's outputs (src/action/outputs.ts, listed in action.yml), the
// markdown summary's columns (src/render/markdown.ts), the trend (src/render/trend.ts) and the CLI usage
// (src/cli/args.ts) derive from it. Adding a figure is one row (and, when the report does not hold it yet,
// its field in src/model/baseline.ts). Pure.
import { imageBytes, type TargetFigures } from './figures.js';

export interface Metric {
  /** The key of the comparison and, when budgetable, of the budget (`--budget-KEY`, `KEY:` in a config file). */
  key: string;
  unit: 'bytes' | 'count';
  /** The figure of one target; null when the target has none (no Dockerfile, no image). */
  read(t: TargetFigures): number | null;
  /** The figure's name in sentences ("build context grew"). */
  label: string;
  /** The title of its column in the markdown summary table; absent when it has no column. */
  column?: string;
  /** The action outputs `NAME-bytes` (summed over the targets) and `NAME-delta`; absent when it has none. */
  output?: string;
  /** Whether a budget can hold it. */
  budgetable: boolean;
}

/** The figures, in the order reports show them. Image figures exist once the image is measured. */
export const METRICS = [
  {
    key: 'context',
    unit: 'bytes',
    read: (t) => t.context.bytes,
    label: 'build context',
    column: 'Context',
    output: 'context',
    budgetable: true,
  },
  { key: 'context-files', unit: 'count', read: (t) => t.context.files + t.context.symlinks, label: 'context files', budgetable: false },
  {
    key: 'copied',
    unit: 'bytes',
    read: (t) => t.copied?.bytes ?? null,
    label: 'copied',
    column: 'Copied',
    output: 'copied',
    budgetable: true,
  },
  {
    key: 'image',
    unit: 'bytes',
    read: (t) => (t.image ? imageBytes(t.image) : null),
    label: 'image',
    column: 'Image',
    output: 'image',
    budgetable: true,
  },
  { key: 'image-compressed', unit: 'bytes', read: (t) => t.image?.compressedBytes ?? null, label: 'compressed image', budgetable: true },
  { key: 'image-layers', unit: 'count', read: (t) => t.image?.layers.length ?? null, label: 'image layers', budgetable: false },
] as const satisfies readonly Metric[];

type Row = (typeof METRICS)[number];
export type MetricKey = Row['key'];
/** The figures a budget can hold. */
export type Figure = Extract<Row, { budgetable: true }>['key'];

export const FIGURES: readonly Figure[] = METRICS.filter((m): m is Extract<Row, { budgetable: true }> => m.budgetable).map((m) => m.key);

export function metric(key: MetricKey): Metric {
  return METRICS.find((m) => m.key === key)!;
}
