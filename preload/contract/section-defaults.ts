/**
 * What a new document's sections hold, built without their zod schemas: the renderer's stores
 * start from these, and importing a section file would build every schema of the document at
 * start-up (about 77 ms and zod's 50 kB gzip before Today could paint; docs/start-up.md).
 * Only type imports here, so nothing else is evaluated.
 */
import type { ApplicationsSection, Stage } from './applications-section';
import type { BudgetSection } from './budget-section';
import type { ClaimantSection } from './claimant-section';
import type { GigSection } from './gig-section';
import type { PathSection } from './path-section';
import type { SkillsSection } from './skills-section';
import type { SummarySettings } from './summary-section';
import { SUMMARY_SECTIONS } from './document-enums';

/** Saved → Applied → Screening → Interview → Offer → Accepted, plus the three endings. */
export const DEFAULT_STAGES: readonly Stage[] = [
  { id: 'saved', name: null, kind: 'open', archived: false },
  { id: 'applied', name: null, kind: 'open', archived: false },
  { id: 'screening', name: null, kind: 'open', archived: false },
  { id: 'interview', name: null, kind: 'open', archived: false },
  { id: 'offer', name: null, kind: 'open', archived: false },
  { id: 'accepted', name: null, kind: 'won', archived: false },
  { id: 'rejected', name: null, kind: 'closed', archived: false },
  { id: 'withdrawn', name: null, kind: 'closed', archived: false },
  { id: 'ghosted', name: null, kind: 'closed', archived: false },
];

export function emptyApplicationsSection(): ApplicationsSection {
  return {
    applications: [],
    stages: DEFAULT_STAGES.map((stage) => ({ ...stage })),
    settings: { followUpDays: 7, ghostDays: 21, weeklyGoal: 5 },
  };
}

export function emptyPathSection(): PathSection {
  return { milestones: [], startDate: null, weekOverrides: [], blackoutWeeks: [], baseline: null };
}

export function emptyBudgetSection(): BudgetSection {
  return {
    floorMinor: 0,
    accounts: [],
    oneOffIncomes: [],
    benefits: null,
    sideIncomes: [],
    newIncomes: [],
    expenses: [],
    oneOffExpenses: [],
    scenarios: {
      leanCutPercent: 50,
      pessimistic: { offerDelayMonths: 3, benefitCutPercent: 10, sideCutPercent: 50 },
      custom: [],
    },
    offerThresholdPercent: 50,
    weeksFromReadyToPay: 8,
    exchangeRates: [],
  };
}

export function emptySkillsSection(): SkillsSection {
  return {
    ratings: [],
    customSkills: [],
    customDomains: [],
    domainOverrides: [],
    gatesMet: [],
    targets: [],
    languagePairs: [],
    suggestions: [],
    background: { work: [], education: [], certificates: [] },
  };
}

export const emptySummarySection = (): SummarySettings => ({
  include: [...SUMMARY_SECTIONS],
  language: null,
  hideAmounts: false,
  logMonths: 3,
  constraints: '',
  note: '',
});

export function emptyGigSection(): GigSection {
  return {
    platforms: [],
    entries: [],
    screenings: [],
    taxes: { microActivity: 'bnc', withholdUnemployment: false, overrides: {} },
  };
}

export function emptyClaimantSection(): ClaimantSection {
  return { usState: null, activitiesPerWeek: null, weeklyActivityHours: null, activities: [] };
}
