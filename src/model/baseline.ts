// The baseline: a stored report read as its figures (BaselineFigures, src/model/figures.ts), never passed off as
// a full report. A stored baseline is untrusted input (an artifact anyone's workflow could have produced):
// parseBaseline reads it field by field into a fresh object holding only the figures. `figuresOf` projects a
// measured report onto the same type, so that a comparison reads both sides alike. Pure; keeps nothing.
import {
  absolutePath,
  count,
  list,
  MAX_LIST,
  MAX_TARGETS,
  obj,
  optCount,
  optNullableCount,
  optStr,
  readReportJson,
  str,
  tool,
} from './fields.js';
import type { BaselineFigures, ImageFigures, TargetFigures, TreeFigures } from './figures.js';
import { SCHEMA_VERSION, type PathSize, type Report, type TargetReport } from './report.js';

/** Bound on each list of a stored tree index (the index itself keeps at most 2,000 directories and 200 of the others). */
const MAX_TREE_LIST = 2000;

/** The figures of a measured report. */
export function figuresOf(report: Report): BaselineFigures {
  return { schemaVersion: report.schemaVersion, tool: report.tool, targets: report.targets.map(targetFigures) };
}

export function targetFigures(t: TargetReport): TargetFigures {
  const { bytes, files, symlinks, shallow, shallowTruncated } = t.context;
  const image = t.image?.ok ? t.image : undefined;
  return {
    name: t.name,
    context: { bytes, files, symlinks, shallow, shallowTruncated },
    copied: t.copied && { bytes: t.copied.bytes },
    image: image
      ? {
          tree: image.tree && image.tree.version === 1 ? image.tree : null,
          unpackedBytes: image.unpackedBytes,
          uncompressedBytes: image.uncompressedBytes,
          compressedBytes: image.compressedBytes,
          layers: image.layers.map((l) => ({
            createdBy: l.createdBy,
            unpackedBytes: l.unpackedBytes,
            uncompressedBytes: l.uncompressedBytes,
            compressedBytes: l.compressedBytes,
          })),
        }
      : null,
  };
}

/** Reads a stored baseline; throws one InputError naming `source` and the field when it is not one. */
export function parseBaseline(json: unknown, source: string): BaselineFigures {
  return readReportJson(json, source, (r) => ({
    schemaVersion: SCHEMA_VERSION,
    tool: tool(r.tool),
    targets: list(r.targets, 'targets', MAX_TARGETS).map((t, i) => target(t, `targets[${i}]`)),
  }));
}

function target(v: unknown, at: string): TargetFigures {
  const t = obj(v, at);
  const c = obj(t.context, `${at}.context`);
  const copied = t.copied === null || t.copied === undefined ? null : obj(t.copied, `${at}.copied`);
  return {
    name: str(t.name, `${at}.name`),
    context: {
      bytes: count(c.bytes, `${at}.context.bytes`),
      files: count(c.files, `${at}.context.files`),
      symlinks: optCount(c.symlinks, `${at}.context.symlinks`),
      shallow: pathSizes(c.shallow, `${at}.context.shallow`),
      shallowTruncated: c.shallowTruncated === true,
    },
    copied: copied && { bytes: count(copied.bytes, `${at}.copied.bytes`) },
    // An image that could not be measured (`ok: false`) has no figures.
    image: t.image === undefined || t.image === null || obj(t.image, `${at}.image`).ok === false ? null : image(t.image, `${at}.image`),
  };
}

function image(v: unknown, at: string): ImageFigures | null {
  const i = obj(v, at);
  if (i.layers === undefined) return null;
  return {
    tree: imageTree(i.tree, `${at}.tree`),
    unpackedBytes: optNullableCount(i.unpackedBytes, `${at}.unpackedBytes`),
    uncompressedBytes: optNullableCount(i.uncompressedBytes, `${at}.uncompressedBytes`),
    compressedBytes: optNullableCount(i.compressedBytes, `${at}.compressedBytes`),
    layers: list(i.layers, `${at}.layers`, MAX_LIST).map((l, k) => {
      const layer = obj(l, `${at}.layers[${k}]`);
      return {
        createdBy: optStr(layer.createdBy, `${at}.layers[${k}].createdBy`) ?? '',
        unpackedBytes: optNullableCount(layer.unpackedBytes, `${at}.layers[${k}].unpackedBytes`),
        uncompressedBytes: optNullableCount(layer.uncompressedBytes, `${at}.layers[${k}].uncompressedBytes`),
        compressedBytes: optNullableCount(layer.compressedBytes, `${at}.layers[${k}].compressedBytes`),
      };
    }),
  };
}

/**
 * The image tree index (version 1), only what a path comparison reads. Absent in reports before it, and a
 * version this build does not know is not compared: both give null, never an error.
 */
function imageTree(v: unknown, at: string): TreeFigures | null {
  if (v === undefined || v === null) return null;
  const t = obj(v, at);
  if (t.version !== 1) return null;
  const entries = (x: unknown, where: string) =>
    list(x, where, MAX_TREE_LIST).map((e, k) => {
      const o = obj(e, `${where}[${k}]`);
      return {
        path: absolutePath(o.path, `${where}[${k}].path`),
        bytes: count(o.bytes, `${where}[${k}].bytes`),
        layer: o.layer === null || o.layer === undefined ? null : count(o.layer, `${where}[${k}].layer`),
      };
    });
  return {
    depth: count(t.depth, `${at}.depth`),
    directoriesOmitted: count(t.directoriesOmitted, `${at}.directoriesOmitted`),
    directories: entries(t.directories, `${at}.directories`),
    largestDirectories: entries(t.largestDirectories, `${at}.largestDirectories`),
    largestFiles: entries(t.largestFiles, `${at}.largestFiles`),
  };
}

function pathSizes(v: unknown, at: string): PathSize[] {
  if (v === undefined) return [];
  return list(v, at, MAX_LIST).map((p, i) => {
    const o = obj(p, `${at}[${i}]`);
    return { path: str(o.path, `${at}[${i}].path`), bytes: count(o.bytes, `${at}[${i}].bytes`) };
  });
}
