/**
 * A French claimant who tutors for a US platform: €6,000 on hand, €1,500 rent on the 1st, an
 * ARE claim from 1 September 2026 (€37.42 a day, 182 days; €35.62 net), USD rates dated
 * 1 and 15 October, and 60 hours at $21 logged in October (tests/unit/budget/gig-feed.test.ts
 * works the figures out by hand). With `plannedSideMinor`, a side income from December on.
 */
import type { Language, PlannerDocument } from '../../preload/contract/document';
import type { GigSection } from '../../preload/contract/gig-section';
import { account, areClaim, budget, expense } from './budgets';
import { validDocument } from './fixtures';

const work = (id: string, day: string, hours: number) => ({
  id,
  platformId: 'outlier',
  project: 'Finance rubric',
  day,
  paidMinutes: hours * 60,
  unpaidMinutes: { onboarding: 0, assessment: 0, waiting: 0 },
  tasks: 0,
  rate: { amountMinor: 2100, unit: 'hour' as const },
  currency: 'USD' as const,
  paidOn: null,
  payout: null,
  note: '',
});

export const OCTOBER_TUTORING: GigSection = {
  platforms: [{ id: 'outlier', name: 'Outlier', currency: 'USD', notes: '' }],
  // 4 days of 5 h before the 15th ($420.00), 5 days of 8 h after it ($840.00).
  entries: [
    ...[5, 6, 7, 8].map((day) => work(`work-0${day}`, `2026-10-0${day}`, 5)),
    ...[19, 20, 21, 22, 23].map((day) => work(`work-${day}`, `2026-10-${day}`, 8)),
  ],
  screenings: [],
  taxes: { microActivity: 'bnc', withholdUnemployment: false, overrides: {} },
};

export function gigBudgetDocument(
  options: { language?: Language; theme?: 'light' | 'dark'; plannedSideMinor?: number } = {},
): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language: options.language ?? 'en', theme: options.theme ?? 'light' },
    path: { ...base.path, milestones: [] },
    applications: { ...base.applications, applications: [] },
    gig: OCTOBER_TUTORING,
    budget: budget({
      accounts: [account(600000)],
      expenses: [expense(150000, 1, true, 'rent')],
      sideIncomes:
        options.plannedSideMinor === undefined
          ? []
          : [
              {
                id: 'tutoring',
                label: 'Tutoring',
                monthlyMinor: options.plannedSideMinor,
                startsOn: '2026-12-01',
                endsOn: null,
                netPercent: 100,
              },
            ],
      benefits: {
        amountMinor: 112260,
        period: 'month',
        startsOn: '2026-09-01',
        payments: 7,
        reducedAmountMinor: null,
        reducedFromPayment: null,
        finalPaymentMinor: null,
        partialPercent: 70,
        partialDisregardMinor: 0,
        netPercent: 100,
        endsWithNewJob: true,
        are: areClaim({ dailyReferenceMinor: 6000, dailyMinor: 3742, capitalDays: 182 }),
      },
      exchangeRates: [
        { currency: 'USD', homePerUnitMicros: 920_000, asOf: '2026-10-01', note: 'ECB' },
        { currency: 'USD', homePerUnitMicros: 860_000, asOf: '2026-10-15', note: 'ECB' },
      ],
    }),
  };
}
