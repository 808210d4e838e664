// Prints the CHANGELOG.md section of a release, for the release workflow's notes, after checking that the tag
// is vX.Y.Z and equals package.json's version. Usage: node scripts/release-notes.mjs vX.Y.Z
// The parsing is pure (releaseNotes); only the command line below reads files. Keeps one file in memory.
import { readFileSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The body of the `## [X.Y.Z]` section (up to the next `## ` heading), trimmed; throws an Error with a one-line
 * message when the tag is malformed, differs from the package version, or the section is missing or empty.
 * @param {string} tag @param {string} packageVersion @param {string} changelog
 * @returns {string}
 */
export function releaseNotes(tag, packageVersion, changelog) {
  const m = /^v(\d+\.\d+\.\d+)$/.exec(tag);
  if (!m) throw new Error(`tag "${tag}" is not vX.Y.Z`);
  const version = m[1];
  if (version !== packageVersion) throw new Error(`tag ${tag} but package.json has version ${packageVersion}`);
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}]" section`);
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  // Link definitions at the end of the file belong to no section.
  const body = lines
    .slice(start + 1, end)
    .filter((l) => !/^\[[^\]]+\]: /.test(l))
    .join('\n')
    .trim();
  if (body === '') throw new Error(`CHANGELOG.md's "## [${version}]" section is empty`);
  return body + '\n';
}

function isEntryPoint() {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  try {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    process.stdout.write(releaseNotes(process.argv[2] ?? '', pkg.version, readFileSync('CHANGELOG.md', 'utf8')));
  } catch (e) {
    process.stderr.write(`release-notes: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
