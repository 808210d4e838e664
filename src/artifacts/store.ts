// Upload through @actions/artifact, injected (its DefaultArtifactClient): the files are written to a fresh
// directory first. Download without it, since an artifact is untrusted input and the library extracts
// every entry to disk: the zip is fetched over REST (GET .../actions/artifacts/{id}/zip, 302 to the blob,
// the token never sent to the blob host) with a byte cap and a deadline, and only the wanted entries are
// inflated in memory, each with a byte cap (zip.ts). Nothing is written to disk.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BodyLimit, readCapped } from '../util/http.js';
import { readZipEntries, ZipError } from './zip.js';

/** Deadline of each request of a download (the REST call, then the blob). */
export const DOWNLOAD_DEADLINE_MS = 60_000;

/** The part of @actions/artifact's client the action uses (uploads; downloads are read here, bounded). */
export interface ArtifactClient {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number; size?: number }>;
  deleteArtifact(name: string): Promise<unknown>;
}

export interface StoreOptions {
  token: string;
  owner: string;
  repo: string;
  /** Where temporary directories go (RUNNER_TEMP). */
  tmp: string;
  /** The REST API (GITHUB_API_URL); default https://api.github.com. */
  apiUrl?: string;
  fetch?: typeof fetch;
}

/** An artifact too large, or missing a file: treated as unusable, never as a crash. */
export class ArtifactContentError extends Error {}

export class ArtifactStore {
  constructor(
    private readonly client: ArtifactClient,
    private readonly opts: StoreOptions,
  ) {}

  /**
   * Uploads `files` (name -> content) as artifact `name`. A name already used in this run (a re-run of
   * the job, or a second job with the same configuration) answers 409 Conflict: the older one is
   * deleted and the upload made again, so the latest measurement wins.
   */
  async upload(name: string, files: Record<string, string>, retentionDays: number | undefined): Promise<number | undefined> {
    const dir = mkdtempSync(join(this.opts.tmp, 'dsg-upload-'));
    try {
      const paths = Object.entries(files).map(([file, content]) => {
        writeFileSync(join(dir, file), content);
        return join(dir, file);
      });
      const options = retentionDays === undefined ? {} : { retentionDays };
      try {
        return (await this.client.uploadArtifact(name, paths, dir, options)).id;
      } catch (e) {
        if (!/\b409\b|already exists/i.test(String((e as Error).message))) throw e;
        await this.client.deleteArtifact(name);
        return (await this.client.uploadArtifact(name, paths, dir, options)).id;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * Downloads artifact `id` (of run `runId`) and returns the named files' text (`undefined` when absent).
   * The zip may have at most `maxBytes`, and so may each wanted file once inflated.
   */
  async download(id: number, _runId: number, wanted: readonly string[], maxBytes: number): Promise<Record<string, string | undefined>> {
    const zip = await this.fetchZip(id, maxBytes);
    let files: Record<string, Buffer | undefined>;
    try {
      files = readZipEntries(zip, wanted, maxBytes);
    } catch (e) {
      if (e instanceof ZipError) throw new ArtifactContentError(e.message);
      throw e;
    }
    const out: Record<string, string | undefined> = {};
    for (const f of wanted) out[f] = files[f]?.toString('utf8');
    return out;
  }

  private async fetchZip(id: number, maxBytes: number): Promise<Buffer> {
    const doFetch = this.opts.fetch ?? fetch;
    const api = (this.opts.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    const url = `${api}/repos/${encodeURIComponent(this.opts.owner)}/${encodeURIComponent(this.opts.repo)}/actions/artifacts/${id}/zip`;
    const headers = {
      Authorization: `Bearer ${this.opts.token}`,
      Accept: 'application/vnd.github+json',
      'User-Agent': 'docker-size-guard',
      'X-GitHub-Api-Version': '2022-11-28',
    };
    let res = await doFetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(DOWNLOAD_DEADLINE_MS) });
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location');
      await res.body?.cancel().catch(() => undefined);
      if (!location) throw new ArtifactContentError(`artifact ${id}: the download redirect names no location`);
      // The blob URL is pre-signed: no token goes to it.
      res = await doFetch(new URL(location, url), {
        headers: { 'User-Agent': 'docker-size-guard' },
        redirect: 'follow',
        signal: AbortSignal.timeout(DOWNLOAD_DEADLINE_MS),
      });
    }
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => undefined);
      throw Object.assign(new Error(`artifact ${id} could not be downloaded (HTTP ${res.status})`), { status: res.status });
    }
    try {
      return await readCapped(res, maxBytes);
    } catch (e) {
      if (e instanceof BodyLimit)
        throw new ArtifactContentError(`artifact ${id} is ${e.message}, more than the ${maxBytes} a report artifact can be`);
      throw e;
    }
  }
}
