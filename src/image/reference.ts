// Docker image references (distribution/reference, normalised as Docker does). Pure.
import { UsageError } from '../util/errors.js';

export interface ImageRef {
  /** Registry host[:port]; "docker.io" when the reference names none. */
  registry: string;
  /** Whether the reference itself names the registry ("host:port/..." or "host.tld/..."). */
  explicitRegistry: boolean;
  repository: string;
  tag: string | null;
  digest: string | null;
}

const DEFAULT_REGISTRY = 'docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;

/** Whether the first path component is a registry host, by Docker's rule (has '.' or ':', or is localhost). */
export function looksLikeHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost' || component.startsWith('[');
}

export function parseReference(input: string): ImageRef {
  const bad = (why: string): UsageError => new UsageError(`invalid image reference ${JSON.stringify(input)}: ${why}`);
  let rest = input.trim();
  if (rest === '') throw bad('empty');
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw bad('bad digest');
  }
  let registry = DEFAULT_REGISTRY;
  let explicitRegistry = false;
  const slash = rest.indexOf('/');
  if (slash > 0 && looksLikeHost(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    explicitRegistry = true;
    rest = rest.slice(slash + 1);
    if (!HOST.test(registry)) throw bad('bad registry host');
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && !rest.slice(colon).includes('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw bad('bad tag');
  }
  if (rest === '') throw bad('no repository');
  for (const c of rest.split('/'))
    if (!COMPONENT.test(c))
      throw bad(`bad repository name component ${JSON.stringify(c)} (lower case letters, digits and separators only)`);
  if (registry === 'index.docker.io') registry = DEFAULT_REGISTRY;
  if (registry === DEFAULT_REGISTRY && !rest.includes('/')) rest = `library/${rest}`;
  if (tag === null && digest === null) tag = 'latest';
  return { registry, explicitRegistry, repository: rest, tag, digest };
}

/** "docker.io/library/busybox:latest" — the fully qualified form, for comparing references. */
export function formatReference(r: ImageRef): string {
  return `${r.registry}/${r.repository}${r.tag !== null ? `:${r.tag}` : ''}${r.digest !== null ? `@${r.digest}` : ''}`;
}

/** Whether two references name the same image (fully qualified comparison; a digest must match when both have one). */
export function sameReference(a: string, b: string): boolean {
  try {
    const x = parseReference(a);
    const y = parseReference(b);
    if (x.registry !== y.registry || x.repository !== y.repository) return false;
    if (x.digest !== null && y.digest !== null) return x.digest === y.digest;
    return x.tag === y.tag || (x.digest !== null) !== (y.digest !== null);
  } catch {
    return false;
  }
}

/** The manifest reference to fetch: the digest when given, else the tag. */
export function manifestRef(r: ImageRef): string {
  return r.digest ?? r.tag ?? 'latest';
}
