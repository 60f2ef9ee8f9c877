/**
 * Look-alike web addresses of the annotation platforms (tutor-domains.md, "Scams aimed at
 * annotators": look-alike domains). Offline and deterministic: the addresses the user typed
 * or pasted are compared with the platforms' own domains, never looked up.
 *
 * An address is a look-alike when it is not one of the official domains (or under one) and
 * one of its names, once common disguises are undone (0→o, 1→l, rn→m, Cyrillic letters that
 * look Latin, dashes), is the platform's name, starts or ends with it ("mercor-jobs",
 * "joinoutlier") or is one typo from it ("mercorr", "outleir"). Common words ("scale",
 * "turing") only match exactly, so "upscale.com" is not flagged.
 */

export interface Platform {
  brand: string;
  /** The domains the platform uses; anything under them is theirs too. */
  domains: readonly string[];
  /** A made-up word: prefixes, suffixes and typos of it are suspicious. */
  distinctive: boolean;
}

export const KNOWN_PLATFORMS: readonly Platform[] = [
  { brand: 'mercor', domains: ['mercor.com'], distinctive: true },
  { brand: 'outlier', domains: ['outlier.ai'], distinctive: true },
  { brand: 'scale', domains: ['scale.com'], distinctive: false },
  { brand: 'dataannotation', domains: ['dataannotation.tech'], distinctive: true },
  { brand: 'alignerr', domains: ['alignerr.com'], distinctive: true },
  { brand: 'turing', domains: ['turing.com'], distinctive: false },
  { brand: 'prolific', domains: ['prolific.com', 'prolific.co'], distinctive: true },
  { brand: 'handshake', domains: ['joinhandshake.com'], distinctive: true },
];

// Letters from other scripts that render like Latin ones, and digit disguises.
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  ӏ: 'l',
  ɡ: 'g',
  ο: 'o',
  α: 'a',
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
};

export function skeleton(name: string): string {
  const plain = [...name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')]
    .map((char) => CONFUSABLES[char] ?? char)
    .join('');
  return plain.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[-_]/g, '');
}

/** Edit distance with transpositions (optimal string alignment), stopping early above 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[i - 1]![j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]![j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]![j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length]![b.length] ?? 2) <= 1;
}

export function isOfficial(host: string): boolean {
  return KNOWN_PLATFORMS.some((p) => p.domains.some((d) => host === d || host.endsWith(`.${d}`)));
}

function resembles(name: string, platform: Platform): boolean {
  const { brand } = platform;
  if (name === brand || name === `${brand}ai`) return true;
  if (!platform.distinctive) return false;
  return name.startsWith(brand) || name.endsWith(brand) || withinOneEdit(name, brand);
}

/** The platform an address imitates, or null (always null for the official domains). */
export function lookAlikeOf(host: string): Platform | null {
  const clean = host.toLowerCase().replace(/\.$/, '');
  if (isOfficial(clean)) return null;
  const labels = clean.split('.').slice(0, -1);
  const names = labels.flatMap((label) => [skeleton(label), ...label.split('-').map(skeleton)]);
  return KNOWN_PLATFORMS.find((platform) => names.some((name) => resembles(name, platform))) ?? null;
}

/**
 * The host names in free text: web addresses with or without a scheme, and the domain of
 * e-mail addresses. A word with a dot that is not a name ("e.g.", "1.5") is left alone.
 */
export function hostsIn(text: string): string[] {
  const hosts = new Set<string>();
  for (const raw of text.split(/[\s<>"'()[\]{},;!|]+/)) {
    const afterScheme = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const afterAt = afterScheme.includes('@')
      ? afterScheme.slice(afterScheme.lastIndexOf('@') + 1)
      : afterScheme;
    const host = (afterAt.split(/[/?#:]/)[0] ?? '').replace(/\.+$/, '').toLowerCase();
    if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}$/u.test(host)) hosts.add(host);
  }
  return [...hosts];
}
