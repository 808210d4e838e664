// Platforms: "os/arch[/variant]" as `--platform` takes them, and matching index entries. Pure.
import { UsageError } from '../util/errors.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export type PlatformChoice = Platform | 'all';

const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  i386: '386',
};

export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

export function parsePlatform(s: string): PlatformChoice {
  if (s === 'all') return 'all';
  const parts = s.toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9._-]+$/.test(p))) {
    throw new UsageError(`--platform must be os/arch[/variant] (e.g. linux/amd64, linux/arm64/v8) or all, got ${JSON.stringify(s)}`);
  }
  return normalise({ os: parts[0]!, architecture: parts[1]!, variant: parts[2] });
}

export function normalise(p: Platform): Platform {
  const architecture = ARCH_ALIASES[p.architecture] ?? p.architecture;
  let variant = p.variant || undefined;
  if (architecture === 'arm64' && variant === 'v8') variant = undefined;
  return variant === undefined ? { os: p.os, architecture } : { os: p.os, architecture, variant };
}

export function formatPlatform(p: Platform | undefined): string | null {
  if (!p || !p.os || !p.architecture) return null;
  const n = normalise(p);
  return `${n.os}/${n.architecture}${n.variant ? `/${n.variant}` : ''}`;
}

/** Whether `have` satisfies `want`; a request without a variant takes any variant. */
export function platformMatches(want: Platform, have: Platform | undefined): boolean {
  if (!have) return false;
  const w = normalise(want);
  const h = normalise(have);
  if (w.os !== h.os || w.architecture !== h.architecture) return false;
  return w.variant === undefined || w.variant === h.variant;
}
