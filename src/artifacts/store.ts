// Upload and download through @actions/artifact, injected (its DefaultArtifactClient). Uploads write the
// files to a fresh directory first; downloads land in a fresh directory and only the expected files are
// read back, each with a size cap, since an artifact is untrusted input.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The part of @actions/artifact's client the action uses. */
export interface ArtifactClient {
  uploadArtifact(name: string, files: string[], rootDirectory: string, options?: { retentionDays?: number }): Promise<{ id?: number; size?: number }>;
  deleteArtifact(name: string): Promise<unknown>;
  downloadArtifact(
    id: number,
    options: { path: string; findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string } },
  ): Promise<{ downloadPath?: string }>;
}

export interface StoreOptions {
  token: string;
  owner: string;
  repo: string;
  /** Where temporary directories go (RUNNER_TEMP). */
  tmp: string;
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

  /** Downloads artifact `id` of run `runId` and returns the named files' text (`undefined` when absent). */
  async download(id: number, runId: number, wanted: readonly string[], maxBytes: number): Promise<Record<string, string | undefined>> {
    const dir = mkdtempSync(join(this.opts.tmp, 'dsg-download-'));
    try {
      await this.client.downloadArtifact(id, {
        path: dir,
        findBy: { token: this.opts.token, workflowRunId: runId, repositoryOwner: this.opts.owner, repositoryName: this.opts.repo },
      });
      const out: Record<string, string | undefined> = {};
      for (const file of wanted) {
        const path = join(dir, file);
        let size: number;
        try {
          const st = statSync(path);
          if (!st.isFile()) continue;
          size = st.size;
        } catch {
          continue;
        }
        if (size > maxBytes) throw new ArtifactContentError(`${file} is ${size} bytes, more than the ${maxBytes} a report can be`);
        out[file] = readFileSync(path, 'utf8');
      }
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
