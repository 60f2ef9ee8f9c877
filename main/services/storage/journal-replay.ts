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
import { MAX_APPLICATIONS, applicationSchema } from '../../../preload/contract/applications-section';
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

/** Validates `change` against `document` (the limit on applications depends on it). */
export function checkChange(document: PlannerDocument, change: JournalChange): ChangeCheck {
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
  const current = document.applications.applications;
  if (current.length >= MAX_APPLICATIONS && !current.some((a) => a.id === application.data.id)) {
    return { ok: false, message: `at most ${MAX_APPLICATIONS} applications`, issues: [] };
  }
  return { ok: true, change: { op: 'put', application: application.data } };
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
