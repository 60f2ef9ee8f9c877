/**
 * The Budget screen's numbers, derived from every section it draws on: the budget itself,
 * offers from Applications, the Path's costs and ready date. What-ifs recompute the Baseline
 * (and the ready date, for hours per week) as the user drags.
 */
import { useMemo } from 'react';
import { expectedIncomes } from '../domain/applications/offers';
import {
  buildBudget,
  type BudgetInput,
  type ScenarioResult,
  type WhatIf,
} from '../domain/budget/budget-plan';
import { gigFeed, type GigFeed } from '../domain/budget/gig-feed';
import { benefitWithholdingBasisPoints } from '../domain/budget/gig-taxes';
import { readinessVerdict } from '../domain/budget/verdict';
import { volatilityScenario } from '../domain/budget/volatility';
import { earliestReadyDate, scheduleFor } from '../domain/path/plan-schedule';
import { useApplicationsStore } from '../state/applications-store';
import { useGigWhatIfStore } from '../state/budget-store';
import { useGigStore } from '../state/gig-store';
import { usePathStore } from '../state/path-store';
import { useProfileStore } from '../state/profile-store';
import { useBudgetContext } from './use-budget-context';
import { useMilestoneTitles } from './use-milestone-titles';

// The Runway view asks twice (live, and for the charts once a slider rests) and usually with
// the same what-ifs: the last projection is kept and given again for the same inputs.
let last: { inputs: unknown[]; scenarios: ScenarioResult[] } | null = null;
function buildOnce(input: BudgetInput, whatIf: WhatIf): ScenarioResult[] {
  const inputs = [
    input.section,
    input.offers,
    input.currency,
    input.pathCosts,
    input.start,
    input.gig,
    input.volatility,
    input.benefitWithholdingBasisPoints,
    whatIf.discretionaryCutPercent,
    whatIf.offerShiftMonths,
    whatIf.extraSideMonthlyMinor,
  ];
  if (last && last.inputs.length === inputs.length && inputs.every((value, i) => value === last?.inputs[i])) {
    return last.scenarios;
  }
  last = { inputs, scenarios: buildBudget(input, whatIf) };
  return last.scenarios;
}

// The same for the gig log's months: every budget view (the Runway has two) shares one feed.
let lastFeed: { inputs: unknown[]; feed: GigFeed } | null = null;
function feedOnce(...inputs: Parameters<typeof gigFeed>): GigFeed {
  if (lastFeed && inputs.every((value, i) => value === lastFeed?.inputs[i])) return lastFeed.feed;
  lastFeed = { inputs, feed: gigFeed(...inputs) };
  return lastFeed.feed;
}

export interface BudgetWhatIf extends WhatIf {
  /** Null: the profile's hours. */
  hoursPerWeek: number | null;
}

/**
 * What the budget takes from the other sections: offers from Applications and the Path's
 * costs. The input lists need only these; the projection adds the rest (useBudgetView).
 */
export function useBudgetSources() {
  const context = useBudgetContext();
  const applications = useApplicationsStore((state) => state.section);
  const path = usePathStore((state) => state.section);
  const profileHours = useProfileStore((state) => state.profile?.hoursPerWeek ?? 0);
  const { currency } = context;
  const rates = context.section.exchangeRates;
  // Pay in another currency counts through the user's dated rate for it (or not at all).
  const offers = useMemo(
    () => expectedIncomes(applications, profileHours, { home: currency, rates }),
    [applications, profileHours, currency, rates],
  );
  const displayTitle = useMilestoneTitles();
  const pathCosts = useMemo(
    () =>
      path.milestones.flatMap((m) =>
        m.cost && m.cost.paidOn && m.cost.currency === currency && m.status !== 'skipped'
          ? [{ label: displayTitle(m), amountMinor: m.cost.amountMinor, on: m.cost.paidOn }]
          : [],
      ),
    [path.milestones, currency, displayTitle],
  );
  // The gig log's past months replace the plan's (gig-feed.ts); opened gig what-ifs ride along.
  const gigSection = useGigStore((state) => state.section);
  const choices = useGigWhatIfStore((state) => state.choices);
  const { today, section } = context;
  const gig = useMemo(
    () => feedOnce(gigSection, currency, rates, today),
    [gigSection, currency, rates, today],
  );
  const volatility = useMemo(
    () => choices.map((choice) => volatilityScenario(choice, gigSection, section, currency, rates, today)),
    [choices, gigSection, section, currency, rates, today],
  );
  return { context, path, offers, pathCosts, profileHours, gig, gigSection, volatility };
}

export function useBudgetView(whatIf: BudgetWhatIf) {
  const { context, path, offers, pathCosts, profileHours, gig, gigSection, volatility } = useBudgetSources();
  const { section, currency, today, formatters } = context;
  // US: the W-4V withholding the user asked for comes off each benefit payment.
  const withholding = benefitWithholdingBasisPoints(formatters.country, gigSection.taxes);
  const weekStartsOn: 0 | 1 = formatters.dateLocale.options?.weekStartsOn === 0 ? 0 : 1;
  const hours = whatIf.hoursPerWeek ?? profileHours;
  const readyDate = useMemo(
    () => earliestReadyDate(scheduleFor(path, hours, today, weekStartsOn), path, today),
    [path, hours, today, weekStartsOn],
  );
  const { discretionaryCutPercent, offerShiftMonths, extraSideMonthlyMinor } = whatIf;
  const scenarios = useMemo(
    () =>
      buildOnce(
        {
          section,
          offers,
          currency,
          pathCosts,
          start: today,
          gig,
          volatility,
          benefitWithholdingBasisPoints: withholding,
        },
        { discretionaryCutPercent, offerShiftMonths, extraSideMonthlyMinor },
      ),
    [
      section,
      offers,
      currency,
      pathCosts,
      today,
      gig,
      volatility,
      withholding,
      discretionaryCutPercent,
      offerShiftMonths,
      extraSideMonthlyMinor,
    ],
  );
  // One object per change, so memoised readers (the charts) skip renders that change nothing.
  const weeksToPay = section.weeksFromReadyToPay;
  return useMemo(() => {
    const baseline = scenarios[0];
    const verdict = baseline ? readinessVerdict(baseline.projection, readyDate, weeksToPay) : null;
    return {
      ...context,
      offers,
      pathCosts,
      readyDate,
      scenarios,
      verdict,
      profileHours,
      gig,
      gigSection,
      volatility,
    };
  }, [
    context,
    offers,
    pathCosts,
    readyDate,
    scenarios,
    weeksToPay,
    profileHours,
    gig,
    gigSection,
    volatility,
  ]);
}
