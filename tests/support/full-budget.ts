/** A budget with every kind of entry, for benchmarks and end-to-end journeys. */
import { budgetSectionSchema, emptyBudgetSection } from '../../preload/contract/budget-section';

export const FULL_BUDGET = budgetSectionSchema.parse({
  ...emptyBudgetSection(),
  floorMinor: 50000,
  accounts: [
    { id: 'current', name: 'Current', balanceMinor: 820000, emergencyOnly: false },
    { id: 'savings', name: 'Savings', balanceMinor: 1200000, emergencyOnly: false },
    { id: 'rainy', name: 'Rainy day', balanceMinor: 300000, emergencyOnly: true },
  ],
  expenses: Array.from({ length: 20 }, (_, i) => ({
    id: `cost-${i}`,
    label: `Cost ${i}`,
    category: i % 2 ? 'Home' : 'Life',
    monthlyMinor: 2500 + i * 1700,
    essential: i % 3 !== 0,
    dayOfMonth: 1 + ((i * 3) % 31),
  })),
  oneOffIncomes: [
    { id: 'severance', kind: 'severance', label: '', amountMinor: 900000, on: '2026-12-15', netPercent: 100 },
  ],
  oneOffExpenses: Array.from({ length: 10 }, (_, i) => ({
    id: `once-${i}`,
    label: `Once ${i}`,
    amountMinor: 9000 + i * 1000,
    on: `2027-0${1 + (i % 9)}-1${i % 10}`,
  })),
  benefits: {
    amountMinor: 168660,
    period: 'month',
    startsOn: '2027-01-20',
    payments: 15,
    reducedAmountMinor: 118062,
    reducedFromPayment: 7,
    finalPaymentMinor: 84330,
    partialPercent: 70,
    partialDisregardMinor: 0,
    netPercent: 93,
    endsWithNewJob: true,
    are: null,
  },
  sideIncomes: [
    {
      id: 'tutoring',
      label: 'Tutoring',
      monthlyMinor: 40000,
      startsOn: '2026-12-01',
      endsOn: null,
      netPercent: 78,
    },
    {
      id: 'gigs',
      label: 'Gigs',
      monthlyMinor: 25000,
      startsOn: '2027-02-01',
      endsOn: '2027-09-01',
      netPercent: 78,
    },
  ],
  newIncomes: [
    { id: 'mercor', label: 'Mercor', monthlyMinor: 310000, startsOn: '2027-06-01', likelihood: 60 },
  ],
  scenarios: {
    leanCutPercent: 50,
    pessimistic: { offerDelayMonths: 3, benefitCutPercent: 10, sideCutPercent: 50 },
    custom: [
      {
        id: 'no-side',
        name: 'No side work',
        discretionaryCutPercent: 20,
        offerDelayMonths: 0,
        benefitCutPercent: 0,
        sideCutPercent: 100,
      },
      {
        id: 'late',
        name: 'Late job',
        discretionaryCutPercent: 30,
        offerDelayMonths: 6,
        benefitCutPercent: 0,
        sideCutPercent: 0,
      },
    ],
  },
});
