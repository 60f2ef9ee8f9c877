/**
 * What needs the user today: follow-ups that are overdue, deadlines coming up (the
 * application's own, its next action, its assessments) and applications silent long enough
 * to call Ghosted. Sorted by date, oldest first, so the most urgent comes first.
 */
import { isoDayAfter } from '../day-index';
import type { Application, ApplicationsSection } from '../../../../preload/contract/applications-section';
import { followUp } from './follow-ups';

export type AttentionKind = 'follow-up' | 'deadline' | 'next-action' | 'assessment' | 'ghosted';

export interface AttentionItem {
  kind: AttentionKind;
  application: Application;
  /** The day it was or is due; for a ghost suggestion, the last sign of life. */
  on: string;
  overdue: boolean;
  /** The assessment's kind, for assessment deadlines. */
  detail: string;
}

const FINISHED_KINDS = new Set(['won', 'closed']);

export function needsAttention(
  section: ApplicationsSection,
  today: string,
  horizonDays = 7,
): AttentionItem[] {
  const horizon = isoDayAfter(today, horizonDays);
  const stageKind = new Map(section.stages.map((stage) => [stage.id, stage.kind]));
  const items: AttentionItem[] = [];
  const dated = (kind: AttentionKind, application: Application, on: string | null, detail = '') => {
    if (on !== null && on <= horizon) items.push({ kind, application, on, overdue: on < today, detail });
  };
  for (const application of section.applications) {
    if (FINISHED_KINDS.has(stageKind.get(application.stageId) ?? 'open')) continue;
    const chase = followUp(application, section, today);
    if (chase.suggestGhosted && chase.lastActivity !== null) {
      items.push({
        kind: 'ghosted',
        application,
        on: chase.lastActivity,
        overdue: true,
        detail: '',
      });
    } else if (chase.overdue && chase.due !== null) {
      dated('follow-up', application, chase.due);
    }
    if (application.appliedOn === null) dated('deadline', application, application.deadline);
    dated('next-action', application, application.nextActionDue, application.nextAction);
    for (const assessment of application.assessments) {
      if (assessment.result === '') dated('assessment', application, assessment.deadline, assessment.kind);
    }
  }
  return items.sort((a, b) => a.on.localeCompare(b.on));
}
