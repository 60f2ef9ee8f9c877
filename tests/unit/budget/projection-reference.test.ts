/** Reference cases, each worked out by hand in the comments, to the cent and the day. */
import { describe, expect, it } from 'vitest';
import type { Benefits } from '../../../preload/contract/budget-section';
import { buildBudget } from '../../../renderer/src/domain/budget/budget-plan';
import { scenarioFlows } from '../../../renderer/src/domain/budget/flows';
import { readinessVerdict } from '../../../renderer/src/domain/budget/verdict';
import { estimateAre } from '../../../renderer/src/domain/budget/are-estimator';
import { account, baseline, budget, expense } from '../../support/budgets';

const monthly = (
  amountMinor: number,
  startsOn: string,
  payments: number,
  changes: Partial<Benefits> = {},
): Benefits => ({
  amountMinor,
  period: 'month',
  startsOn,
  payments,
  reducedAmountMinor: null,
  reducedFromPayment: null,
  finalPaymentMinor: null,
  partialPercent: 0,
  partialDisregardMinor: 0,
  netPercent: 100,
  endsWithNewJob: true,
  are: null,
  ...changes,
});
const settings = {
  discretionaryCutPercent: 0,
  offerDelayMonths: 0,
  benefitCutPercent: 0,
  sideCutPercent: 0,
  offerThresholdPercent: 50,
  extraSideMonthlyMinor: 0,
};
const flowsOf = (
  section: ReturnType<typeof budget>,
  start: string,
  newIncomes = [] as { label: string; monthlyMinor: number; startsOn: string; likelihood: number }[],
) => scenarioFlows({ section, newIncomes, pathCosts: [], start, end: '2030-01-01' }, settings);

