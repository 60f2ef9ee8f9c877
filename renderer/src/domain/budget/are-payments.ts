/**
 * France's ARE paid month by month from a claim: a capital of days, of which only the days
 * actually paid are used up (Unédic « cumul allocation et salaire »; worked example on
 * chomeurs-precaires-cgt.fr, « cumuls d'allocations »).
 *
 * Each calendar month, with E the gross earnings of the days worked in it (pro rata by days):
 *   benefit = the month's days × daily amount − 70 % × E, and benefit + E ≤ SJR × 30.42;
 *   days paid = benefit ÷ daily amount, rounded DOWN; the payment is days paid × daily amount.
 * A whole month counts 30 days (since 1 January 2024, whatever its length); the first month,
 * or one cut short by a new job, counts its calendar days. The days not paid stay in the
 * capital, so the claim ends later; the capital limits the days paid, not the month's amount.
 * From the 183rd day paid (règlement, art. 17 bis) a
 * degressive claim pays its reduced daily amount, so one month can hold days at both rates.
 * The cap is the full month's even in a month started or cut short (a simplification).
 */
import type { AreClaim } from '../../../../preload/contract/budget-section';
import { dayIndex } from '../day-index';
import { netDay } from './are-net';
import { earnedBetween, nextMonthStart, type Earning } from './side-earnings';

export interface ArePayment {
  /** The period paid, [from, to). */
  from: string;
  to: string;
  /** Paid the day after the period: the first of the next month, or the new job's first day. */
  on: string;
  earnedMinor: number;
  daysPaid: number;
  grossMinor: number;
  netMinor: number;
  /** Days of the capital used up after this payment. */
  daysUsed: number;
}

export interface AreSchedule {
  claim: AreClaim;
  startsOn: string;
  /** Side work; the claim takes 70 % of what it earns in each month. */
  earnings: readonly Earning[];
  /** The first day of a new job that ends the claim, if any. */
  newJobStarts: string | null;
  /** No month starting on or after this day is paid. */
  until: string;
}

/** Days at the full and at the reduced rate among `count` days paid after `used` days. */
function split(claim: AreClaim, used: number, count: number): { full: number; reduced: number } {
  if (claim.reducedDailyMinor === null) return { full: count, reduced: 0 };
  const full = Math.max(0, Math.min(count, claim.reducedFromDay - 1 - used));
  return { full, reduced: count - full };
}

const grossOf = (claim: AreClaim, days: { full: number; reduced: number }) =>
  days.full * claim.dailyMinor + days.reduced * (claim.reducedDailyMinor ?? 0);

/** The most days (at most `nominal`) whose amount stays within `allowedMinor`: rounded down. */
function daysWithin(claim: AreClaim, used: number, nominal: number, allowedMinor: number): number {
  if (allowedMinor <= 0 || claim.dailyMinor === 0) return 0;
  const { full, reduced } = split(claim, used, nominal);
  const fullDays = Math.min(full, Math.floor(allowedMinor / claim.dailyMinor));
  if (fullDays < full || reduced === 0) return fullDays;
  const reducedDaily = claim.reducedDailyMinor ?? 0;
  const left = allowedMinor - full * claim.dailyMinor;
  return full + (reducedDaily === 0 ? reduced : Math.min(reduced, Math.floor(left / reducedDaily)));
}

export function arePayments(schedule: AreSchedule): ArePayment[] {
  const { claim } = schedule;
  const share = (minor: number) => Math.round((minor * claim.earningsSharePercent) / 100);
  const monthlyCap = Math.round((claim.dailyReferenceMinor * claim.capDaysHundredths) / 100);
  const netFull = netDay(claim.dailyMinor, claim).netMinor;
  const netReduced = claim.reducedDailyMinor === null ? 0 : netDay(claim.reducedDailyMinor, claim).netMinor;
  const payments: ArePayment[] = [];
  let used = 0;
  let from = schedule.startsOn;
  while (used < claim.capitalDays && from < schedule.until) {
    const monthEnd = nextMonthStart(from);
    const job = schedule.newJobStarts;
    const cut = job !== null && job < monthEnd ? job : null;
    if (cut !== null && cut <= from) break;
    const to = cut ?? monthEnd;
    const whole = from.endsWith('-01') && to === monthEnd;
    const nominal = whole ? 30 : dayIndex(to) - dayIndex(from);
    const earned = earnedBetween(schedule.earnings, from, to);
    const monthAmount = grossOf(claim, split(claim, used, nominal));
    const allowed = Math.min(monthAmount - share(earned), monthlyCap - earned);
    // The month's own days set the amount; the capital only limits the days paid.
    const count = Math.min(daysWithin(claim, used, nominal, allowed), claim.capitalDays - used);
    const days = split(claim, used, count);
    used += days.full + days.reduced;
    payments.push({
      from,
      to,
      on: to,
      earnedMinor: earned,
      daysPaid: days.full + days.reduced,
      grossMinor: grossOf(claim, days),
      netMinor: days.full * netFull + days.reduced * netReduced,
      daysUsed: used,
    });
    if (cut !== null) break;
    from = monthEnd;
  }
  return payments;
}
