/**
 * Offers the Budget can count on as new income: accepted ones, offers on the table, and any
 * application the user gave an expected start and a likelihood. Pay becomes a monthly amount
 * in minor units; a range counts at its lower end (the careful reading), and the conversions
 * round half up to the cent once, at the end.
 */
import type { Application, ApplicationsSection } from '../../../../preload/contract/applications-section';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';

export interface ExpectedIncome {
  applicationId: string;
  organisation: string;
  role: string;
  /** Null when the pay is per task (a monthly figure would be a guess) or not given. */
  monthlyMinor: number | null;
  currency: CurrencyCode | null;
  start: string | null;
  /** 100 for an accepted offer. */
  likelihood: number;
}

const WEEKS_PER_YEAR = 52;

export function monthlyPay(pay: Application['pay'], hoursPerWeek: number): number | null {
  if (pay === null) return null;
  switch (pay.unit) {
    case 'month':
      return pay.minMinor;
    case 'year':
      return Math.round(pay.minMinor / 12);
    case 'hour':
      return Math.round((pay.minMinor * hoursPerWeek * WEEKS_PER_YEAR) / 12);
    case 'task':
      return null;
  }
}

export function expectedIncomes(section: ApplicationsSection, hoursPerWeek: number): ExpectedIncome[] {
  const kind = new Map(section.stages.map((stage) => [stage.id, stage.kind]));
  return section.applications.flatMap((a) => {
    const won = kind.get(a.stageId) === 'won';
    const offered = a.stageId === 'offer';
    const expected = a.expectedStart !== null && a.likelihood !== null && kind.get(a.stageId) !== 'closed';
    if (!won && !offered && !expected) return [];
    return [
      {
        applicationId: a.id,
        organisation: a.organisation,
        role: a.role,
        monthlyMinor: monthlyPay(a.pay, hoursPerWeek),
        currency: a.pay?.currency ?? null,
        start: a.expectedStart,
        likelihood: won ? 100 : (a.likelihood ?? 50),
      },
    ];
  });
}
