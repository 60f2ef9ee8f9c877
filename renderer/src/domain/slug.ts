/** Plain-ASCII, lower-case, dash-joined text for ids: "Soins palliatifs" → "soins-palliatifs". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
