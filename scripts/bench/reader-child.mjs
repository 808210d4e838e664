// Run by the benchmark as a child process (so that its wall time and peak RSS are measured like tar's):
//   node reader-child.mjs BUNDLE ARCHIVE reader   the project's archive reader: every layer scanned, every entry listed
//   node reader-child.mjs BUNDLE ARCHIVE parser   a plain pass of its tar parser over the outer archive (no layers)
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, archive, mode] = process.argv.slice(2);
const { openArchive, TarParser } = await import(pathToFileURL(bundle).href);
if (mode === 'reader') {
  const files = await openArchive(archive, archive);
  const manifest = await files.json('manifest.json');
  let entries = 0;
  for (const m of manifest ?? []) for (const l of m.Layers ?? []) entries += (await files.layer(l)).entries.length;
  process.stdout.write(`${entries}\n`);
} else {
  const tar = new TarParser(false);
  let headers = 0;
  for await (const chunk of createReadStream(archive, { highWaterMark: 1024 * 1024 })) {
    for (const ev of tar.push(chunk)) if (ev.kind === 'header') headers++;
  }
  tar.end();
  process.stdout.write(`${headers}\n`);
}
