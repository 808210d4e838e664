// Starts the whole local GitHub: Azurite (blobs), the results service (Twirp) and the REST server, over one World.
import { startAzurite, type BlobStore } from './azurite.js';
import { startGitHub } from './github.js';
import { startResults } from './results.js';
import { World } from './world.js';

export interface Stack {
  world: World;
  blobs: BlobStore;
  apiUrl: string;
  resultsUrl: string;
  stop(): Promise<void>;
}

export async function startStack(world = new World()): Promise<Stack> {
  const blobs = await startAzurite();
  const results = await startResults(world, blobs);
  const github = await startGitHub(world, blobs);
  return {
    world,
    blobs,
    apiUrl: github.url,
    resultsUrl: results.url,
    async stop() {
      await github.stop();
      await results.stop();
      await blobs.stop();
    },
  };
}
