// The npm package as users get it: `npm pack`, then install the tarball into an empty prefix with no
// registry (offline, an empty cache, and a registry URL on a closed port), and run the installed binary on
// an example. Not pure: runs npm and node as child processes in a temporary directory. Needs no server.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, lstatSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'dsg-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The packed size limit the issue sets (bytes of the .tgz). */
const MAX_PACKED = 1_000_000;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

/** A TCP port that was free a moment ago and is now closed: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise((ok) => server.close(ok));
  return port;
}

function duBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = lstatSync(p);
    total += st.isDirectory() ? duBytes(p) : st.size;
  }
  return total;
}

let pack: PackResult;
let npmEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  // No user or global npm config may point npm at a registry or a warm cache.
  const userconfig = join(tmp, 'npmrc');
  writeFileSync(userconfig, '');
  const globalconfig = join(tmp, 'npmrc-global');
  writeFileSync(globalconfig, '');
  npmEnv = {
    ...process.env,
    npm_config_userconfig: userconfig,
    npm_config_globalconfig: globalconfig,
    npm_config_cache: join(tmp, 'empty-cache'),
    npm_config_registry: `http://127.0.0.1:${await closedPort()}/`,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: root, env: npmEnv, encoding: 'utf8' });
  pack = (JSON.parse(out) as PackResult[])[0]!;
}, 120_000);

describe('npm package', () => {
  it('ships only what runs: the CLI bundle (its entry and every chunk), the schemas, README, LICENSE, CHANGELOG', () => {
    const paths = pack.files.map((f) => f.path).sort();
    for (const p of paths)
      expect(p).toMatch(
        /^(dist\/cli\.js|dist\/cli\/[a-z-]+-[A-Z0-9]+\.js|schemas\/[a-z0-9.-]+\.json|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/,
      );
    expect(paths).toEqual(expect.arrayContaining(['dist/cli.js', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']));
    expect(paths.some((p) => p.startsWith('schemas/'))).toBe(true);
    // Every chunk the CLI can load, and nothing of the action's.
    const chunks = readdirSync(join(root, 'dist/cli')).map((f) => `dist/cli/${f}`);
    expect(chunks.length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith('dist/cli/'))).toEqual(chunks.sort());
  });

  it(`is at most ${MAX_PACKED} bytes packed`, () => {
    expect(pack.size).toBeLessThanOrEqual(MAX_PACKED);
    expect(statSync(join(tmp, pack.filename)).size).toBe(pack.size);
  });

  it('has no runtime dependencies (the CLI is a self-contained bundle)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) {
      expect(pkg[field], field).toBeUndefined();
    }
    // The bundle imports nothing but Node's own modules and its own chunks.
    const files = ['dist/cli.js', ...readdirSync(join(root, 'dist/cli')).map((f) => `dist/cli/${f}`)];
    const specifiers = files.flatMap((f) =>
      [
        ...readFileSync(join(root, f), 'utf8').matchAll(
          /(?:^|[;\s}])(?:import\s[^'"]*from\s*|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g,
        ),
      ].map((m) => m[1]!),
    );
    expect(specifiers).toContain('node:fs'); // the scan sees the bundle's imports
    expect(specifiers.filter((s) => !s.startsWith('node:') && !/^\.\/(cli\/)?[a-z-]+-[A-Z0-9]+\.js$/.test(s))).toEqual([]);
  });

  it('installs offline into an empty prefix and the installed binary measures an example', () => {
    const prefix = join(tmp, 'prefix');
    const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, join(tmp, pack.filename)], {
      env: npmEnv,
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);
    const installed = join(prefix, 'lib/node_modules/docker-size-guard');
    // Nothing but the package itself was installed.
    expect(readdirSync(join(prefix, 'lib/node_modules'))).toEqual(['docker-size-guard']);
    expect(() => statSync(join(installed, 'node_modules'))).toThrow();
    const footprint = duBytes(installed);
    console.log(`packed ${pack.size} bytes, ${pack.files.length} files; installed footprint ${footprint} bytes`);
    expect(footprint).toBe(pack.unpackedSize);

    const bin = join(prefix, 'bin/docker-size-guard');
    const run = spawnSync(bin, ['examples/llm-service', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { schemaVersion: number; targets: { context: { bytes: number; files: number } }[] };
    expect(report.schemaVersion).toBe(1);
    // The same figures as the repository's own bundle.
    const local = JSON.parse(
      execFileSync(process.execPath, ['dist/cli.js', 'examples/llm-service', '--format', 'json'], { cwd: root, encoding: 'utf8' }),
    );
    expect(report.targets[0]!.context).toEqual(local.targets[0].context);
    expect(report.targets[0]!.context.files).toBeGreaterThan(0);

    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(`docker-size-guard ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}`);
  }, 120_000);

  it('runs with npx from the tarball, offline', () => {
    const run = spawnSync(
      'npx',
      ['--yes', '--package', join(tmp, pack.filename), '--', 'docker-size-guard', 'examples/llm-service', '--format', 'json'],
      {
        cwd: root,
        env: npmEnv,
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).schemaVersion).toBe(1);
  }, 120_000);
});
