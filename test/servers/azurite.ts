// Azurite (the Azure Storage emulator, from npm) as the blob store behind the local results service:
// started from node_modules on a free port, in memory, no telemetry, and stopped by the suite.
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
} from '@azure/storage-blob';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Azurite's well-known development account.
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const CONTAINER = 'actions-results';

export interface BlobStore {
  url: string;
  container: ContainerClient;
  /** A SAS URL for one blob, like the results service hands out. */
  signedUrl(blob: string, perms: 'r' | 'cw', minutes?: number): string;
  size(blob: string): Promise<number | undefined>;
  stop(): Promise<void>;
}

export async function startAzurite(): Promise<BlobStore> {
  const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js');
  const dir = mkdtempSync(join(tmpdir(), 'dsg-azurite-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '256',
      '--loose',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--disableProductStyleUrl',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`azurite did not start: ${out}`)), 30000);
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /listens on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`azurite exited (${code}): ${out}`)));
  });
  const cred = new StorageSharedKeyCredential(ACCOUNT, KEY);
  const service = new BlobServiceClient(`${url}/${ACCOUNT}`, cred);
  const container = service.getContainerClient(CONTAINER);
  await container.createIfNotExists();
  return {
    url,
    container,
    signedUrl(blob, perms, minutes = 10) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: CONTAINER,
          blobName: blob,
          permissions: BlobSASPermissions.parse(perms),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + minutes * 60_000),
        },
        cred,
      ).toString();
      return `${container.getBlobClient(blob).url}?${sas}`;
    },
    async size(blob) {
      try {
        return (await container.getBlobClient(blob).getProperties()).contentLength;
      } catch {
        return undefined;
      }
    },
    async stop() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
