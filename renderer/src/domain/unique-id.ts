/** An id made from `base` that is not in `taken`: "mercor", then "mercor-2", "mercor-3"… */
import { slugify } from './slug';

export function uniqueId(text: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base = (slugify(text) || fallback).slice(0, 56).replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
