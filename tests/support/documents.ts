/** Valid documents of any size, for backup and restore tests. */
import type { PlannerDocument } from '../../preload/contract/document';
import { validDocument } from './fixtures';
import { generatedApplications } from './generated-applications';

/** The fixture with this name and `count` applications, each carrying `notes`. */
export function documentWith(name: string, notes: string, count: number): PlannerDocument {
  const base = validDocument();
  const applications = generatedApplications(count, '2026-11-21').map((a) => ({ ...a, notes }));
  return {
    ...base,
    profile: { ...base.profile, name },
    applications: { ...base.applications, applications },
  };
}
