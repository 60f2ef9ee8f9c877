/**
 * The English interface texts as fragments, for proving French mode left none behind.
 * Placeholders split a text into fragments ("{{count}} days since your layoff ({{date}})."
 * gives "days since your layoff ("), so interpolated strings are checked too.
 */
import { en } from '../../renderer/src/i18n/en';

type Tree = { [key: string]: string | Tree };

export function translationLeaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of translationLeaves(value, path)) out.set(inner, text);
  }
  return out;
}

/** Keys whose text is the same in both languages on purpose. */
export const SAME_IN_BOTH = new Set([
  'app.name',
  'languages.en',
  'languages.fr',
  'nav.menu',
  'nav.budget',
  'nav.export',
  'dates.month',
  'skills.levels.4', // Expert
  'skills.evidence.note', // Note
  'skills.detail.points', // Points
  'skills.editor.description', // Description
  'path.tabs.plan', // Plan
  'path.list.effort', // {{hours}} h
  'path.list.dates', // {{start}} – {{end}}
  'path.edit.notes', // Notes
  'applications.table.columns.organisation', // Organisation
  'applications.form.organisation',
  'applications.files.logColumns.organisation',
  'applications.files.logColumns.on', // Date
  'applications.files.logColumns.contact', // Contact
  'applications.form.contacts', // Contacts
  'applications.form.contact', // Contact {{number}}
  'applications.form.dates', // Dates
  'applications.form.notes', // Notes
  'applications.form.contactNotes',
  'budget.title', // Budget
  'budget.are.source', // Source
  'budget.whatIf.percent', // {{percent}} %
  'export.situation.title', // Situation
  'export.log.date', // Date
  'export.log.organisation', // Organisation
  'export.log.contact', // Contact
  'about.version', // Version
  // US states' names, and Date, are the same in French.
  'duties.us.states.CT',
  'duties.us.states.NY',
  'duties.us.states.NE',
  'duties.us.states.TX',
  'duties.us.fields.date',
  // Gig work: Minutes, Note, Format are French words too; a dash and a line of placeholders.
  'gig.entries.paidMinutes',
  'gig.entries.note',
  'gig.import.fields.note',
  'gig.screenings.note',
  'gig.screenings.format',
  'gig.rates.none', // —
  'gig.entries.summary', // {{day}} · {{platform}} · {{project}}
]);

/** Fragments that are French words too ("Import 1 application" and "l’application"). */
const FRENCH_TOO = new Set(['application']);

export function englishFragments(): string[] {
  const fragments = new Set<string>();
  for (const [key, text] of translationLeaves(en)) {
    // File names are not prose, and their pieces (".ics") appear in French labels too.
    if (SAME_IN_BOTH.has(key) || /fileName$/i.test(key)) continue;
    for (const part of text.split(/{{\s*\w+\s*}}/)) {
      const trimmed = part.trim();
      // Fragments without words ("/ 100") are shared by both languages.
      if (trimmed.length >= 4 && /\p{L}{2}/u.test(trimmed) && !FRENCH_TOO.has(trimmed))
        fragments.add(trimmed);
    }
  }
  return [...fragments];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fragments found as whole words: French "Comparer" does not contain English "Compare". */
export function englishLeftIn(visibleText: string): string[] {
  return englishFragments().filter((fragment) =>
    new RegExp(`(?<!\\p{L})${escape(fragment)}(?!\\p{L})`, 'u').test(visibleText),
  );
}
