// Where a COPY/ADD source or a RUN --mount comes from, as BuildKit decides it:
// dockerfile2llb/convert_copy.go (isHTTPSource, dfgitutil.ParseGitRef, util/gitutil, util/sshutil)
// and instructions/commands_runmount.go (parseMount).
import { goClean } from '../patterns/go.js';
import { suggest } from './suggest.js';

/** 'git' and 'http' sources are fetched by the builder; 'local' ones are read from the build context. */
export type SourceKind = 'local' | 'http' | 'git';

const PROTO = /^[a-zA-Z0-9]+:\/\//;
const SCP = /^[a-zA-Z0-9_-]+@[a-zA-Z0-9.-]+:[^\n]*$/; // sshutil gitSSHRegex (query and fragment are optional tails)

/** The path of a URL as Go's url.Parse gives it (fragment and query removed, unescaped), or undefined if invalid. */
function urlPath(url: string): string | undefined {
  let rest = url.split('#', 1)[0]!.split('?', 1)[0]!;
  rest = rest.slice(rest.indexOf('://') + 3);
  const slash = rest.indexOf('/');
  try {
    return slash < 0 ? '' : decodeURIComponent(rest.slice(slash));
  } catch {
    return undefined;
  }
}

/** dfgitutil.ParseGitRef succeeds and the ref is not the deprecated `github.com/...` form (read as a local path). */
function isGitRef(src: string): boolean {
  if (src.startsWith('./') || src.startsWith('../') || src.startsWith('github.com/')) return false;
  const proto = PROTO.exec(src)?.[0];
  if (proto === undefined) return SCP.test(src);
  const scheme = proto.slice(0, -3).toLowerCase();
  if (scheme === 'ssh' || scheme === 'git') return urlPath(src) !== undefined;
  if (scheme === 'http' || scheme === 'https') return urlPath(src)?.endsWith('.git') === true;
  return false;
}

export function sourceKind(src: string): SourceKind {
  if (isGitRef(src)) return 'git';
  if (src.startsWith('http://') || src.startsWith('https://')) return 'http';
  return 'local';
}

/** A context path as BuildKit joins it to '/': cleaned, relative, '.' for the root (".." cannot leave it). */
export function contextPath(src: string): string {
  const p = goClean('/' + src).slice(1);
  return p === '' ? '.' : p;
}

export class MountError extends Error {}

/** encoding/csv rules for one record, as tonistiigi/go-csvvalue applies them. */
function csvFields(s: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (s[i] === '"') {
      for (i++; ; i++) {
        if (i >= s.length) throw new MountError('failed to parse csv mounts: extraneous or missing " in quoted-field');
        if (s[i] !== '"') field += s[i];
        else if (s[i + 1] === '"') field += s[++i];
        else break;
      }
      i++;
      if (i < s.length && s[i] !== ',') throw new MountError('failed to parse csv mounts: extraneous or missing " in quoted-field');
    } else {
      const end = s.indexOf(',', i) < 0 ? s.length : s.indexOf(',', i);
      field = s.slice(i, end);
      if (field.includes('"')) throw new MountError('failed to parse csv mounts: bare " in non-quoted-field');
      i = end;
    }
    fields.push(field);
    if (i >= s.length) return fields;
    i++; // the comma
  }
}

export interface Mount {
  type: string;
  from: string;
  source: string;
  target: string;
}

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const MOUNT_KEYS = [
  'type',
  'from',
  'source',
  'target',
  'readonly',
  'id',
  'sharing',
  'required',
  'size',
  'mode',
  'uid',
  'gid',
  'src',
  'dst',
  'destination',
  'ro',
  'rw',
  'readwrite',
  'env',
];

/**
 * parseMount. Without `expand` (parse time) only `from` is read, and it may not use variables;
 * with it (when the stage runs) every value is expanded. Value checks other than the type are not repeated.
 */
export function parseMount(value: string, expand?: (word: string, key: string) => string): Mount {
  const m: Mount = { type: 'bind', from: '', source: '', target: '' };
  for (const field of csvFields(value)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    let v = field.slice(eq + 1);
    if (eq < 0) {
      if (!expand || ['readonly', 'ro', 'readwrite', 'rw'].includes(key)) continue;
      if (key === 'required' && (m.type === 'secret' || m.type === 'ssh')) continue;
      if (key === 'required') throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
      throw new MountError(`invalid field '${field}' must be a key=value pair`);
    }
    if (expand) v = expand(v, key);
    else if (key === 'from') {
      const dollar = v.indexOf('$');
      if (dollar !== -1 && dollar !== v.length - 1)
        throw new MountError(`'${key}' doesn't support variable expansion, define alias stage instead`);
    } else continue;
    switch (key) {
      case 'type':
        if (!MOUNT_TYPES.includes(v.toLowerCase()))
          throw new MountError(suggest(`unsupported mount type ${JSON.stringify(v)}`, v, MOUNT_TYPES, true));
        m.type = v.toLowerCase();
        break;
      case 'from':
        m.from = v;
        break;
      case 'source':
      case 'src':
        m.source = v;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.target = v;
        break;
      default:
        if (!MOUNT_KEYS.includes(key)) throw new MountError(suggest(`unexpected key '${key}' in '${field}'`, key, MOUNT_KEYS, true));
    }
  }
  return m;
}
