/**
 * Everything the Budget screen shows, from the saved sections: the scenarios (Baseline, Lean,
 * Pessimistic and the user's own), each projected; what-ifs change the Baseline only.
 */
import { isoMonthsAfter } from '../day-index';
import type { BudgetSection } from '../../../../preload/contract/budget-section';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import type { ExpectedIncome } from '../applications/offers';
import { fixedFlows, scenarioFlows, type Flow, type NewIncome, type ScenarioSettings } from './flows';
import type { GigFeed } from './gig-feed';
import { PROJECTION_MONTHS, project, type Projection } from './projection';
import { withVolatility, type VolatilityScenario } from './volatility';

export interface WhatIf {
  discretionaryCutPercent: number | null;
  offerShiftMonths: number;
  extraSideMonthlyMinor: number;
}
export const NO_WHAT_IF: WhatIf = {
  discretionaryCutPercent: null,
  offerShiftMonths: 0,
  extraSideMonthlyMinor: 0,
};

export interface ScenarioResult {
  id: string;
  /** Null for the three built-in scenarios, whose names are translated. */
  name: string | null;
  projection: Projection;
}

export interface BudgetInput {
  section: BudgetSection;
  offers: readonly ExpectedIncome[];
  currency: CurrencyCode;
  pathCosts: readonly { label: string; amountMinor: number; on: string }[];
  start: string;
  /** The gig log's past months (gig-feed.ts); absent or null: the plan alone. */
  gig?: GigFeed | null;
  /** Gig what-ifs the user opened (volatility.ts), each projected beside the Baseline. */
  volatility?: readonly VolatilityScenario[];
  /** US: the W-4V withholding on each benefit payment, basis points (0 or absent: none). */
  benefitWithholdingBasisPoints?: number;
}

export function startingBalances(section: BudgetSection): { spendableMinor: number; emergencyMinor: number } {
  const sum = (emergency: boolean) =>
    section.accounts
      .filter((a) => a.emergencyOnly === emergency)
      .reduce((total, a) => total + a.balanceMinor, 0);
  return { spendableMinor: sum(false), emergencyMinor: sum(true) };
}

/** Offers the budget can place: same currency, a monthly figure and a start date. */
export function placeableOffers(offers: readonly ExpectedIncome[], currency: CurrencyCode): NewIncome[] {
  return offers.flatMap((offer) =>
    offer.monthlyMinor !== null && offer.start !== null && offer.currency === currency
      ? [
          {
            label: offer.organisation,
            monthlyMinor: offer.monthlyMinor,
            startsOn: offer.start,
            likelihood: offer.likelihood,
          },
        ]
      : [],
  );
}

function scenarioSettings(
  section: BudgetSection,
  whatIf: WhatIf,
): { id: string; name: string | null; settings: ScenarioSettings }[] {
  const base: ScenarioSettings = {
    discretionaryCutPercent: 0,
    offerDelayMonths: 0,
    benefitCutPercent: 0,
    sideCutPercent: 0,
    offerThresholdPercent: section.offerThresholdPercent,
    extraSideMonthlyMinor: 0,
  };
  const { pessimistic } = section.scenarios;
  return [
    {
      id: 'baseline',
      name: null,
      settings: {
        ...base,
        discretionaryCutPercent: whatIf.discretionaryCutPercent ?? 0,
        extraSideMonthlyMinor: whatIf.extraSideMonthlyMinor,
      },
    },
    {
      id: 'lean',
      name: null,
      settings: { ...base, discretionaryCutPercent: section.scenarios.leanCutPercent },
    },
    { id: 'pessimistic', name: null, settings: { ...base, ...pessimistic, offerThresholdPercent: 100 } },
    ...section.scenarios.custom.map((custom) => ({
      id: custom.id,
      name: custom.name,
      settings: { ...base, ...custom },
    })),
  ];
}

export function buildBudget(input: BudgetInput, whatIf: WhatIf = NO_WHAT_IF): ScenarioResult[] {
  const end = isoMonthsAfter(input.start, PROJECTION_MONTHS + 1);
  const shift = (income: NewIncome): NewIncome => ({
    ...income,
    startsOn: isoMonthsAfter(income.startsOn, whatIf.offerShiftMonths),
  });
  const typedIn: NewIncome[] = input.section.newIncomes;
  const offers = [...typedIn, ...placeableOffers(input.offers, input.currency)];
  const { spendableMinor } = startingBalances(input.section);
  const flowInput = {
    section: input.section,
    newIncomes: offers,
    pathCosts: input.pathCosts,
    start: input.start,
    end,
    gig: input.gig ?? null,
    benefitWithholdingBasisPoints: input.benefitWithholdingBasisPoints ?? 0,
  };
  // One-off payments, essential costs and the Path's costs are the same in every scenario.
  const fixed = fixedFlows(flowInput);
  const projected = (flows: Flow[]) => project(flows, input.start, spendableMinor, input.section.floorMinor);
  const settingsList = scenarioSettings(input.section, whatIf);
  const results: ScenarioResult[] = settingsList.map(({ id, name, settings }) => {
    const newIncomes = id === 'baseline' && whatIf.offerShiftMonths !== 0 ? offers.map(shift) : offers;
    const flows = scenarioFlows({ ...flowInput, newIncomes }, settings, fixed);
    return { id, name, projection: projected(flows) };
  });
  // Gig what-ifs: the Baseline's settings on a budget whose side income shrinks (volatility.ts);
  // side income is not among the fixed flows, so those are shared.
  const baseline = settingsList[0]?.settings;
  const baselineIncomes = whatIf.offerShiftMonths !== 0 ? offers.map(shift) : offers;
  for (const scenario of baseline ? (input.volatility ?? []) : []) {
    const section = withVolatility(input.section, scenario);
    const flows = scenarioFlows(
      { ...flowInput, section, newIncomes: baselineIncomes },
      baseline as ScenarioSettings,
      fixed,
    );
    results.push({ id: scenario.id, name: null, projection: projected(flows) });
  }
  return results;
}

/**
 * The Baseline as it would be without the gig log (the plan for every month), to show what
 * the logged months change: days not paid stay in an ARE claim, so it ends later.
 */
export function baselineWithoutLog(input: BudgetInput): Projection | null {
  if (!input.gig || input.gig.from === null) return null;
  return buildBudget({ ...input, gig: null, volatility: [] })[0]?.projection ?? null;
}
