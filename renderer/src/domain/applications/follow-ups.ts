/**
 * Who to chase and who went quiet. The last sign of life is the latest of: applying, a
 * stage change, a contact. A follow-up is due a set number of days after it (7 by
 * default); after a longer silence (21 days) an open application is suggested as Ghosted.
 */
import { dayIndex, isoDayAfter } from '../day-index';
import type {
  Application,
  ApplicationsSection,
  Stage,
} from '../../../../preload/contract/applications-section';

export interface FollowUp {
  lastActivity: string | null;
  due: string | null;
  overdue: boolean;
  suggestGhosted: boolean;
}

export function lastActivity(application: Application): string | null {
  const days = [
    application.appliedOn,
    ...application.history.map((entry) => entry.on),
    ...application.contacts.map((contact) => contact.lastContacted),
  ].filter((day): day is string => day !== null);
  return days.length === 0 ? null : days.reduce((latest, day) => (day > latest ? day : latest));
}

export function followUp(
  application: Application,
  section: Pick<ApplicationsSection, 'settings' | 'stages'>,
  today: string,
): FollowUp {
  const stage: Stage | undefined = section.stages.find((s) => s.id === application.stageId);
  const last = lastActivity(application);
  // Only applications in progress are chased: not saved-but-unsent ones, not finished ones.
  const waiting = stage?.kind === 'open' && application.stageId !== 'saved' && last !== null;
  if (!waiting || last === null)
    return { lastActivity: last, due: null, overdue: false, suggestGhosted: false };
  const due = isoDayAfter(last, section.settings.followUpDays);
  const silence = dayIndex(today) - dayIndex(last);
  return {
    lastActivity: last,
    due,
    overdue: due < today,
    suggestGhosted: silence >= section.settings.ghostDays,
  };
}

/**
 * followUp, remembered per application object: the board asks for every card on each
 * change, and an application that did not change keeps the same answer (and card).
 */
export function followUpsByApplication(
  section: Pick<ApplicationsSection, 'settings' | 'stages'>,
  today: string,
): (application: Application) => FollowUp {
  const cache = new WeakMap<Application, FollowUp>();
  return (application) => {
    const known = cache.get(application);
    if (known) return known;
    const fresh = followUp(application, section, today);
    cache.set(application, fresh);
    return fresh;
  };
}

const normaliseName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * When adding an application: an earlier one to the same organisation that ghosted or
 * rejected the user within `withinDays`, so the app can say so before they apply again.
 */
export function recentSetback(
  applications: readonly Application[],
  organisation: string,
  today: string,
  withinDays = 180,
): Application | null {
  const wanted = normaliseName(organisation);
  if (wanted === '') return null;
  const setbacks = applications.filter((application) => {
    if (normaliseName(application.organisation) !== wanted) return false;
    if (application.stageId !== 'ghosted' && application.stageId !== 'rejected') return false;
    const when = application.history.at(-1)?.on ?? lastActivity(application);
    return when !== null && dayIndex(today) - dayIndex(when) <= withinDays;
  });
  return setbacks.at(-1) ?? null;
}
