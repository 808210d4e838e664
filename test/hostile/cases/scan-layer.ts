// Child-process case: scans one layer blob with LayerScanner (argv: FILE [native|fzstd]) and prints one JSON
// line: the scan's figures and the decoder used, or {"error": message}. Run bounded by test/hostile/bounds.ts.
import { createReadStream, statSync } from 'node:fs';
import { LayerScanner } from '../../../src/image/layer.js';
import { zstdDecoderKind } from '../../../src/image/zstd.js';

const [file, prefer = 'native'] = process.argv.slice(2) as [string, 'native' | 'fzstd'];
const scanner = new LayerScanner(statSync(file).size, prefer);
try {
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) await scanner.write(chunk as Buffer);
  const s = await scanner.end();
  console.log(
    JSON.stringify({
      decoder: zstdDecoderKind(prefer),
      compression: s.compression,
      blobBytes: s.blobBytes,
      tarBytes: s.tarBytes,
      files: s.files,
      unpackedBytes: s.unpackedBytes,
    }),
  );
} catch (e) {
  console.log(JSON.stringify({ decoder: zstdDecoderKind(prefer), error: (e as Error).message }));
}
