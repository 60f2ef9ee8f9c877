/**
 * The gig log's edits as pure rules (section → section): platforms, work entries, screenings
 * and imported payouts. Ids are readable and unique (unique-id.ts). Limits are not checked
 * here: main refuses a section past GIG_LIMITS, and the screens ask `roomFor` first so the
 * user is told before trying.
 *
 * Removing a platform removes its entries and screenings with it: an entry without its
 * platform would be refused by the schema, and keeping them under "unknown" would leave
 * figures the user can no longer edit or explain. The screen says how many go before asking.
 */
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import {
  GIG_LIMITS,
  type GigPlatform,
  type GigSection,
  type Screening,
  type WorkEntry,
} from '../../../../preload/contract/gig-section';
import { uniqueId } from '../unique-id';
import { payoutToEntry, type ImportedPayout } from './payout-import';

export type WorkEntryFields = Omit<WorkEntry, 'id'>;
export type ScreeningFields = Omit<Screening, 'id'>;

const idsOf = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));

/** How many more items the list may take before main refuses the section. */
export function roomFor(section: GigSection, list: 'platforms' | 'entries' | 'screenings'): number {
  const limit = {
    platforms: GIG_LIMITS.platforms,
    entries: GIG_LIMITS.workEntries,
    screenings: GIG_LIMITS.screenings,
  };
  return Math.max(0, limit[list] - section[list].length);
}

/** A name already used by another platform, compared the way a person reads it (case, spaces). */
export function platformNameTaken(
  section: GigSection,
  name: string,
  exceptId: string | null = null,
): boolean {
  const wanted = name.trim().toLocaleLowerCase();
  return section.platforms.some((p) => p.id !== exceptId && p.name.trim().toLocaleLowerCase() === wanted);
}

export function addPlatform(
  section: GigSection,
  name: string,
  currency: CurrencyCode,
  notes = '',
): GigSection {
  const id = uniqueId(name, idsOf(section.platforms), 'platform');
  const platform: GigPlatform = { id, name: name.trim(), currency, notes: notes.trim() };
  return { ...section, platforms: [...section.platforms, platform] };
}

/** A new name, currency or notes; the id stays, so entries and screenings still point to it. */
export function updatePlatform(
  section: GigSection,
  id: string,
  change: Partial<Omit<GigPlatform, 'id'>>,
): GigSection {
  return {
    ...section,
    platforms: section.platforms.map((p) =>
      p.id === id ? { ...p, ...change, name: (change.name ?? p.name).trim() } : p,
    ),
  };
}

/** What removing a platform would take with it, for the confirmation. */
export function platformUsage(section: GigSection, id: string): { entries: number; screenings: number } {
  return {
    entries: section.entries.filter((e) => e.platformId === id).length,
    screenings: section.screenings.filter((s) => s.platformId === id).length,
  };
}

export function removePlatform(section: GigSection, id: string): GigSection {
  return {
    ...section,
    platforms: section.platforms.filter((p) => p.id !== id),
    entries: section.entries.filter((e) => e.platformId !== id),
    screenings: section.screenings.filter((s) => s.platformId !== id),
  };
}

// "mercor-2026-11-02", then "-2", "-3": readable in a saved file, unique within its list.
const itemId = (platformId: string, day: string, taken: ReadonlySet<string>, fallback: string) =>
  uniqueId(`${platformId} ${day}`, taken, fallback);

export function addEntry(section: GigSection, fields: WorkEntryFields): GigSection {
  const id = itemId(fields.platformId, fields.day, idsOf(section.entries), 'entry');
  return { ...section, entries: [...section.entries, { id, ...fields }] };
}

export function updateEntry(section: GigSection, id: string, fields: WorkEntryFields): GigSection {
  return { ...section, entries: section.entries.map((e) => (e.id === id ? { id, ...fields } : e)) };
}

export function removeEntry(section: GigSection, id: string): GigSection {
  return { ...section, entries: section.entries.filter((e) => e.id !== id) };
}

export function addScreening(section: GigSection, fields: ScreeningFields): GigSection {
  const id = itemId(fields.platformId, fields.day, idsOf(section.screenings), 'screening');
  return { ...section, screenings: [...section.screenings, { id, ...fields }] };
}

export function updateScreening(section: GigSection, id: string, fields: ScreeningFields): GigSection {
  return { ...section, screenings: section.screenings.map((s) => (s.id === id ? { id, ...fields } : s)) };
}

export function removeScreening(section: GigSection, id: string): GigSection {
  return { ...section, screenings: section.screenings.filter((s) => s.id !== id) };
}

/**
 * A payout already in the log: the same platform, day, project, paid time, amount and
 * currency as an entry imported before. Statements overlap from one month to the next, and
 * importing a row twice would declare its pay twice to the benefits office.
 */
export function isAlreadyLogged(section: GigSection, platformId: string, payout: ImportedPayout): boolean {
  const candidate = payoutToEntry(payout, platformId, 'candidate');
  return section.entries.some(
    (entry) =>
      entry.platformId === platformId &&
      entry.day === candidate.day &&
      entry.project === candidate.project &&
      entry.paidMinutes === candidate.paidMinutes &&
      entry.currency === candidate.currency &&
      entry.rate.unit === candidate.rate.unit &&
      entry.rate.amountMinor === candidate.rate.amountMinor,
  );
}

/** The rows of a payout statement the user confirmed, as entries of one platform, in file order. */
export function importPayouts(
  section: GigSection,
  platformId: string,
  payouts: readonly ImportedPayout[],
): GigSection {
  const taken = idsOf(section.entries);
  const added = payouts.map((payout) => {
    const id = itemId(platformId, payout.day, taken, 'entry');
    taken.add(id);
    return payoutToEntry(payout, platformId, id);
  });
  return { ...section, entries: [...section.entries, ...added] };
}

/** Entries or screenings newest first (by day; on the same day the one logged last comes first). */
export function newestFirst<T extends { day: string }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.day === b.item.day ? b.index - a.index : a.item.day < b.item.day ? 1 : -1))
    .map(({ item }) => item);
}
