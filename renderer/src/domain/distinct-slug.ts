/**
 * An id-safe slug that keeps different names apart. `slugify` keeps only ASCII letters and
 * digits, so "日本語", "Русский" and "العربية" all become "" and "C", "C#" and "C++" all
 * become "c". When the slug drops anything but case, accents, spaces and punctuation between
 * words, a short hash of the name is added: the same name always gives the same id (a
 * re-import finds it again), different names give different ids. Names the slug keeps whole
 * ("Soins palliatifs" → "soins-palliatifs") give the same id as before.
 */
import { slugify } from './slug';

// Words of ASCII letters and digits (once accents are removed), joined by spaces or
// punctuation that only separates words: what slugify turns into dashes without loss.
const KEPT_WHOLE = /^[a-z0-9]+(?:[\s\-_.,/&'’:]+[a-z0-9]+)*$/i;

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');

/** FNV-1a, 32 bits, over the UTF-8 bytes: small, stable, and plenty for a few hundred names. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** At most `maxLength` characters of lower-case letters, digits and single inner dashes. */
export function distinctSlug(text: string, fallback: string, maxLength: number): string {
  const name = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const slug = slugify(name);
  if (slug !== '' && slug.length <= maxLength && KEPT_WHOLE.test(withoutAccents(name))) return slug;
  const hash = fnv1a(name.toLowerCase());
  const head = (slug || fallback).slice(0, maxLength - hash.length - 1).replace(/-+$/, '');
  return `${head}-${hash}`;
}
