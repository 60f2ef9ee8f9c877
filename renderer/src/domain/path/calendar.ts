/**
 * Milestones as an iCalendar file (RFC 5545, through the `ics` library): one all-day event
 * per scheduled milestone. UIDs come from milestone ids, so importing a newer export into
 * the same calendar updates the events instead of duplicating them. Text is cleaned of
 * control characters and lines are folded by octets (ics-text.ts).
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, parseISO } from 'date-fns';
import type { Milestone } from '../../../../preload/contract/path-section';
import type { ScheduledMilestone } from './schedule';
import { cleanIcsText, refoldIcs } from './ics-text';

export const CALENDAR_PRODUCT_ID = 'passerelle/path';

const dayArray = (isoDay: string, plusDays = 0): DateArray => {
  const date = addDays(parseISO(isoDay), plusDays);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
};

export const milestoneUid = (milestoneId: string): string => `${milestoneId}@passerelle.path`;

export function pathCalendar(
  milestones: readonly Milestone[],
  scheduled: ReadonlyMap<string, ScheduledMilestone>,
  options: { calendarName: string; describe: (milestone: Milestone) => string },
): { ok: true; text: string } | { ok: false; message: string } {
  const events: EventAttributes[] = milestones.flatMap((milestone) => {
    const slot = scheduled.get(milestone.id);
    if (!slot) return [];
    return [
      {
        uid: milestoneUid(milestone.id),
        title: cleanIcsText(milestone.title),
        description: cleanIcsText(options.describe(milestone)),
        start: dayArray(slot.startDate),
        // All-day events end on the day after the last one (DTEND is exclusive).
        end: dayArray(slot.endDate, 1),
        // Planning blocks, not appointments: they should not make the user look busy.
        busyStatus: 'FREE',
        transp: 'TRANSPARENT',
        categories: ['Passerelle'],
        productId: CALENDAR_PRODUCT_ID,
        calName: cleanIcsText(options.calendarName),
      },
    ];
  });
  if (events.length === 0) return { ok: false, message: 'nothing is scheduled' };
  const { error, value } = createEvents(events);
  return error || !value
    ? { ok: false, message: String(error ?? 'empty calendar') }
    : // Folded again by octets: the library folds by characters.
      { ok: true, text: refoldIcs(value) };
}
