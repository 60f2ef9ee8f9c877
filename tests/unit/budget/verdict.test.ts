/**
 * The verdict never invents income. Each case is worked out by hand from a budget that starts
 * on 1 January 2026 with 3,000.00 and spends 1,000.00 on each 1st (floor 0): 2,000 after
 * 1 January, 1,000 after 1 February, 0 after 1 March (not below the floor), −1,000 after
 * 1 April: the money runs out on 1 April 2026.
 */
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { NewIncome } from '../../../renderer/src/domain/budget/flows';
import { readinessVerdict, verdictSentence } from '../../../renderer/src/domain/budget/verdict';
import { formattersFor } from '../../../renderer/src/domain/formatters';
import { account, baseline, budget, expense } from '../../support/budgets';
import { testI18n } from '../../support/test-i18n';

const START = '2026-01-01';
const en: TFunction = testI18n.getFixedT('en');
const fr: TFunction = testI18n.getFixedT('fr');
const enDay = formattersFor('en', 'GB').longDay;
const frDay = formattersFor('fr', 'FR').longDay;

const job = (startsOn: string, monthlyMinor = 1000, likelihood = 100): NewIncome & { id: string } => ({
  id: 'job',
  label: 'Job',
  monthlyMinor,
  startsOn,
  likelihood,
});

const runsOut = (newIncomes: (NewIncome & { id: string })[] = []) =>
  baseline(budget({ accounts: [account(300000)], expenses: [expense(100000, 1)], newIncomes }), START);

const lasts = (newIncomes: (NewIncome & { id: string })[] = []) =>
  // 500,000.00 at 1,000.00 a month lasts well beyond 36 months.
  baseline(budget({ accounts: [account(50000000)], expenses: [expense(100000, 1)], newIncomes }), START);

describe('the verdict with no job and no counted offer', () => {
  it('says no first pay is planned and the day the money runs out, with the Path target labelled as one', () => {
    const projection = runsOut();
    // Ready 15 January + 8 weeks = 12 March: a target, not income.
    const verdict = readinessVerdict(projection, '2026-01-15', 8);
    expect(verdict).toEqual({
      kind: 'no-income-runs-out',
      runwayEnd: '2026-04-01',
      target: { date: '2026-03-12', weeksAfterReady: 8 },
    });
    expect(verdictSentence(verdict, en, enDay)).toBe(
      'No first pay is planned: no expected job and no counted offer. At this rate the money runs out on 1 April 2026.',
    );
    expect(verdictSentence(verdict, fr, frDay)).toBe(
      'Aucun premier salaire n’est prévu\u202f: ni emploi attendu, ni offre comptée. À ce rythme, l’argent s’épuise le 1er avril 2026.',
    );
    expect(en('budget.verdict.target', { date: enDay('2026-03-12'), count: 8 })).toBe(
      'Your target, not planned income: a first pay by 12 March 2026, 8 weeks after your ready date. The budget does not count it.',
    );
  });

  it('never counts the target as income: the runway is the same with or without a ready date', () => {
    const projection = runsOut();
    expect(projection.firstNewIncome).toBeNull();
    expect(readinessVerdict(projection, null, 8)).toEqual({
      kind: 'no-income-runs-out',
      runwayEnd: '2026-04-01',
      target: null,
    });
  });

  it('says no first pay is planned, and that the money still lasts the 36 months', () => {
    const verdict = readinessVerdict(lasts(), '2026-01-15', 8);
    expect(verdict).toEqual({ kind: 'no-income-lasts', target: { date: '2026-03-12', weeksAfterReady: 8 } });
    expect(verdictSentence(verdict, en, enDay)).toBe(
      'No first pay is planned: no expected job and no counted offer. Your money still lasts the 36 months projected.',
    );
  });

  it('does not count an expected job below the likelihood threshold (50 %) as a first pay', () => {
    // A 40 % job is left out of the Baseline, so the verdict is the same as with no job at all.
    const verdict = readinessVerdict(runsOut([job('2026-02-12', 1000, 40)]), null, 8);
    expect(verdict.kind).toBe('no-income-runs-out');
  });
});

describe('the verdict with a job', () => {
  it('a job paying before the runway ends: ahead by whole weeks', () => {
    // From 12 February (€10 a month, too little to move the runway), first pay 12 March:
    // 20 days before 1 April, 2 whole weeks ahead.
    const verdict = readinessVerdict(runsOut([job('2026-02-12')]), null, 8);
    expect(verdict).toEqual({ kind: 'ahead', weeks: 2, firstPay: '2026-03-12', runwayEnd: '2026-04-01' });
    expect(verdictSentence(verdict, en, enDay)).toBe('First pay planned 2 weeks before the money runs out.');
  });

  it('a job paying after the runway ends: short, rounded up to whole weeks', () => {
    // From 2 April, first pay 2 May: 31 days after 1 April, so short by 5 weeks (4.4 rounded up).
    const verdict = readinessVerdict(runsOut([job('2026-04-02')]), '2026-01-15', 8);
    expect(verdict).toEqual({ kind: 'short', weeks: 5, firstPay: '2026-05-02', runwayEnd: '2026-04-01' });
    expect(verdictSentence(verdict, en, enDay)).toBe(
      'Short by 5 weeks: the money runs out before the first pay.',
    );
    expect(verdictSentence(verdict, fr, frDay)).toBe(
      'Il manque 5 semaines\u202f: l’argent s’épuise avant le premier salaire.',
    );
  });

  it('a job with money that lasts: the money lasts, with the planned first pay', () => {
    const verdict = readinessVerdict(lasts([job('2026-02-12')]), '2026-01-15', 8);
    expect(verdict).toEqual({ kind: 'lasts', firstPay: '2026-03-12' });
    expect(verdictSentence(verdict, en, enDay)).toBe('Your money lasts beyond the 36 months projected.');
  });
});
