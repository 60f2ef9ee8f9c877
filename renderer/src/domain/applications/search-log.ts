/**
 * The job-search log unemployment offices and counsellors ask for (CareerOneStop's tracking
 * sheet, France Travail's "actes de recherche"): one dated line per thing the user did or
 * heard back, with the organisation, the role, the contact and the outcome so far.
 */
import type { Application } from '../../../../preload/contract/applications-section';

export interface LogEntry {
  on: string;
  organisation: string;
  role: string;
  contact: string;
  action: string;
  outcome: string;
}

export interface LogWording {
  stage: (stageId: string) => string;
  contacted: (name: string) => string;
  assessment: (kind: string) => string;
}

export function searchLog(
  applications: readonly Application[],
  wording: LogWording,
  range: { from: string | null; to: string | null } = { from: null, to: null },
): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const a of applications) {
    const base = { organisation: a.organisation, role: a.role, contact: a.contacts[0]?.name ?? '' };
    const outcome = wording.stage(a.stageId);
    for (const entry of a.history) {
      const action =
        entry.note === '' ? wording.stage(entry.stageId) : `${wording.stage(entry.stageId)}: ${entry.note}`;
      entries.push({ ...base, on: entry.on, action, outcome });
    }
    for (const contact of a.contacts) {
      if (contact.lastContacted === null) continue;
      entries.push({
        ...base,
        on: contact.lastContacted,
        contact: contact.name,
        action: wording.contacted(contact.name),
        outcome,
      });
    }
    for (const assessment of a.assessments) {
      if (assessment.deadline === null) continue;
      entries.push({
        ...base,
        on: assessment.deadline,
        action: wording.assessment(assessment.kind),
        outcome: assessment.result === '' ? outcome : assessment.result,
      });
    }
  }
  return entries
    .filter((e) => (range.from === null || e.on >= range.from) && (range.to === null || e.on <= range.to))
    .sort((x, y) => x.on.localeCompare(y.on) || x.organisation.localeCompare(y.organisation));
}
