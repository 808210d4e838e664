// Reads a whole report from untrusted JSON: the pull request's report that the `comment` half of the
// fork-safe pair receives as an artifact (src/action/handoff.ts) and renders. Every field a renderer reads is
// checked against the report's types (the compiler holds each reader below to its interface, so a new field
// cannot be forgotten), every list and string is bounded, closed sets are checked member by member, unknown
// fields are dropped, and `comparison` and `verdict` are never taken from the artifact: the reading run
// recomputes them. A failure is one line naming the field. Pure; keeps nothing.
import {
  FAMILY_IDS,
  LINT_RULES,
  type Diagnostics,
  type DriftItem,
  type FamilyBytes,
  type FamilyId,
  type Finding,
  type LintRule,
  type NeededBy,
  type Severity,
  type Suggestion,
  type Withheld,
} from './diagnostics.js';
import {
  absolutePath,
  arrayOf,
  between,
  boolean,
  dropped,
  integer,
  lineNumber,
  literal,
  longString,
  MAX_LONG_LIST,
  MAX_TARGETS,
  nullable,
  oneOf,
  optional,
  readReportJson,
  shape,
  string,
  tool,
  union,
  type Check,
} from './fields.js';
import {
  IMAGE_SOURCES,
  type ImageError,
  type ImageResult,
  type ImageSection,
  type ImageSource,
  type ImageTree,
  type LayerFlag,
  type LayerReport,
  type MeasuredImage,
  type SizeSplit,
  type TreeDirectory,
  type TreeFile,
  type WastedPath,
} from './image.js';
import {
  SCHEMA_VERSION,
  type ContextSection,
  type CopiedSection,
  type CopyInstruction,
  type DirSize,
  type PathSize,
  type Report,
  type TargetReport,
  type Totals,
} from './report.js';

/** Reads a full report; throws one InputError naming `source` and the field when it is not one. */
export function parseReport(json: unknown, source: string): Report {
  return readReportJson(json, source, (r) => report(r, ''));
}

const pathSize = shape<PathSize>({ path: string, bytes: integer });
const dirSize = shape<DirSize>({ path: string, bytes: integer, files: integer });
const strings = arrayOf(string);
const manyStrings = arrayOf(string, MAX_LONG_LIST);
const totals: { [K in keyof Totals]-?: Check<Totals[K]> } = {
  bytes: integer,
  files: integer,
  symlinks: integer,
  directories: integer,
  other: integer,
  unreadable: integer,
  largestFiles: arrayOf(pathSize),
  largestDirectories: arrayOf(dirSize),
  shallow: arrayOf(pathSize),
  shallowTruncated: boolean,
};

const contextSection = shape<ContextSection>({
  path: string,
  ignoreFile: nullable(string),
  ignoreFilesNotUsed: strings,
  patterns: integer,
  tarBytes: optional(integer),
  ...totals,
});
const copyInstruction = shape<CopyInstruction>({ line: lineNumber, instruction: string, stage: string, sources: strings });
const copiedSection = shape<CopiedSection>({
  dockerfile: string,
  target: string,
  stages: strings,
  wholeContext: arrayOf(copyInstruction, MAX_LONG_LIST),
  instructions: arrayOf(copyInstruction, MAX_LONG_LIST),
  ...totals,
});

// The image section. Shares, efficiencies and thresholds are fractions (dive's may exceed 1).
const ratio = between(0, 1e9);
const count = nullable(integer);
const imageSource = oneOf<ImageSource>(IMAGE_SOURCES);
const layerReport = shape<LayerReport>({
  index: integer,
  digest: nullable(string),
  diffId: nullable(string),
  mediaType: nullable(string),
  compression: nullable(oneOf<NonNullable<LayerReport['compression']>>({ gzip: true, zstd: true, none: true })),
  compressedBytes: count,
  uncompressedBytes: count,
  unpackedBytes: count,
  files: count,
  share: ratio,
  createdBy: string,
  created: nullable(string),
  comment: nullable(string),
  base: nullable(boolean),
  flags: arrayOf(oneOf<LayerFlag>({ 'copies-whole-context': true, 'large-share': true }), 2),
});
const sizeSplit: { [K in keyof SizeSplit]-?: Check<SizeSplit[K]> } = { layers: integer, unpackedBytes: count, compressedBytes: count };
const wastedPath = shape<WastedPath>({
  path: string,
  reclaimableBytes: integer,
  cause: oneOf<WastedPath['cause']>({ overwritten: true, deleted: true, opaque: true }),
  addedIn: arrayOf(integer),
  removedIn: arrayOf(integer),
});
const indexes = arrayOf(integer);
// The image tree index: a version this build does not know is dropped (null), like a baseline's.
const treeDirectory = shape<TreeDirectory>({ path: absolutePath, bytes: integer, files: integer, layer: nullable(integer) });
const treeVersion1 = shape<ImageTree>({
  version: () => 1 as const, // `tree` below reads only version 1
  depth: integer,
  bytes: integer,
  files: integer,
  directories: arrayOf(treeDirectory, 2000),
  directoriesOmitted: integer,
  largestDirectories: arrayOf(treeDirectory, 2000),
  largestFiles: arrayOf(shape<TreeFile>({ path: absolutePath, bytes: integer, layer: integer }), 2000),
  layers: arrayOf(
    shape<ImageTree['layers'][number]>({
      index: integer,
      directories: arrayOf(
        shape<ImageTree['layers'][number]['directories'][number]>({ path: absolutePath, bytes: integer, files: integer }),
        100,
      ),
    }),
  ),
});
const tree: Check<ImageTree | null> = (v, at) =>
  v === undefined || v === null || (typeof v === 'object' && (v as { version?: unknown }).version !== 1) ? null : treeVersion1(v, at);
