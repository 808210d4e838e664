// The engine source: inspect the image over the Engine API, then stream its export (GET /images/{name}/get,
// what `docker save` writes) through the archive reader for per-layer sizes and contents.
import { findImages } from '../archive/layout.js';
import { ArchiveError, readArchiveStream } from '../archive/read.js';
import { rawImagesOf } from '../archive/archive.js';
import type { SourceOptions, SourceResult } from '../../source.js';
import { InputError } from '../../../util/errors.js';
import { DeadlineError, deadlines, EngineClient, ENGINE_DEADLINE_MS, IDLE_MS, imagePath, JSON_DEADLINE_MS } from './client.js';
import { parseDockerHost } from './host.js';

interface Inspect {
  Id?: string;
  Size?: number;
  Os?: string;
  Architecture?: string;
  Variant?: string;
  RootFS?: { Layers?: string[] };
}

/** Limits of one measurement on the engine (tests shorten them). */
export interface EngineLimits {
  /** The whole measurement: inspect, export, reading the export. */
  deadlineMs: number;
  /** Silence allowed while an answer streams. */
  idleMs: number;
}

export const ENGINE_LIMITS: EngineLimits = { deadlineMs: ENGINE_DEADLINE_MS, idleMs: IDLE_MS };

export async function engineSource(reference: string, opts: SourceOptions, limits: EngineLimits = ENGINE_LIMITS): Promise<SourceResult> {
  const client = new EngineClient(parseDockerHost(opts.env.DOCKER_HOST, opts.env), opts.env);
  const host = client.endpoint.display;
  const until = Date.now() + limits.deadlineMs;
  const short = () => deadlines(limits.idleMs, JSON_DEADLINE_MS, until);
  const inspect = await client.json(`/images/${imagePath(reference)}/json`, short());
  if (inspect.status === 404) throw new InputError(`image not found on the Docker engine at ${host}: ${reference}`);
  if (inspect.status !== 200)
    throw new InputError(`the Docker engine at ${host} answered ${inspect.status} for ${reference}: ${inspect.message}`);
  const info = inspect.body as Inspect;

  opts.progress.start(`exporting ${reference} from the engine`);
  try {
    const exportPath = `/images/${imagePath(reference)}/get`;
    const res = await client.get(exportPath, { idleMs: limits.idleMs, until, totalMs: limits.deadlineMs });
    if (res.statusCode !== 200) {
      const text = await client.body(res, exportPath);
      let msg = text.trim();
      try {
        msg = (JSON.parse(text) as { message?: string }).message ?? msg;
      } catch {
        /* plain text */
      }
      throw new InputError(`the Docker engine at ${host} could not export ${reference}: ${res.statusCode} ${msg.split('\n')[0]}`);
    }
    const name = `the engine's export of ${reference}`;
    // A deadline or silence ends the stream with a DeadlineError: said as such, not as a corrupt archive.
    let stopped: DeadlineError | undefined;
    res.once('error', (e) => {
      if (e instanceof DeadlineError) stopped = e;
    });
    const files = await readArchiveStream(res, name, info.Size, (done, total) => opts.progress.update(done, total)).catch((e: unknown) => {
      throw stopped ? new InputError(stopped.message) : e;
    });
    // The export holds this image (on the containerd image store: an index with the platforms the engine has).
    const found = await findImages(files, { platform: opts.platform });
    const images = await rawImagesOf(files, found, typeof info.Size === 'number' ? info.Size : null);
    for (const img of images) {
      img.id = info.Id ?? img.id;
      img.platform ??= info.Os && info.Architecture ? `${info.Os}/${info.Architecture}${info.Variant ? `/${info.Variant}` : ''}` : null;
    }
    return {
      images,
      index: found.index,
      warnings: [],
      async resolveBase(ref) {
        if (ref === 'scratch') return { diffIds: [] };
        const r = await client.json(`/images/${imagePath(ref)}/json`, short());
        if (r.status === 200) return { diffIds: (r.body as Inspect).RootFS?.Layers ?? [] };
        return { reason: r.status === 404 ? `${ref} is not on the engine` : `the engine answered ${r.status} for ${ref}` };
      },
    };
  } catch (e) {
    if (e instanceof ArchiveError) throw new InputError(e.message);
    throw e;
  } finally {
    opts.progress.finish();
  }
}