describe('runway reference cases', () => {
  it('1. zero savings: the first rent day is the runway end', () => {
    const result = baseline(budget({ expenses: [expense(50000, 5)] }), '2026-01-01');
    expect(result.runwayEnd).toBe('2026-01-05');
    expect(result.runway).toEqual({ months: 0, days: 4 });
  });

  it('2. a balance already below the floor ends the runway on the first day', () => {
    const result = baseline(budget({ accounts: [account(10000)], floorMinor: 20000 }), '2026-01-01');
    expect(result.runwayEnd).toBe('2026-01-01');
  });

  it('3. 3,000.00 against 1,000.00 rent on the 1st: 2,000, 1,000, 0 (not below), then −1,000 on 1 April', () => {
    const result = baseline(
      budget({ accounts: [account(300000)], expenses: [expense(100000, 1)] }),
      '2026-01-01',
    );
    expect(result.runwayEnd).toBe('2026-04-01');
    expect(result.runway).toEqual({ months: 3, days: 0 });
    expect(result.burnMinor).toBe(100000);
    expect(result.months[2]).toMatchObject({
      start: '2026-03-01',
      startBalanceMinor: 100000,
      endBalanceMinor: 0,
    });
  });

  it('4. an emergency-only account is not spent', () => {
    const result = baseline(
      budget({ accounts: [account(100000), account(900000, true)], expenses: [expense(60000, 10)] }),
      '2026-01-01',
    );
    expect(result.runwayEnd).toBe('2026-02-10'); // 1,000 − 600 = 400, then −200
  });

  it('5. benefits ending mid-month: 7 full payments of 1,686.60 and a last one for 15 days', () => {
    // 56.22/day (see the estimator test) × 30 = 1,686.60; the 8th covers 15 days: 843.30.
    const section = budget({ benefits: monthly(168660, '2026-02-08', 8, { finalPaymentMinor: 84330 }) });
    const benefits = flowsOf(section, '2026-01-01').filter((flow) => flow.kind === 'benefit');
    expect(benefits.map((flow) => flow.on)).toEqual([
      '2026-03-08',
      '2026-04-08',
      '2026-05-08',
      '2026-06-08',
      '2026-07-08',
      '2026-08-08',
      '2026-09-08',
      '2026-10-08',
    ]);
    expect(benefits.at(-1)?.amountMinor).toBe(84330);
    expect(benefits.reduce((sum, flow) => sum + flow.amountMinor, 0)).toBe(7 * 168660 + 84330);
  });

  it('6. a reduction from the 7th month: 5,622.00 six times, then 3,935.40', () => {
    const section = budget({
      benefits: monthly(562200, '2026-01-01', 8, { reducedAmountMinor: 393540, reducedFromPayment: 7 }),
    });
    const amounts = flowsOf(section, '2026-01-01')
      .filter((f) => f.kind === 'benefit')
      .map((f) => f.amountMinor);
    expect(amounts).toEqual([562200, 562200, 562200, 562200, 562200, 562200, 393540, 393540]);
  });

  it('7. working while claiming: 70 % of 400.00 earned in January comes off February’s 1,500.00', () => {
    const section = budget({
      benefits: monthly(150000, '2026-01-01', 6, { partialPercent: 70 }),
      sideIncomes: [
        {
          id: 'tutoring',
          label: 'Tutoring',
          monthlyMinor: 40000,
          startsOn: '2026-01-01',
          endsOn: null,
          netPercent: 100,
        },
      ],
    });
    const feb1 = flowsOf(section, '2026-01-01').filter((flow) => flow.on === '2026-02-01');
    expect(feb1.map((flow) => [flow.kind, flow.amountMinor])).toEqual([
      ['benefit', 122000],
      ['side', 40000],
    ]);
  });

  it('8. a leap year: rent due on the 30th is paid on 29 February 2028, and runs out on 30 March', () => {
    const section = budget({ accounts: [account(100000)], expenses: [expense(60000, 30)] });
    const result = baseline(section, '2028-02-01');
    expect(
      flowsOf(section, '2028-02-01')
        .slice(0, 2)
        .map((flow) => flow.on),
    ).toEqual(['2028-02-29', '2028-03-30']);
    expect(result.runwayEnd).toBe('2028-03-30');
  });

  it('9. benefits starting on the 31st pay on 28 February, 31 March and 30 April', () => {
    const section = budget({ benefits: monthly(100000, '2026-01-31', 3) });
    expect(flowsOf(section, '2026-01-01').map((flow) => flow.on)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
  });

  it('10. an offer starting on 16 April ends benefits: April is paid for 15 of 30 days', () => {
    const section = budget({ benefits: monthly(150000, '2026-01-01', 12) });
    const offer = [{ label: 'Mercor', monthlyMinor: 300000, startsOn: '2026-04-16', likelihood: 100 }];
    const flows = flowsOf(section, '2026-01-01', offer);
    expect(flows.filter((f) => f.kind === 'benefit').map((f) => [f.on, f.amountMinor])).toEqual([
      ['2026-02-01', 150000],
      ['2026-03-01', 150000],
      ['2026-04-01', 150000],
      ['2026-04-16', 75000],
    ]);
    expect(flows.find((f) => f.kind === 'new-income')?.on).toBe('2026-05-16');
  });

  it('11. the Path’s exam fee leaves on its day', () => {
    const result = baseline(budget({ accounts: [account(200000)] }), '2026-01-01', {
      pathCosts: [{ label: 'Licence exam', amountMinor: 35000, on: '2026-03-10' }],
    });
    expect(result.lowest).toEqual({ balanceMinor: 165000, on: '2026-03-10' });
    expect(result.runwayEnd).toBeNull();
  });

  it('12. Lean halves discretionary costs; Pessimistic delays the offer 3 months', () => {
    const section = budget({
      accounts: [account(1000000)],
      expenses: [expense(100000, 1), expense(20000, 1, false, 'outings')],
      newIncomes: [{ id: 'job', label: 'Job', monthlyMinor: 300000, startsOn: '2026-03-01', likelihood: 60 }],
    });
    const [base, lean, pessimistic] = buildBudget({
      section,
      offers: [],
      currency: 'EUR',
      pathCosts: [],
      start: '2026-01-01',
    });
    expect(base?.projection.months[1]?.expenseMinor).toBe(120000);
    expect(lean?.projection.months[1]?.expenseMinor).toBe(110000);
    expect(base?.projection.firstNewIncome).toBe('2026-04-01');
    // Pessimistic counts only certain offers: a 60 % offer is left out.
    expect(pessimistic?.projection.firstNewIncome).toBeNull();
    expect(base?.projection.breakEvenMonth).toBe('2026-04-01');
  });

  it('13. the verdict: a job paying 20 days before the money runs out is 2 weeks ahead; 25 days after is 4 weeks short', () => {
    const withJob = (startsOn: string) =>
      baseline(
        budget({
          accounts: [account(300000)],
          expenses: [expense(100000, 1)],
          // €10 a month: too little to move the runway, so only the first pay's date matters.
          newIncomes: [{ id: 'job', label: 'Job', monthlyMinor: 1000, startsOn, likelihood: 100 }],
        }),
        '2026-01-01',
      );
    // 3,000 − 1,000 on each 1st: 0 left on 1 March, below the floor (0) on 1 April. A job from
    // 12 February pays first on 12 March: 20 days before, so 2 whole weeks ahead.
    expect(readinessVerdict(withJob('2026-02-12'), '2026-01-15', 8)).toEqual({
      kind: 'ahead',
      weeks: 2,
      firstPay: '2026-03-12',
      runwayEnd: '2026-04-01',
    });
    // From 26 March, the first pay is 26 April: 25 days late, so short by 4 weeks (rounded up).
    expect(readinessVerdict(withJob('2026-03-26'), '2026-03-01', 8)).toEqual({
      kind: 'short',
      weeks: 4,
      firstPay: '2026-04-26',
      runwayEnd: '2026-04-01',
    });
  });

  it('14. side work counts by the days it is worked: from 25 January, 7/31 of January', () => {
    // 400.00 × 7 / 31 = 90.32 earned in the January period; 70 % = 63.22 off 1,500.00 = 1,436.78
    // (counted as a whole month before: 1,220.00).
    const section = budget({
      benefits: monthly(150000, '2026-01-01', 6, { partialPercent: 70 }),
      sideIncomes: [
        {
          id: 't',
          label: 'Tutoring',
          monthlyMinor: 40000,
          startsOn: '2026-01-25',
          endsOn: null,
          netPercent: 100,
        },
      ],
    });
    const benefits = flowsOf(section, '2026-01-01').filter((flow) => flow.kind === 'benefit');
    expect(benefits.slice(0, 2).map((flow) => flow.amountMinor)).toEqual([143678, 122000]);
  });
});

describe('France ARE in the projection: a €2,400 a month earner tutoring for €800 a month', () => {
  // 57,600.00 over 730 days, 730 days worked, contract ends 21 February 2026: paid from 1 March
  // (7 waiting days), 45.06 a day for 548 days (see are-payments.test.ts).
  const estimate = estimateAre({
    grossReferenceMinor: 5_760_000,
    referenceDays: 730,
    daysWorked: 730,
    age: 40,
    contractEnd: '2026-02-21',
    supraLegalSeveranceMinor: 0,
    leavePayoutMinor: 0,
    economicDismissal: false,
  });
  const tutoring = {
    id: 'tutoring',
    label: 'Tutoring',
    monthlyMinor: 80000,
    startsOn: '2026-01-01',
    endsOn: null,
    netPercent: 100,
  };
  const benefitTotal = (benefits: Benefits) =>
    scenarioFlows(
      {
        section: budget({ benefits, sideIncomes: [tutoring] }),
        newIncomes: [],
        pathCosts: [],
        start: '2026-01-01',
        end: '2029-01-01', // 36 months
      },
      settings,
    )
      .filter((flow) => flow.kind === 'benefit')
      .reduce((sum, flow) => sum + flow.amountMinor, 0);

  it('pays every one of the 548 days within 36 months, instead of stopping after 19 payments', () => {
    expect(estimate.startsOn).toBe('2026-03-01');
    expect(estimate.benefits.are).toMatchObject({ dailyMinor: 4506, capitalDays: 548 });
    // Before (payments, not days): 18 × (1,351.80 − 560.00) = 14,252.40, the 19th (8 days,
    // 360.48 − 560.00) nothing.
    expect(benefitTotal({ ...estimate.benefits, are: null })).toBe(1_425_240);
    // After, gross: 548 × 45.06 = 24,692.88 over 33 months (17 days a month, then 4): 10,440.48 more.
    const gross = {
      ...estimate.benefits.are!,
      net: { ...estimate.benefits.are!.net, pensionBasisPoints: 0 },
    };
    expect(benefitTotal({ ...estimate.benefits, are: gross })).toBe(2_469_288);
    // What reaches the account: 3 % of the SJR (2.37) comes off each day, no CSG under €60 a day:
    // 548 × 42.69 = 23,394.12.
    expect(benefitTotal(estimate.benefits)).toBe(2_339_412);
  });
});
