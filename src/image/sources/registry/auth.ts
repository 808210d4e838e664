// Registry authentication, pure parts: the WWW-Authenticate challenge and where credentials come from
// (the environment, then the auths of the docker CLI's config.json). Credentials never reach a message.
// Credentials are bound to a host: those of the environment go only to the registry named by
// DOCKER_SIZE_GUARD_REGISTRY (a repository's config may name any registry), config.json's by their key.

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `Bearer realm="https://auth.example/token",service="registry",scope="repository:a/b:pull"`. */
export function parseChallenge(header: string | null | undefined): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/gy;
  const rest = m[2]!;
  re.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = re.exec(rest)) !== null && p[0] !== '') {
    params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3]!;
  }
  return { scheme: m[1]!.toLowerCase(), params };
}

export interface Credentials {
  username: string;
  password: string;
  /** Where they came from, for messages ("DOCKER_SIZE_GUARD_REGISTRY_USERNAME", "~/.docker/config.json"). */
  from: string;
}

export const ENV_USERNAME = 'DOCKER_SIZE_GUARD_REGISTRY_USERNAME';
export const ENV_PASSWORD = 'DOCKER_SIZE_GUARD_REGISTRY_PASSWORD';
/** The registry host the environment's credentials are for (docker.io, ghcr.io, localhost:5000). */
export const ENV_REGISTRY = 'DOCKER_SIZE_GUARD_REGISTRY';

/** A registry host as compared for credentials: lower case, Docker Hub's aliases as docker.io, no scheme or path. */
export function registryKey(host: string): string {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  return h === 'index.docker.io' || h === 'registry-1.docker.io' || h === 'registry.hub.docker.com' ? 'docker.io' : h;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

/** The keys under which the docker CLI may have stored a registry's auth. */
function configKeys(registry: string): string[] {
  if (registry === 'docker.io') return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  return [
    registry,
    `https://${registry}`,
    `http://${registry}`,
    `https://${registry}/v1/`,
    `https://${registry}/v2/`,
    `http://${registry}/v1/`,
  ];
}

export interface CredentialLookup {
  credentials?: Credentials;
  /** Something the user may want to know (a credential helper that is not used), never a secret. */
  note?: string;
}

export function findCredentials(
  registry: string,
  env: Readonly<Record<string, string | undefined>>,
  config: unknown,
  configName: string,
): CredentialLookup {
  const user = env[ENV_USERNAME];
  const pass = env[ENV_PASSWORD];
  let unbound: string | undefined;
  if (user && pass !== undefined) {
    const bound = env[ENV_REGISTRY];
    if (bound && registryKey(bound) === registryKey(registry))
      return { credentials: { username: user, password: pass, from: ENV_USERNAME } };
    unbound = bound
      ? `${ENV_USERNAME} is for ${ENV_REGISTRY}=${registryKey(bound)}, not ${registry}, so it is not sent there`
      : `${ENV_USERNAME} is set but ${ENV_REGISTRY} is not: set it to the registry host the credentials are for (they are sent to no other)`;
  }
  const fromConfig = configCredentials(registry, config, configName);
  if (fromConfig.credentials || !unbound) return fromConfig;
  return { note: fromConfig.note ? `${unbound}; ${fromConfig.note}` : unbound };
}

function configCredentials(registry: string, config: unknown, configName: string): CredentialLookup {
  const c = (config ?? {}) as DockerConfig;
  for (const key of configKeys(registry)) {
    const a = c.auths?.[key];
    if (!a) continue;
    if (a.username && a.password !== undefined) return { credentials: { username: a.username, password: a.password, from: configName } };
    if (a.auth) {
      const decoded = Buffer.from(a.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { credentials: { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), from: configName } };
    }
    if (a.identitytoken)
      return {
        note: `${configName} holds an identity token for ${registry}, which is not supported; set ${ENV_USERNAME} and ${ENV_PASSWORD}`,
      };
  }
  const helper = c.credHelpers?.[registry] ?? c.credsStore;
  if (helper)
    return { note: `credential helper "${helper}" in ${configName} is not used; set ${ENV_USERNAME} and ${ENV_PASSWORD} to authenticate` };
  return {};
}

export function basicAuth(c: Credentials): string {
  return 'Basic ' + Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64');
}
