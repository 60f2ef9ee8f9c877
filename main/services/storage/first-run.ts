/**
 * Tells a document that holds something of the user's from one that a first start would
 * create. Used when the data file is missing: backups of an untouched document (a start that
 * failed before anything was saved left them, issue 16.4) are nothing to "recover".
 */
import { isDeepStrictEqual } from 'node:util';
import { createDefaultDocument, type PlannerDocument } from '../../../preload/contract/document';

/**
 * False only for a never-onboarded document with nothing but display preferences (language,
 * theme) changed from a fresh one. Anything more, even without onboarding, counts as data:
 * telling the user once too often is better than silently dropping what they typed.
 */
export function holdsUserData(document: PlannerDocument): boolean {
  if (document.profile.onboardedAt !== null) return true;
  const fresh = { ...createDefaultDocument(), preferences: document.preferences };
  return !isDeepStrictEqual(document, fresh);
}
