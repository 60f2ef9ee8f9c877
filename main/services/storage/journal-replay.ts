/**
 * What one change does to the document, written once and used both live (the storage
 * service, before the change is journaled) and at start-up (replaying the journal), so a
 * replayed document is exactly the one the user had. Each change is checked on its own: the
 * section against its schema, the application against the application schema and the
 * section's limit. The rest of the document is already valid and no rule spans sections,
 * so that is the same check as validating the whole document, without re-reading 20,000
 * applications for each one.
 */
import type { z } from 'zod';
import {
  MAX_APPLICATIONS,
  applicationSchema,
  type Application,
} from '../../../preload/contract/applications-section';
import { plannerDocumentSchema, type PlannerDocument } from '../../../preload/contract/document';
import { idSchema } from '../../../preload/contract/skills-section';
import type { JournalChange } from './journal-format';
import type { JsonObject } from './migrations';

export type SectionName = Exclude<keyof PlannerDocument, 'schemaVersion'>;

export type ChangeCheck =
  | { ok: true; change: JournalChange }
  | { ok: false; message: string; issues: { path: string; message: string }[] };

const isSection = (name: string): name is SectionName =>
  name !== 'schemaVersion' && Object.hasOwn(plannerDocumentSchema.shape, name);

function refused(prefix: string, error: z.ZodError): ChangeCheck {
  return {
    ok: false,
    message: 'the document would not be valid',
    issues: error.issues.map((issue) => ({
      path: [prefix, ...issue.path].join('.'),
      message: issue.message,
    })),
  };
}

/** Validates `change` on its own: the section against its schema, or the application. */
export function checkChangeAlone(change: JournalChange): ChangeCheck {
  if (change.op === 'section') {
    if (!isSection(change.section))
      return { ok: false, message: `unknown section ${change.section}`, issues: [] };
    const checked = plannerDocumentSchema.shape[change.section].safeParse(change.value);
    if (!checked.success) return refused(change.section, checked.error);
    return { ok: true, change: { op: 'section', section: change.section, value: checked.data } };
  }
  if (change.op === 'remove') {
    const id = idSchema.safeParse(change.id);
    return id.success ? { ok: true, change: { op: 'remove', id: id.data } } : refused('id', id.error);
  }
  const application = applicationSchema.safeParse(change.application);
  if (!application.success) return refused('application', application.error);
  return { ok: true, change: { op: 'put', application: application.data } };
}

const overLimit = (): ChangeCheck => ({
  ok: false,
  message: `at most ${MAX_APPLICATIONS} applications`,
  issues: [],
});

/** Validates `change` against `document`: on its own, then the limit on applications. */
export function checkChange(document: PlannerDocument, change: JournalChange): ChangeCheck {
  const checked = checkChangeAlone(change);
  if (!checked.ok || checked.change.op !== 'put') return checked;
  const { id } = checked.change.application as Application;
  const current = document.applications.applications;
  return current.length >= MAX_APPLICATIONS && !current.some((a) => a.id === id) ? overLimit() : checked;
}

/**
 * Applies a change to a document as plain JSON: a checked change to a valid document, or,
 * for a journal from an older schema, an unchecked one before migrating (see
 * load-document.ts). Throws when the document has no applications list to patch.
 */
export function applyChange<T extends JsonObject>(document: T, change: JournalChange): T {
  if (change.op === 'section') return { ...document, [change.section]: change.value };
  const section = document.applications as JsonObject | undefined;
  const list = section?.applications;
  if (!section || !Array.isArray(list)) throw new Error('the document has no applications list');
  const applications = list as { id?: unknown }[];
  let next: unknown[];
  if (change.op === 'remove') {
    next = applications.filter((a) => a.id !== change.id);
  } else {
    const id = (change.application as { id?: unknown }).id;
    const index = applications.findIndex((a) => a.id === id);
    const application = change.application as { id?: unknown };
    next = index < 0 ? [...applications, application] : applications.with(index, application);
  }
  return { ...document, applications: { ...section, applications: next } };
}

/** Applies a change already checked against `document` with checkChange. */
export const applyCheckedChange = (document: PlannerDocument, change: JournalChange): PlannerDocument =>
  applyChange(document as unknown as JsonObject, change) as unknown as PlannerDocument;

/** Each id's first position in the list, as findIndex would find it. */
function positions(list: readonly Application[]): Map<string, number> {
  const ids = new Map<string, number>();
  list.forEach((application, index) => {
    if (!ids.has(application.id)) ids.set(application.id, index);
  });
  return ids;
}

/**
 * Checks and applies `changes` in order, exactly as checkChange and applyCheckedChange one by
 * one would (a property test holds them equal), but with an index of application ids, so
 * replaying 500 changes on 20,000 applications stays linear. Stops at the first change that
 * fails its check; `applied` counts those before it.
 */
export function replayChanges(
  document: PlannerDocument,
  changes: readonly JournalChange[],
): { document: PlannerDocument; applied: number } {
  let sections = document;
  let list = document.applications.applications.slice();
  let ids = positions(list);
  let applied = 0;
  for (const change of changes) {
    const checked = checkChangeAlone(change);
    if (!checked.ok) break;
    const next = checked.change;
    if (next.op === 'section') {
      sections = { ...sections, [next.section]: next.value };
      if (next.section === 'applications') {
        list = sections.applications.applications.slice();
        ids = positions(list);
      }
    } else if (next.op === 'remove') {
      if (ids.has(next.id)) {
        list = list.filter((a) => a.id !== next.id);
        ids = positions(list);
      }
    } else {
      const application = next.application as Application;
      const at = ids.get(application.id);
      if (at !== undefined) list[at] = application;
      else if (list.length >= MAX_APPLICATIONS) break;
      else ids.set(application.id, list.push(application) - 1);
    }
    applied += 1;
  }
  const replayed = { ...sections, applications: { ...sections.applications, applications: list } };
  return { document: replayed, applied };
}
