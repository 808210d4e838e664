// The port of the image sources: what each source (src/image/sources/: engine, archive, registry) hands to the
// analysis, and the options it gets. The registry of sources is SOURCES in src/image/sources/measure.ts. Types, and the silent progress reporter.
import type { RawImage } from './analyze.js';
import type { PlatformChoice } from './platform.js';

export interface SourceResult {
  images: RawImage[];
  index: { digest: string | null; platforms: string[] } | null;
  warnings: string[];
  /** The diff IDs of another image on the same source (the base image), or a reason it has none. */
  resolveBase(reference: string): Promise<{ diffIds: string[] } | { reason: string }>;
}

/** Progress of one long step: bytes done (and the total when known). */
export interface ProgressReporter {
  start(label: string): void;
  update(done: number, total?: number): void;
  finish(): void;
}

export const NO_PROGRESS: ProgressReporter = { start() {}, update() {}, finish() {} };

export interface SourceOptions {
  platform: PlatformChoice;
  env: Readonly<Record<string, string | undefined>>;
  progress: ProgressReporter;
  /** Registry: download the layer blobs and read their contents (the engine and archives always do). */
  layerContents?: boolean;
}
