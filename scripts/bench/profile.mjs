// Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went: the functions with the most self
// time, and the same time grouped by what owns it — Node's native fs calls, the garbage collector, Node's own
// JavaScript, and for the bundle (dist/*.js) the source module or package each line comes from (esbuild
// writes a `// path` comment before each module it bundles).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Line → module of a bundle, from esbuild's `// src/...` and `// node_modules/...` comments. */
function moduleMap(bundleFile) {
  const starts = [];
  readFileSync(bundleFile, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
      if (m) starts.push([i, m[1]]);
    });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = "(bundle prologue: esbuild's CommonJS wrappers)";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] <= line) {
        found = starts[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** node_modules/@scope/pkg/... -> @scope/pkg; node_modules/pkg/... -> pkg; src/dir/file.ts -> src/dir/file.ts */
function packageOf(module) {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return m ? m[1] : module;
}

export function latestProfile(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort();
  return join(dir, files.at(-1));
}

/**
 * Summarises a profile: { totalMs, top: [{ fn, where, ms, pct }], groups: [{ group, ms, pct }] }.
 * `bundleFile` (dist/cli.js or dist/index.js) attributes bundle lines to modules; `byPackage` groups
 * node_modules by package rather than by file.
 */
export function summarise(profileFile, bundleFile, { top = 12, byPackage = false } = {}) {
  const p = JSON.parse(readFileSync(profileFile, 'utf8'));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const modOf = bundleFile ? moduleMap(bundleFile) : () => undefined;
  const bundleName = bundleFile?.split('/').pop();
  const self = new Map();
  const groups = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    const n = nodes.get(p.samples[i]);
    const cf = n.callFrame;
    const file = cf.url.split('/').pop() || '';
    let where;
    let group;
    if (bundleName && cf.url.endsWith('/' + bundleName)) {
      const mod = modOf(cf.lineNumber);
      where = `${mod}`;
      group = byPackage ? packageOf(mod) : mod;
    } else if (cf.url.startsWith('node:')) {
      where = cf.url;
      group = "Node's own JavaScript (" + cf.url.replace(/^node:(internal\/)?/, '').split('/')[0] + ')';
    } else if (cf.url === '') {
      where = '(native)';
      group = ['lstat', 'readdir', 'open', 'read', 'close', 'fstat', 'stat'].includes(cf.functionName)
        ? `native fs.${cf.functionName}`
        : cf.functionName;
    } else {
      where = file;
      group = file;
    }
    const key = `${cf.functionName || '(anonymous)'}\u0000${where}${cf.url.startsWith('node:') || cf.url === '' ? '' : ':' + (cf.lineNumber + 1)}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    groups.set(group, (groups.get(group) ?? 0) + dt);
    total += dt;
  }
  const pct = (us) => +((100 * us) / total).toFixed(1);
  return {
    totalMs: Math.round(total / 1000),
    top: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => {
        const [fn, where] = k.split('\u0000');
        return { fn, where, ms: Math.round(us / 1000), pct: pct(us) };
      }),
    groups: [...groups]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([group, us]) => ({ group, ms: Math.round(us / 1000), pct: pct(us) })),
  };
}

/**
 * With Linux `perf`: records `cmd args` (call graphs, all of user and kernel space) and returns the shares of
 * the syscalls a walk makes and of who runs in user space — what a V8 profile cannot see inside the native
 * fs calls. Returns undefined when perf is missing or not permitted.
 */
export function perfSplit(cmd, args, dataFile) {
  const rec = spawnSync('perf', ['record', '-q', '-F', '999', '-g', '-o', dataFile, cmd, '--perf-basic-prof', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (rec.error || rec.status !== 0) return undefined;
  const report = (sort, children) =>
    spawnSync('perf', ['report', '-i', dataFile, children ? '--children' : '--no-children', '--sort', sort, '--stdio', '-g', 'none'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    }).stdout;
  const pct = (text, re) => {
    for (const line of text.split('\n')) {
      const m = /^\s+([\d.]+)%\s+(?:[\d.]+%\s+)?(.*)$/.exec(line);
      if (m && re.test(m[2])) return +m[1];
    }
    return 0;
  };
  const children = report('sym', true);
  const dsos = report('dso', false);
  return {
    'kernel: getdents64 (reading directories)': pct(children, /\[k\] __x64_sys_getdents64$/),
    'kernel: statx (lstat)': pct(children, /\[k\] __x64_sys_statx$/),
    '  of which the path walk (path_lookupat)': pct(children, /\[k\] path_lookupat$/),
    'kernel: openat + close (opening directories)': +(
      pct(children, /\[k\] __x64_sys_openat$/) + pct(children, /\[k\] __x64_sys_close$/)
    ).toFixed(2),
    'kernel: all': pct(dsos, /\[kernel\.kallsyms\]/),
    'user: node binary (V8, Node C++, libuv)': pct(dsos, /^node\s*$/),
    'user: JIT-compiled JavaScript': pct(dsos, /\[JIT\]/),
    'user: libc (malloc, strcmp, memmove)': pct(dsos, /libc\.so/),
  };
}

export function profileTable(summary, what) {
  const rows = summary[what];
  const head = what === 'top' ? '| function | where | self ms | % |\n|---|---|---:|---:|' : '| owner | self ms | % |\n|---|---:|---:|';
  return [
    head,
    ...rows.map((r) => (what === 'top' ? `| ${r.fn} | ${r.where} | ${r.ms} | ${r.pct} |` : `| ${r.group} | ${r.ms} | ${r.pct} |`)),
  ].join('\n');
}