const measured: { [K in keyof MeasuredImage]-?: Check<MeasuredImage[K]> } = {
  platform: nullable(string),
  id: nullable(string),
  digest: nullable(string),
  created: nullable(string),
  unpackedBytes: count,
  uncompressedBytes: count,
  compressedBytes: count,
  downloadBytes: count,
  engineReportedBytes: count,
  layerCount: integer,
  sizeBasis: oneOf<MeasuredImage['sizeBasis']>({ unpacked: true, compressed: true }),
  layers: arrayOf(layerReport),
  base: nullable(shape<SizeSplit & { reference: string }>({ ...sizeSplit, reference: string })),
  own: nullable(shape<SizeSplit>(sizeSplit)),
  smokingGuns: indexes,
  layerShareThreshold: ratio,
  waste: nullable(
    shape<NonNullable<MeasuredImage['waste']>>({
      reclaimableBytes: integer,
      efficiency: ratio,
      addedBytes: integer,
      topPaths: arrayOf(wastedPath),
      excluded: strings,
      dive: shape<NonNullable<MeasuredImage['waste']>['dive']>({
        wastedBytes: integer,
        efficiency: ratio,
        userSizeBytes: integer,
        wastedUserPercent: nullable(ratio),
      }),
    }),
  ),
  tree,
};
const imageResult: Check<ImageResult> = union<ImageResult>('ok', {
  true: shape<ImageSection>({
    ok: literal(true),
    source: imageSource,
    reference: string,
    index: nullable(shape<NonNullable<ImageSection['index']>>({ digest: nullable(string), platforms: strings })),
    ...measured,
    otherPlatforms: arrayOf(shape<MeasuredImage>(measured), 64),
    warnings: strings,
  }),
  false: shape<ImageError>({ ok: literal(false), source: imageSource, reference: string, error: string }),
});

// The diagnostics section. The suggested block is many lines: longer than one field's bound.
const MAX_BLOCK_TEXT = 1 << 20;
const familyId = oneOf<FamilyId>(FAMILY_IDS);
const lintRule = oneOf<LintRule>(LINT_RULES);
const neededBy = arrayOf(shape<NeededBy>({ file: string, line: integer, instruction: string, path: string }));
const diagnostics = shape<Diagnostics>({
  families: arrayOf(shape<FamilyBytes>({ family: familyId, label: string, bytes: integer, files: integer })),
  suggestions: arrayOf(
    shape<Suggestion>({
      line: string,
      family: familyId,
      bytes: integer,
      files: integer,
      copiedBytes: integer,
      examples: strings,
      note: optional(string),
    }),
    MAX_LONG_LIST,
  ),
  withheld: arrayOf(shape<Withheld>({ line: string, family: familyId, bytes: integer, files: integer, neededBy }), MAX_LONG_LIST),
  block: nullable(
    shape<NonNullable<Diagnostics['block']>>({ file: string, create: boolean, text: longString(MAX_BLOCK_TEXT), contextGrowth: integer }),
  ),
  savings: shape<Diagnostics['savings']>({ before: integer, removed: integer, removedFiles: integer, after: integer }),
  drift: shape<Diagnostics['drift']>({
    gitignoreFiles: manyStrings,
    items: arrayOf(
      shape<DriftItem>({
        file: string,
        line: lineNumber,
        pattern: string,
        dockerLine: string,
        examples: strings,
        status: oneOf<DriftItem['status']>({ present: true, risk: true }),
        bytes: integer,
        files: integer,
        neededBy: optional(neededBy),
      }),
      MAX_LONG_LIST,
    ),
    covered: integer,
  }),
  findings: arrayOf(
    shape<Finding>({
      rule: lintRule,
      severity: oneOf<Severity>({ error: true, warning: true, notice: true }),
      file: optional(string),
      line: optional(lineNumber),
      bytes: optional(integer),
      message: string,
    }),
    MAX_LONG_LIST,
  ),
});

const targetReport = shape<TargetReport>({
  name: string,
  context: contextSection,
  copied: nullable(copiedSection),
  warnings: manyStrings,
  diagnostics: optional(diagnostics),
  image: optional(imageResult),
});

const report = shape<Report>({
  schemaVersion: () => SCHEMA_VERSION,
  tool: (v) => tool(v),
  targets: arrayOf(targetReport, MAX_TARGETS),
  // Never read from an artifact: the reading run compares and decides itself.
  comparison: dropped,
  verdict: dropped,
});
